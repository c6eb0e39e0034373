#pragma once
// A tenant's situation, as the case JSON describes it (docs/cli.md, docs/documents.md). Parsed strictly:
// a bad case gives one InputError naming the field, never a half-filled Case. Which fields there
// are, and how each is read, written and asked for, is one table: rules/case_fields.h.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "calendar/iso_date.h"
#include "json/tree.h"
#include "rules/vocabulary.h"
#include "util/input_error.h"

namespace redress {

class PolicyCatalogue;

struct Case {
    std::string landlord;
    std::string landlord_name;  // the landlord's own name, for "another landlord" (landlord "ombudsman-code")
    Date today{};

    struct Complainant {
        std::string name;
        Role role = Role::tenant;
        std::string address, email, phone, reference;

        bool operator==(const Complainant&) const = default;
    } complainant;

    struct Representative {
        RepresentativeKind kind = RepresentativeKind::none;
        std::string name, organisation;
        Consent consent = Consent::none;
        std::string email, phone, reference;  // their contact details, and their own case reference

        bool operator==(const Representative&) const = default;
    } representative;

    struct Issue {
        Category category = Category::other;
        bool first_request = false;
        Date event_date{};
        bool ongoing = false;
        std::optional<Date> aware_date, last_raised;
        bool health_and_safety = false, safeguarding = false, disrepair = false;
        LegalProceedings legal_proceedings = LegalProceedings::none;
        bool insurance_claim = false;
        PreviousComplaint previously_complained = PreviousComplaint::no;
        bool anonymous = false;
        std::string summary, details, outcome_sought;
        std::string delay_reason;  // why the complaint is late, for a request for discretion
        Hazard hazard = Hazard::none;         // a hazard in the home (Awaab's Law)
        HazardRisk hazard_risk = HazardRisk::not_asked;  // could someone be seriously hurt or made ill soon
        Danger danger = Danger::not_given;    // in an emergency, what kind of danger
        std::optional<Date> hazard_reported;  // the day the landlord was first told of it
        std::string access;                   // when the home can be visited, for the hazard report
        std::vector<std::string> enclosures;  // what goes with the letter: photos, letters, medical evidence

        bool operator==(const Issue&) const = default;
    } issue;

    struct Process {
        std::optional<Date> stage1_submitted, stage1_acknowledged, stage1_response;
        std::optional<Date> stage2_requested, stage2_acknowledged, stage2_response;
        // The day the landlord wrote, with its reasons and a new date, that it needed more time: an
        // extension counts only then (the Housing Ombudsman, "waiting for a final response").
        std::optional<Date> stage1_extension_notified, stage2_extension_notified;
        std::optional<Date> hazard_investigated;  // the day the landlord's investigation of the hazard concluded
        std::string resolved, unresolved;  // what the landlord has put right so far, and what it has not
        std::string escalation_reasons;    // optional: the Code does not require reasons for stage 2
        std::string complaint_reference;   // the landlord's reference for the complaint, once it has one

        bool operator==(const Process&) const = default;
    } process;

    std::vector<Adjustment> adjustments;
    std::vector<std::string> ignored_fields;  // unknown fields, reported back rather than dropped silently

    bool operator==(const Case&) const = default;
};

// Parses and validates a case into `tree`'s memory (a caller reading many cases passes the same
// tree each time, so each reuses the last one's memory). `today` is used when the case has no
// "today" (the CLI passes the system date; the engine itself never reads a clock).
std::optional<Case> parse_case(std::string_view json_text, const PolicyCatalogue& catalogue, Date today,
                               InputError& error, JsonTree& tree);
// The same with a tree of its own.
std::optional<Case> parse_case(std::string_view json_text, const PolicyCatalogue& catalogue, Date today,
                               InputError& error);

// The same, for a case already parsed as JSON (inside a case file). `path` prefixes every field
// named in an error ("case" gives "case.issue.event_date").
// The hazard as the law treats it: any hazard that could seriously hurt someone or make them ill
// soon is an emergency (Awaab's Law fact sheet: "a hazard of any kind ... that poses an imminent
// and significant risk of harm"); otherwise the hazard as named.
inline Hazard hazard_class(const Case::Issue& i) {
    if (i.hazard != Hazard::none && i.hazard_risk == HazardRisk::yes) return Hazard::emergency;
    return i.hazard;
}

// The day a complaint is judged on: the day it was made (`process.stage1_submitted`) when the case
// says, else `today` (a complaint not yet made is made today). The time limit and the Code's floor
// are measured at it, as the Housing Ombudsman judges a complaint by its own dates: a case checked
// again later, with its answers entered, gets the same answer (docs/conventions.md).
inline Date complaint_date(const Case& c) { return c.process.stage1_submitted.value_or(c.today); }

// The kind of danger, for what to do now: damp and mould that could seriously hurt someone soon is
// no gas, electricity or water danger, so it has only the lines every danger has.
inline Danger danger_of(const Case::Issue& i) { return i.hazard == Hazard::damp_mould ? Danger::other : i.danger; }

std::optional<Case> parse_case_json(JsonValue root, std::string_view path, const PolicyCatalogue& catalogue, Date today,
                                    InputError& error);

}  // namespace redress
