#pragma once
// A tenant's situation, as the case JSON describes it (docs/cli.md, docs/documents.md). Parsed strictly:
// a bad case gives one InputError naming the field, never a half-filled Case.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "calendar/iso_date.h"
#include "json/tree.h"
#include "util/input_error.h"

namespace redress {

class PolicyCatalogue;

struct Case {
    std::string landlord;
    std::string landlord_name;  // the landlord's own name, for "another landlord" (landlord "ombudsman-code")
    Date today{};

    struct Complainant {
        std::string name, role = "tenant", address, email, phone, reference;

        bool operator==(const Complainant&) const = default;
    } complainant;

    struct Representative {
        std::string kind = "none", name, organisation, consent = "none";

        bool operator==(const Representative&) const = default;
    } representative;

    struct Issue {
        std::string category = "other";
        bool first_request = false;
        Date event_date{};
        bool ongoing = false;
        std::optional<Date> aware_date, last_raised;
        bool health_and_safety = false, safeguarding = false, disrepair = false;
        std::string legal_proceedings = "none";
        bool insurance_claim = false;
        std::string previously_complained = "no";
        bool anonymous = false;
        std::string summary, details, outcome_sought;
        std::string delay_reason;  // why the complaint is late, for a request for discretion

        bool operator==(const Issue&) const = default;
    } issue;

    struct Process {
        std::optional<Date> stage1_submitted, stage1_acknowledged, stage1_response;
        std::optional<Date> stage2_requested, stage2_acknowledged, stage2_response;
        std::string resolved, unresolved;  // what the landlord has put right so far, and what it has not
        std::string escalation_reasons;    // optional: the Code does not require reasons for stage 2

        bool operator==(const Process&) const = default;
    } process;

    std::vector<std::string> adjustments;
    std::vector<std::string> ignored_fields;  // unknown fields, reported back rather than dropped silently

    bool operator==(const Case&) const = default;
};

// The step of the process that meets the deadline `key`: "stage1-acknowledge" is met by
// stage1_acknowledged, "stage1-response" and "stage1-response-extended" by stage1_response, and
// so on. nullptr for a deadline no step meets ("ombudsman-by").
const std::optional<Date>* step_meeting(const Case::Process& p, std::string_view deadline_key);

// Parses and validates a case. `today` is used when the case has no "today" (the CLI passes the
// system date; the engine itself never reads a clock).
std::optional<Case> parse_case(std::string_view json_text, const PolicyCatalogue& catalogue, Date today,
                               InputError& error);

// The same, for a case already parsed as JSON (inside a case file). `path` prefixes every field
// named in an error ("case" gives "case.issue.event_date").
std::optional<Case> parse_case_json(JsonValue root, std::string_view path, const PolicyCatalogue& catalogue, Date today,
                                    InputError& error);

}  // namespace redress
