#pragma once
// What the engine concludes about a case (docs/cli.md): the outcome with the Code
// applied and by the landlord's policy alone, the time limit, consent, deadlines, and findings
// that each cite the clause they rest on.
//
// Text that comes from the policies as it is (cites, quotes, ids, the Ombudsman's details) is a
// std::string_view into the PolicyCatalogue the verdict was evaluated with, not a copy: copying
// it was most of the allocations in `redress check --jsonl`. So the catalogue must outlive the
// verdict; hosts keep one catalogue for as long as they run.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "calendar/calendar.h"
#include "calendar/iso_date.h"
#include "rules/deadline_kinds.h"
#include "rules/policy.h"
#include "util/vocabulary.h"

namespace redress {

// How a finding weighs. `label` is what the result page shows beside it.
enum class FindingResult : std::uint8_t { pass, fail, discretion, conflict, info, last_ = info };
struct FindingResultRow {
    FindingResult value;
    std::string_view name, label;
};
inline constexpr FindingResultRow kFindingResultRows[] = {
    {FindingResult::pass, "pass", "Meets this rule"},
    {FindingResult::fail, "fail", "Does not meet this rule"},
    {FindingResult::discretion, "discretion", "Up to the landlord"},
    {FindingResult::conflict, "conflict", "The Code gives more"},
    {FindingResult::info, "info", ""},
};
template <> struct Vocabulary<FindingResult> : Rows<kFindingResultRows> {};

// Outcomes from most to least severe: when several rules speak, the first that applies wins.
enum class Outcome : std::uint8_t {
    excluded, service_request, out_of_time, out_of_time_discretion, complaint, last_ = complaint };
struct OutcomeRow {
    Outcome value;
    std::string_view name;
};
inline constexpr OutcomeRow kOutcomeRows[] = {
    {Outcome::excluded, "excluded"}, {Outcome::service_request, "service-request"}, {Outcome::out_of_time, "out-of-time"},
    {Outcome::out_of_time_discretion, "out-of-time-discretion"}, {Outcome::complaint, "complaint"}};
template <> struct Vocabulary<Outcome> : Rows<kOutcomeRows> {};

// The rule a finding is about. Some name what they are about after a colon: "exclusion:<the
// policy's id>", "note:<the note's rule>", "deadline:<key>", "overdue:<key>", and Awaab's Law's
// "awaabs-law:<why>", "hazard-duty:<key>", "hazard-overdue:<key>", "hazard:<what>".
enum class RuleKind : std::uint8_t {
    time_limit, time_limit_code, deadline, deadline_reading, deadline_anchor, escalation_window, overdue, eligibility,
    service_request, exclusion, consent, note, code_in_force, hazard_danger, awaabs_law, hazard_duty, hazard_overdue,
    hazard, received, late, last_ = late };
struct RuleKindRow {
    RuleKind value;
    std::string_view name, suffix;  // as JSON writes it: name, then ":" and the detail, then suffix
};
inline constexpr RuleKindRow kRuleKindRows[] = {
    {RuleKind::time_limit, "time-limit", ""},
    {RuleKind::time_limit_code, "time-limit-code", ""},
    {RuleKind::deadline, "deadline", ""},
    {RuleKind::deadline_reading, "deadline", ":reading"},
    {RuleKind::deadline_anchor, "deadline", ":anchor"},
    {RuleKind::escalation_window, "escalation-window", ""},
    {RuleKind::overdue, "overdue", ""},
    {RuleKind::eligibility, "eligibility", ""},
    {RuleKind::service_request, "service-request", ""},
    {RuleKind::exclusion, "exclusion", ""},
    {RuleKind::consent, "consent", ""},
    {RuleKind::note, "note", ""},
    {RuleKind::code_in_force, "code-in-force", ""},
    {RuleKind::hazard_danger, "hazard-danger", ""},
    {RuleKind::awaabs_law, "awaabs-law", ""},
    {RuleKind::hazard_duty, "hazard-duty", ""},
    {RuleKind::hazard_overdue, "hazard-overdue", ""},
    {RuleKind::hazard, "hazard", ""},
    {RuleKind::received, "received", ""},
    {RuleKind::late, "late", ""},
};

// Whether a finding is about a hazard under Awaab's Law (shown before the complaint's reasons).
constexpr bool is_hazard_rule(RuleKind k) {
    return k == RuleKind::hazard_danger || k == RuleKind::awaabs_law || k == RuleKind::hazard_duty ||
           k == RuleKind::hazard_overdue || k == RuleKind::hazard;
}
template <> struct Vocabulary<RuleKind> : Rows<kRuleKindRows> {};

struct Rule {
    RuleKind kind = RuleKind::time_limit;
    std::string_view detail{};  // the exclusion's id or the note's rule (from the policy), or a deadline's key
    DeadlineKey deadline = DeadlineKey::stage1_acknowledge;  // for the deadline kinds, overdue and the hazard's

    // As JSON writes it: "time-limit", "exclusion:legal-proceedings", "deadline:stage1-response:reading".
    std::string name() const;
};

struct Finding {
    Rule rule;
    FindingResult result = FindingResult::info;
    std::string_view cite;       // "Halton Housing policy 5.1", "Code 2.3"
    std::string reason;          // plain English
    std::string_view quote;      // from the source
    std::string_view code_cite;  // for a conflict: the Code provision that makes the difference
};

// Whose timescale a deadline is: the landlord's own, the Code's where it is faster, or the law's
// (Awaab's Law's hazard duties).
enum class Basis : std::uint8_t { policy, code, law, last_ = law };
struct BasisRow {
    Basis value;
    std::string_view name;
};
inline constexpr BasisRow kBasisRows[] = {{Basis::policy, "policy"}, {Basis::code, "code"}, {Basis::law, "law"}};
template <> struct Vocabulary<Basis> : Rows<kBasisRows> {};

struct Deadline {
    DeadlineKey key = DeadlineKey::stage1_acknowledge;
    Date date{};
    Basis basis = Basis::policy;
    const Timescale* source = nullptr;  // the timescale it was counted by (in the catalogue)
    std::string_view cite;
    int count = 0;
    Unit unit = Unit::working_days;
    Anchor anchor = Anchor::stage1_submitted;  // what it is counted from
    Date anchor_date{};
    std::optional<Date> policy_date, code_date;
    int working_days = 0;     // working days from the anchor to the date
    std::vector<BankHoliday> holidays;  // bank holidays passed over on the way
};

// What to do next, in the order the result page lists them.
enum class NextStepId : std::uint8_t {
    send_complaint, ask_for_service, ask_for_discretion, refusal, chase, consent, escalate, ombudsman, ombudsman_advice,
    report_hazard, act_now, last_ = act_now };
struct NextStepRow {
    NextStepId value;
    std::string_view name;
};
inline constexpr NextStepRow kNextStepRows[] = {
    {NextStepId::send_complaint, "send-complaint"}, {NextStepId::ask_for_service, "ask-for-service"},
    {NextStepId::ask_for_discretion, "ask-for-discretion"}, {NextStepId::refusal, "refusal"}, {NextStepId::chase, "chase"},
    {NextStepId::consent, "consent"}, {NextStepId::escalate, "escalate"}, {NextStepId::ombudsman, "ombudsman"},
    {NextStepId::ombudsman_advice, "ombudsman-advice"}, {NextStepId::report_hazard, "report-hazard"},
    {NextStepId::act_now, "act-now"}};
template <> struct Vocabulary<NextStepId> : Rows<kNextStepRows> {};

struct Verdict {
    std::string_view landlord, landlord_name;
    Outcome outcome = Outcome::complaint, policy_outcome = Outcome::complaint;
    bool code_applies = false;  // the complaint is made on or after 1 April 2024
    bool consent_required = false;
    // Awaab's Law's timescales apply: a hazard they cover, a home they cover, on or after the day
    // they came into force (rules/law.h).
    bool awaabs_law = false;
    // The landlord's policy is within its own review or end date on `today`; none for the Code.
    std::optional<bool> policy_current;

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
        FindingResult result = FindingResult::pass;
        std::string_view cite;
    };
    std::vector<ExclusionCheck> exclusions;
    std::vector<Deadline> deadlines;
    std::vector<Finding> findings;
    struct NextStep {
        NextStepId id;
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

// The deadline with this key, or nullptr.
inline const Deadline* find_deadline(const Verdict& v, DeadlineKey key) {
    for (const Deadline& d : v.deadlines)
        if (d.key == key) return &d;
    return nullptr;
}
// The first finding about this kind of rule (and, for a deadline's or an overdue finding, this
// deadline), or nullptr.
inline const Finding* find_finding(const Verdict& v, RuleKind kind) {
    for (const Finding& f : v.findings)
        if (f.rule.kind == kind) return &f;
    return nullptr;
}
// Whether a finding of this kind (with this result, when given) is in the verdict.
inline bool has_finding(const Verdict& v, RuleKind kind, std::optional<FindingResult> result = std::nullopt) {
    for (const Finding& f : v.findings)
        if (f.rule.kind == kind && (!result || f.result == *result)) return true;
    return false;
}

}  // namespace redress
