#pragma once
// What the engine concludes about a case (docs/cli.md): the outcome with the Code
// applied and by the landlord's policy alone, the time limit, consent, deadlines, and findings
// that each cite the clause they rest on.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "calendar.h"
#include "iso_date.h"

namespace redress {

struct Finding {
    std::string rule;    // "time-limit", "exclusion:legal-proceedings", "consent", ...
    std::string result;  // "pass", "fail", "discretion", "conflict" or "info"
    std::string cite;    // "Halton Housing policy 5.1", "Code 2.3"
    std::string reason;  // plain English
    std::string quote;   // from the source
    std::string code_cite;  // for a conflict: the Code provision that makes the difference
};

struct Deadline {
    std::string key;          // "stage1-acknowledge", ...
    Date date{};
    std::string basis;        // "policy" (the landlord's own) or "code"
    std::string cite;
    int count = 0;
    std::string unit;         // "working-days", "days" or "months"
    std::string anchor;       // what it is counted from: "process.stage1_submitted", "stage1-acknowledge", ...
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
        std::string cite;
    } time_limit;

    struct ExclusionCheck {
        std::string id, result, cite;
    };
    std::vector<ExclusionCheck> exclusions;
    std::vector<Deadline> deadlines;
    std::vector<Finding> findings;
    struct NextStep {
        std::string id;    // "send-complaint", "consent", ...
        std::string text;  // what to do, in plain English
        std::string cite;
    };
    std::vector<NextStep> next_steps;

    struct Ombudsman {
        std::string phone, post, online, cite;
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
