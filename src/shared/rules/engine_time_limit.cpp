// The engine's time limit: the landlord's own (rules/policy.h), then the Code's as the floor
// under it for complaints made from 1 April 2024.
#include "rules/engine.h"
#include "rules/engine_context.h"

namespace redress::engine {
namespace {

struct TimeCheck {
    Date anchor{}, ends{};
    bool in_time = true;
};

TimeCheck check_time(const Case& c, const Policy::TimeLimit& t) {
    const auto& i = c.issue;
    Date anchor = i.event_date;
    if (t.from != TimeFrom::event && i.aware_date) anchor = std::max(anchor, *i.aware_date);
    if (t.from == TimeFrom::latest_contact && i.last_raised) anchor = std::max(anchor, *i.last_raised);
    const Date judged = complaint_date(c);
    if (i.ongoing) anchor = judged;  // still happening when the complaint was made: the latest occurrence
    TimeCheck out;
    out.anchor = anchor;
    out.ends = add_months(anchor, t.months);
    out.in_time = judged <= out.ends;
    return out;
}

bool within_months_of(const Context& x, Date from, int months) { return complaint_date(x.c) <= add_months(from, months); }

// Whether the problem is out of time by when it happened under `limit`.
bool late_by_event(const Case& c, const Policy::TimeLimit& limit) {
    return !c.issue.ongoing && complaint_date(c) > add_months(c.issue.event_date, limit.months);
}

}  // namespace

Outcome time_outcome(Context& x) {
    const auto& t = x.policy.time_limit;
    const TimeCheck policy = check_time(x.c, t);
    auto& tl = x.v.time_limit;
    tl.policy_months = t.months;
    tl.policy_ends = policy.ends;
    tl.months = t.months;
    tl.ends = policy.ends;
    tl.measured_from = policy.anchor;
    tl.in_time = policy.in_time;
    tl.cite = t.source.full_cite;

    const std::string limit = concat({std::to_string(t.months), " months ", row_of(t.from).words});
    Outcome outcome = Outcome::complaint;
    if (x.c.issue.ongoing) {
        x.add({RuleKind::time_limit}, FindingResult::pass, t.source.full_cite,
              concat({"The problem is still happening, so it is in time: the ", limit, " count from the latest occurrence."}),
              t.source.quote);
    } else if (policy.in_time) {
        x.add({RuleKind::time_limit}, FindingResult::pass, t.source.full_cite,
              concat({"In time: ", x.policy.short_name, " allows ", limit, ", which runs to ", format_long_date(policy.ends), "."}),
              t.source.quote);
    } else if (any_flag(x.c, t.exceptions)) {
        outcome = Outcome::out_of_time_discretion;
        x.add({RuleKind::time_limit}, FindingResult::discretion, t.source.full_cite,
              concat({"Outside the ", limit, " (it ended ", format_long_date(policy.ends), "), but the policy makes an exception where ",
                      flag_words(t.exceptions), " is a factor, as it is here. ", x.policy.short_name, " should consider it."}),
              t.source.quote);
    } else if (t.awareness_ambiguous &&
               ((x.c.issue.aware_date && within_months_of(x, *x.c.issue.aware_date, t.months)) ||
                (x.c.issue.last_raised && within_months_of(x, *x.c.issue.last_raised, t.months)))) {
        outcome = Outcome::out_of_time_discretion;
        x.add({RuleKind::time_limit}, FindingResult::discretion, t.source.full_cite, t.ambiguity, t.source.quote);
    } else if (t.discretion) {
        outcome = Outcome::out_of_time_discretion;
        x.add({RuleKind::time_limit}, FindingResult::discretion, t.source.full_cite,
              concat({"Outside the ", limit, " (it ended ", format_long_date(policy.ends), "). ", x.policy.short_name,
                      " can still use its discretion to accept it, so explain why you could not complain sooner."}),
              t.source.quote);
    } else {
        outcome = Outcome::out_of_time;
        x.add({RuleKind::time_limit}, FindingResult::fail, t.source.full_cite,
              concat({"Outside the ", limit, ": it ended ", format_long_date(policy.ends), "."}), t.source.quote);
    }
    return outcome;
}

bool code_floor_applies(const Policy& policy, const Policy& code, Date today) {
    return policy.baseline || today >= *code.statutory_from;
}

// The Code's 12 months (from the issue or awareness) as the floor under the landlord's limit.
Outcome apply_code_time_floor(Context& x, Outcome policy_outcome) {
    const auto& ct = x.code.time_limit;
    const TimeCheck code = check_time(x.c, ct);
    auto& tl = x.v.time_limit;
    tl.code_months = ct.months;
    tl.code_ends = code.ends;
    if (code.ends > tl.ends) {
        tl.months = ct.months;
        tl.ends = code.ends;
        tl.measured_from = code.anchor;
        tl.cite = ct.source.full_cite;
    }
    tl.in_time = tl.in_time || code.in_time;
    if (policy_outcome == Outcome::complaint) return Outcome::complaint;
    if (code.in_time) {
        x.add({RuleKind::time_limit_code}, FindingResult::conflict, x.policy.time_limit.source.full_cite,
              concat({wording::possessive(x.policy.short_name), " policy gives ", std::to_string(x.policy.time_limit.months),
                      " months, which ended ", format_long_date(tl.policy_ends), ". The Code gives ", std::to_string(ct.months),
                      " months from when the issue happened or you became aware of it, to ", format_long_date(code.ends),
                      ". The Code applies, so your complaint is in time."}),
              x.policy.time_limit.source.quote, ct.source.full_cite);
        return Outcome::complaint;
    }
    x.add({RuleKind::time_limit_code}, FindingResult::discretion, ct.source.full_cite,
          concat({"Outside the Code's ", std::to_string(ct.months), " months too (they ended ", format_long_date(code.ends),
                  "). The Code still asks landlords to consider using discretion where there are good reasons."}),
          ct.source.quote);
    return Outcome::out_of_time_discretion;
}

}  // namespace redress::engine

namespace redress {

bool awareness_can_matter(const Case& c, const PolicyCatalogue& catalogue) {
    const Policy* policy = catalogue.find(c.landlord);
    const Policy* code = catalogue.baseline();
    if (policy == nullptr || code == nullptr) return true;
    const auto counts_awareness = [](const Policy::TimeLimit& t) {
        return t.from != TimeFrom::event || t.awareness_ambiguous;
    };
    return (counts_awareness(policy->time_limit) && engine::late_by_event(c, policy->time_limit)) ||
           (engine::code_floor_applies(*policy, *code, complaint_date(c)) && counts_awareness(code->time_limit) &&
            engine::late_by_event(c, code->time_limit));
}

bool last_raised_can_matter(const Case& c, const PolicyCatalogue& catalogue) {
    const Policy* policy = catalogue.find(c.landlord);
    if (policy == nullptr) return true;
    const auto& t = policy->time_limit;
    return (t.from == TimeFrom::latest_contact || t.awareness_ambiguous) && engine::late_by_event(c, t);
}

}  // namespace redress
