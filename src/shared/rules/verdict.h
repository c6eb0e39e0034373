#pragma once
// What the engine concludes about a case (docs/cli.md): the outcome with the Code
// applied and by the landlord's policy alone, the time limit, consent, deadlines, and findings
// that each cite the clause they rest on.
//
// Text that comes from the policies as it is (cites, quotes, ids, the Ombudsman's details) is a
// std::string_view into the PolicyCatalogue the verdict was evaluated with, not a copy: copying
// it was most of the allocations in `redress check --jsonl`. So the catalogue must outlive the
// verdict; the built-in one (builtin_catalogue()) lives as long as the program.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "calendar/calendar.h"
#include "calendar/iso_date.h"

namespace redress {

struct Finding {
    std::string rule;    // "time-limit", "exclusion:legal-proceedings", "consent", ...
    std::string result;  // "pass", "fail", "discretion", "conflict" or "info"
    std::string_view cite;    // "Halton Housing policy 5.1", "Code 2.3"
    std::string reason;       // plain English
    std::string_view quote;   // from the source
    std::string_view code_cite;  // for a conflict: the Code provision that makes the difference
};

struct Deadline {
    std::string_view key;     // "stage1-acknowledge", ...
    Date date{};
    std::string basis;        // "policy" (the landlord's own) or "code"
    std::string_view cite;
    int count = 0;
    std::string unit;         // "working-days", "days" or "months"
    std::string_view anchor;  // what it is counted from: "process.stage1_submitted", "stage1-acknowledge", ...
    Date anchor_date{};
    std::optional<Date> policy_date, code_date;
    int working_days = 0;     // working days from the anchor to the date
    std::vector<BankHoliday> holidays;  // bank holidays passed over on the way
};

struct Verdict {
    std::string landlord, landlord_name, outcome, policy_outcome;
    bool code_applies = false;  // the complaint is made on or after 1 April 2024
    bool consent_required = false;

    struct TimeLimit {
        int months = 0;
        Date ends{};
        Date measured_from{};
        bool in_time = true;
        int policy_months = 0;
        Date policy_ends{};
        std::optional<int> code_months;
        std::optional<Date> code_ends;
        std::string_view cite;
    } time_limit;

    struct ExclusionCheck {
        std::string_view id;
        std::string result;
        std::string_view cite;
    };
    std::vector<ExclusionCheck> exclusions;
    std::vector<Deadline> deadlines;
    std::vector<Finding> findings;
    struct NextStep {
        std::string_view id;  // "send-complaint", "consent", ...
        std::string text;  // what to do, in plain English
        std::string_view cite;
    };
    std::vector<NextStep> next_steps;

    struct Ombudsman {
        std::string_view phone, post, online, cite;
        int months = 12;
    } ombudsman;

    std::string headline;  // one plain sentence: "Halton Housing should treat this as a complaint."
};

// The deadline or finding with this key or rule, or nullptr.
inline const Deadline* find_deadline(const Verdict& v, std::string_view key) {
    for (const Deadline& d : v.deadlines)
        if (d.key == key) return &d;
    return nullptr;
}
inline const Finding* find_finding(const Verdict& v, std::string_view rule) {
    for (const Finding& f : v.findings)
        if (f.rule == rule) return &f;
    return nullptr;
}

}  // namespace redress
