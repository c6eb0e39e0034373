#include "rules/engine.h"

#include <algorithm>

#include "rules/wording.h"
#include "util/concat.h"

namespace redress {
namespace {

// Outcomes from most to least severe: when several rules speak, the first that applies wins.
enum class Outcome { excluded, service_request, out_of_time, out_of_time_discretion, complaint };

const char* outcome_name(Outcome o) {
    switch (o) {
        case Outcome::excluded: return "excluded";
        case Outcome::service_request: return "service-request";
        case Outcome::out_of_time: return "out-of-time";
        case Outcome::out_of_time_discretion: return "out-of-time-discretion";
        case Outcome::complaint: return "complaint";
    }
    return "complaint";
}

// Text a verdict may point to rather than copy (verdict.h): a policy's own string, or a
// literal. A temporary string cannot be passed, as it would be gone before the verdict is read.
class PolicyText {
public:
    PolicyText() = default;
    PolicyText(const std::string& in_policy) : view_(in_policy) {}
    PolicyText(std::string&&) = delete;
    template <std::size_t N>
    PolicyText(const char (&literal)[N]) : view_(literal, N - 1) {}
    // A view taken from the policy already, such as a deadline's cite.
    explicit PolicyText(std::string_view from_policy) : view_(from_policy) {}
    operator std::string_view() const { return view_; }

private:
    std::string_view view_;
};

struct Context {
    const Case& c;
    const Policy& policy;
    const Policy& code;  // the baseline
    bool code_applies;
    Verdict& v;

    std::string tenant() const { return c.complainant.name.empty() ? "the tenant" : c.complainant.name; }
    // The landlord by name: the policy's, or for another landlord the name the reader gave.
    std::string landlord(const char* unnamed) const {
        if (!policy.baseline) return policy.short_name;
        return c.landlord_name.empty() ? unnamed : c.landlord_name;
    }

    void add(std::string rule, std::string result, PolicyText cite, std::string reason, PolicyText quote = {},
             PolicyText code_cite = {}) {
        v.findings.push_back({std::move(rule), std::move(result), cite, std::move(reason), quote, code_cite});
    }
    void step(const char* id, std::string text, PolicyText cite) { v.next_steps.push_back({id, std::move(text), cite}); }
    // The baseline's fixed note `rule` (its clause), e.g. the Code's escalation provisions.
    const std::string& code_note_cite(std::string_view rule) const { return note_cite(code, rule); }
};

bool has_flag(const Case& c, const std::string& flag) {
    if (flag == "disrepair") return c.issue.disrepair;
    if (flag == "health-and-safety") return c.issue.health_and_safety;
    if (flag == "safeguarding") return c.issue.safeguarding;
    if (flag == "staff-conduct") return c.issue.category == "staff-conduct";
    return false;
}

bool any_flag(const Case& c, const std::vector<std::string>& flags) {
    return std::any_of(flags.begin(), flags.end(), [&c](const std::string& f) { return has_flag(c, f); });
}

bool triggered(const Case& c, const std::string& when) {
    const auto& i = c.issue;
    if (when == "always") return true;
    if (when == "legal-proceedings-started") return i.legal_proceedings == "started";
    if (when == "legal-proceedings-planned") return i.legal_proceedings == "planned";
    if (when == "insurance-claim") return i.insurance_claim || i.category == "insurance";
    if (when == "previous-complaint-exhausted") return i.previously_complained == "yes-exhausted";
    if (when == "anonymous") return i.anonymous;
    if (when.rfind("category:", 0) == 0) return i.category == when.substr(9);
    return false;
}

std::string flag_words(const std::vector<std::string>& flags) {
    std::string out;
    for (std::size_t k = 0; k < flags.size(); ++k) {
        if (k) out += k + 1 == flags.size() ? " or " : ", ";
        out += flags[k] == "health-and-safety" ? "health and safety" : flags[k];
    }
    return out;
}

Date due(const Timescale& t, Date anchor) {
    if (t.unit == "working-days") return add_working_days(anchor, t.count);
    if (t.unit == "months") return add_months(anchor, t.count);
    return add_days(anchor, t.count);
}

std::string unit_words(const Timescale& t) { return wording::duration(t.count, t.unit); }

// ---- time limit -------------------------------------------------------------------------

struct TimeCheck {
    Date anchor{}, ends{};
    bool in_time = true;
};

TimeCheck check_time(const Case& c, const Policy::TimeLimit& t) {
    const auto& i = c.issue;
    Date anchor = i.event_date;
    if (t.from != "event" && i.aware_date) anchor = std::max(anchor, *i.aware_date);
    if (t.from == "latest-contact" && i.last_raised) anchor = std::max(anchor, *i.last_raised);
    if (i.ongoing) anchor = c.today;  // still happening: the latest occurrence is today
    TimeCheck out;
    out.anchor = anchor;
    out.ends = add_months(anchor, t.months);
    out.in_time = c.today <= out.ends;
    return out;
}

bool within_months_of(const Context& x, Date from, int months) { return x.c.today <= add_months(from, months); }

std::string from_words(const Policy::TimeLimit& t) {
    if (t.from == "event") return "from when it happened";
    if (t.from == "event-or-awareness") return "from when it happened or when you became aware of it";
    return "from when it happened, you became aware of it, or last raised it";
}

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

    const std::string limit = concat({std::to_string(t.months), " months ", from_words(t)});
    Outcome outcome = Outcome::complaint;
    if (x.c.issue.ongoing) {
        x.add("time-limit", "pass", t.source.full_cite,
              concat({"The problem is still happening, so it is in time: the ", limit, " count from the latest occurrence."}),
              t.source.quote);
    } else if (policy.in_time) {
        x.add("time-limit", "pass", t.source.full_cite,
              concat({"In time: ", x.policy.short_name, " allows ", limit, ", which runs to ", format_long_date(policy.ends), "."}),
              t.source.quote);
    } else if (any_flag(x.c, t.exceptions)) {
        outcome = Outcome::out_of_time_discretion;
        x.add("time-limit", "discretion", t.source.full_cite,
              concat({"Outside the ", limit, " (it ended ", format_long_date(policy.ends), "), but the policy makes an exception where ",
                      flag_words(t.exceptions), " is a factor, as it is here. ", x.policy.short_name, " should consider it."}),
              t.source.quote);
    } else if (t.awareness_ambiguous &&
               ((x.c.issue.aware_date && within_months_of(x, *x.c.issue.aware_date, t.months)) ||
                (x.c.issue.last_raised && within_months_of(x, *x.c.issue.last_raised, t.months)))) {
        outcome = Outcome::out_of_time_discretion;
        x.add("time-limit", "discretion", t.source.full_cite, t.ambiguity, t.source.quote);
    } else if (t.discretion) {
        outcome = Outcome::out_of_time_discretion;
        x.add("time-limit", "discretion", t.source.full_cite,
              concat({"Outside the ", limit, " (it ended ", format_long_date(policy.ends), "). ", x.policy.short_name,
                      " can still use its discretion to accept it, so explain why you could not complain sooner."}),
              t.source.quote);
    } else {
        outcome = Outcome::out_of_time;
        x.add("time-limit", "fail", t.source.full_cite,
              concat({"Outside the ", limit, ": it ended ", format_long_date(policy.ends), "."}), t.source.quote);
    }
    return outcome;
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
        x.add("time-limit-code", "conflict", x.policy.time_limit.source.full_cite,
              concat({wording::possessive(x.policy.short_name), " policy gives ", std::to_string(x.policy.time_limit.months),
                      " months, which ended ", format_long_date(tl.policy_ends), ". The Code gives ", std::to_string(ct.months),
                      " months from when the issue happened or you became aware of it, to ", format_long_date(code.ends),
                      ". The Code applies, so your complaint is in time."}),
              x.policy.time_limit.source.quote, ct.source.full_cite);
        return Outcome::complaint;
    }
    x.add("time-limit-code", "discretion", ct.source.full_cite,
          concat({"Outside the Code's ", std::to_string(ct.months), " months too (they ended ", format_long_date(code.ends),
                  "). The Code still asks landlords to consider using discretion where there are good reasons."}),
          ct.source.quote);
    return Outcome::out_of_time_discretion;
}

// ---- deadlines ----------------------------------------------------------------------------

// `key` and `anchor_name` are literals, and the timescales the policies' own (not copies): the
// deadline points to them (verdict.h).
void add_deadline(Context& x, const char* key, const Timescale* landlord, const Timescale* code, const char* anchor_name,
                  Date anchor) {
    std::optional<Date> policy_date, code_date;
    if (landlord) policy_date = due(*landlord, anchor);
    // The Code's time is the floor from 1 April 2024; before that it fills only a gap in the policy.
    if (code && (x.code_applies || !landlord)) code_date = due(*code, anchor);
    if (!policy_date && !code_date) return;

    Deadline d;
    d.key = key;
    d.anchor = anchor_name;
    d.anchor_date = anchor;
    d.policy_date = policy_date;
    d.code_date = code_date;
    const bool use_policy = policy_date && (!code_date || *policy_date <= *code_date);
    const Timescale& t = use_policy ? *landlord : *code;
    d.date = use_policy ? *policy_date : *code_date;
    d.basis = use_policy ? "policy" : "code";
    d.cite = t.source.full_cite;  // the Code's clauses cite as they are
    d.count = t.count;
    d.unit = t.unit;
    d.working_days = working_days_between(anchor, d.date);
    const HolidaySpan passed = bank_holidays_between(anchor, d.date);
    d.holidays.assign(passed.begin(), passed.end());

    if (landlord && code_date && policy_date && *policy_date > *code_date)
        x.add(concat({"deadline:", d.key}), "conflict", landlord->source.full_cite,
              concat({wording::possessive(x.policy.short_name), " policy allows ", unit_words(*landlord), " (to ",
                      format_long_date(*policy_date), "); the Code allows ", unit_words(*code), " (to ",
                      format_long_date(*code_date), "). The Code's shorter time applies."}),
              landlord->source.quote, code->source.full_cite);
    if (landlord && landlord->unit == "days" && code && code->unit == "working-days" && use_policy)
        x.add(concat({"deadline:", d.key, ":reading"}), "info", landlord->source.full_cite,
              concat({"The policy says ", unit_words(*landlord), " without saying working days. The date shown (",
                      format_long_date(d.date),
                      ") counts calendar days, as the policy is written; counted in working days it would be ",
                      format_long_date(add_working_days(anchor, landlord->count)), "."}),
              landlord->source.quote);
    x.v.deadlines.push_back(std::move(d));
}

// One stage's deadlines and the fields they count from.
struct StageKeys {
    const char *acknowledge, *response, *extended;
    const char *requested_field, *acknowledged_field;
};
constexpr StageKeys kStage1{"stage1-acknowledge", "stage1-response", "stage1-response-extended",
                            "process.stage1_submitted", "process.stage1_acknowledged"};
constexpr StageKeys kStage2{"stage2-acknowledge", "stage2-response", "stage2-response-extended",
                            "process.stage2_requested", "process.stage2_acknowledged"};

// One stage's chain, by the contract's anchors: acknowledge from the request; respond from the
// acknowledgement, else from the acknowledgement deadline; the extension from the response deadline.
void stage_deadlines(Context& x, const StageKeys& k, const StageTimescales& landlord, const StageTimescales& code,
                     const std::optional<Date>& requested, const std::optional<Date>& acknowledged) {
    const auto in = [](const std::optional<Timescale>& t) { return t ? &*t : nullptr; };
    if (requested)
        add_deadline(x, k.acknowledge, in(landlord.acknowledge), in(code.acknowledge), k.requested_field, *requested);
    if (acknowledged)
        add_deadline(x, k.response, in(landlord.response), in(code.response), k.acknowledged_field, *acknowledged);
    else if (const Deadline* ack = find_deadline(x.v, k.acknowledge))
        add_deadline(x, k.response, in(landlord.response), in(code.response), k.acknowledge, ack->date);
    if (const Deadline* r = find_deadline(x.v, k.response))
        add_deadline(x, k.extended, in(landlord.extension), in(code.extension), k.response, r->date);
}

void deadlines(Context& x) {
    const auto& p = x.c.process;
    const Policy& L = x.policy;
    const Policy& C = x.code;
    stage_deadlines(x, kStage1, L.stage1, C.stage1, p.stage1_submitted, p.stage1_acknowledged);
    if (p.stage1_response && L.escalation_window) {
        const auto& w = *L.escalation_window;
        const Date by = due(w.timescale, *p.stage1_response);
        if (w.binding) {
            add_deadline(x, "stage2-request-by", &w.timescale, nullptr, "process.stage1_response", *p.stage1_response);
            if (p.stage2_requested && *p.stage2_requested > by)
                x.add("escalation-window", "discretion", w.timescale.source.full_cite,
                      concat({"You asked for stage 2 on ", format_long_date(*p.stage2_requested), ", after ",
                              wording::possessive(x.policy.short_name), " window of ", unit_words(w.timescale), " (it ended ",
                              format_long_date(by),
                              "), so it may refuse. The Code sets no such window, and a refusal must be explained with your "
                              "right to go to the Housing Ombudsman."}),
                      w.timescale.source.quote, x.code_note_cite("escalation-no-reasons"));
        } else {
            x.add("escalation-window", "discretion", w.timescale.source.full_cite,
                  concat({w.reason, " Here that is ", format_long_date(by), "."}), w.timescale.source.quote);
        }
    }
    stage_deadlines(x, kStage2, L.stage2, C.stage2, p.stage2_requested, p.stage2_acknowledged);
    if (p.stage2_response && C.ombudsman)
        add_deadline(x, "ombudsman-by", nullptr, &C.ombudsman->time_limit, "process.stage2_response", *p.stage2_response);

    // A response that is due and has not come: say so, because the Ombudsman can step in.
    struct Late {
        const char* key;
        const char* what;
    };
    const Late late[] = {{"stage1-acknowledge", "acknowledge your complaint"},
                         {"stage1-response-extended", "answer your complaint at stage 1 (even with the longest extension)"},
                         {"stage2-acknowledge", "acknowledge your stage 2 request"},
                         {"stage2-response-extended", "answer at stage 2 (even with the longest extension)"}};
    for (const Late& l : late) {
        const Deadline* d = find_deadline(x.v, l.key);
        if (d && !*step_meeting(p, l.key) && x.c.today > d->date)
            x.add(std::string("overdue:") + l.key, "fail", PolicyText(d->cite),
                  concat({x.policy.short_name, " had until ", format_long_date(d->date), " to ", l.what,
                          " and has not. Tell them, and you can ask the Housing Ombudsman to step in."}));
    }
}

// ---- who, what and why ---------------------------------------------------------------------

void eligibility(Context& x) {
    const auto& roles = x.policy.eligible_roles;
    if (!roles || std::find(roles->begin(), roles->end(), x.c.complainant.role) != roles->end()) return;
    x.add("eligibility", "discretion", x.policy.eligible_source.full_cite,
          concat({wording::possessive(x.policy.short_name), " policy lists who it covers and does not name a ",
                  wording::role(x.c.complainant.role),
                  ". It may still accept your complaint: under the Code a complaint is dissatisfaction with the landlord's "
                  "service affecting a resident or group of residents, and a representative's complaint is handled the "
                  "same way."}),
          x.policy.eligible_source.quote, x.code.definition.full_cite);
}

bool service_request(Context& x) {
    if (!x.c.issue.first_request) return false;
    if (any_flag(x.c, x.policy.service_request_formal_when)) {
        x.add("service-request", "pass", x.policy.service_request_formal.full_cite,
              concat({"This is the first time you have asked, but ", x.policy.short_name, " always treats serious issues (",
                      flag_words(x.policy.service_request_formal_when), ") as a formal complaint."}),
              x.policy.service_request_formal.quote);
        return false;
    }
    x.add("service-request", "info", x.policy.service_request.full_cite,
          concat({"This is the first time you have asked for this, so ", x.policy.short_name,
                  " will treat it as a service request: a request to put something right. If the response is poor or late, "
                  "you can then make a complaint."}),
          x.policy.service_request.quote, x.policy.baseline ? PolicyText() : PolicyText(x.code.service_request.full_cite));
    return true;
}

// Returns {excluded by the policy, excluded once the Code is applied}.
std::pair<bool, bool> exclusions(Context& x) {
    bool policy_excluded = false, effective_excluded = false;
    for (const Exclusion& e : x.policy.exclusions) {
        const bool hit = triggered(x.c, e.when) && !any_flag(x.c, e.unless);
        std::string result = !hit ? "pass" : e.result;
        if (hit && any_flag(x.c, e.discretion_when)) result = "discretion";
        if (result == "excluded") {
            policy_excluded = true;
            const bool overridden = x.code_applies && e.code == "conflict";
            effective_excluded = effective_excluded || !overridden;
            if (overridden)
                x.add("exclusion:" + e.id, "conflict", e.source.full_cite, concat({e.reason, " ", e.code_reason}),
                      e.source.quote, e.code_cite);
            else
                x.add("exclusion:" + e.id, "fail", e.source.full_cite, e.reason, e.source.quote, e.code_cite);
            result = overridden ? "conflict" : "fail";
        } else if (hit && e.when != "always") {
            x.add("exclusion:" + e.id, result, e.source.full_cite, e.reason, e.source.quote);
        } else if (hit) {
            x.add("exclusion:" + e.id, "info", e.source.full_cite, e.reason, e.source.quote);
            result = "info";
        }
        x.v.exclusions.push_back({e.id, result, e.source.full_cite});
    }
    return {policy_excluded, effective_excluded};
}

void consent(Context& x) {
    const auto& r = x.c.representative;
    if (r.kind == "none") return;
    const auto& cp = x.policy.consent;
    const bool required = std::find(cp.required_for.begin(), cp.required_for.end(), r.kind) != cp.required_for.end();
    x.v.consent_required = required;
    const std::string who = r.name.empty() ? "the representative" : r.name;
    if (!required) {
        x.add("consent", "info", cp.source.full_cite, cp.not_required_reason, cp.source.quote);
        return;
    }
    std::string reason = cp.reason.empty()
                             ? concat({x.policy.short_name, " needs ", wording::possessive(x.tenant()), " signed consent for ",
                                       who, " to act for them."})
                             : cp.reason;
    std::string result = cp.result.empty() ? "fail" : cp.result;
    if (r.consent == "written") {
        if (cp.result.empty()) result = "pass";
        reason += " You have it in writing: send a copy with the complaint.";
    } else {
        reason += r.consent == "verbal" ? " Verbal consent is not enough: ask them to sign the consent declaration."
                                        : " Ask them to sign the consent declaration and send it with the complaint.";
    }
    x.add("consent", result, cp.source.full_cite, reason, cp.source.quote);
}

void notes(Context& x) {
    for (const PolicyNote& n : x.policy.notes) {
        const std::string result = (n.result == "conflict" && !x.code_applies) ? "info" : n.result;
        x.add("note:" + n.rule, result, n.source.full_cite, n.reason, n.source.quote, n.code_cite);
    }
    if (!x.code_applies && !x.policy.baseline)
        x.add("code-in-force", "info", x.code.statutory.full_cite,
              concat({"This complaint is dated before ", format_long_date(*x.code.statutory_from),
                      ", when the Complaint Handling Code became statutory, so ", wording::possessive(x.policy.short_name),
                      " own policy applies without the Code's floor."}));
}

// ---- what to do next --------------------------------------------------------------------

std::string contact_words(const Policy& p) {
    std::string out;
    const auto add = [&out](const char* what, const std::string& where) {
        if (where.empty()) return;
        out.append(out.empty() ? "" : ", ").append(what).append(where);
    };
    add("email ", p.contact.email);
    add("phone ", p.contact.phone);
    add("write to ", p.contact.post);
    add("use ", p.contact.web);
    return out;
}

void next_steps(Context& x, Outcome outcome) {
    const Policy& p = x.policy;
    const std::string who = x.landlord("your landlord");
    const std::string how = contact_words(p);
    const std::string reach = how.empty() ? p.contact.note : concat({"You can ", how, "."});
    switch (outcome) {
        case Outcome::complaint:
            if (!x.c.process.stage1_submitted)
                x.step("send-complaint", concat({"Send your complaint to ", who, " in writing and keep a copy. ", reach}),
                       p.contact.source.full_cite);
            break;
        case Outcome::service_request:
            x.step("ask-for-service",
                   concat({"Ask ", who, " to put it right first. If the response is poor or late, make a complaint."}),
                   p.service_request.full_cite);
            break;
        case Outcome::out_of_time_discretion:
        case Outcome::out_of_time:
            x.step("ask-for-discretion",
                   concat({"Ask ", who,
                           " to accept your complaint even though it is late, and explain why you could not complain sooner. ",
                           reach}),
                   PolicyText(x.v.time_limit.cite));
            break;
        case Outcome::excluded:
            x.step("refusal", who + " may refuse to take this as a complaint. If it does, it must explain why in writing and tell you about your right to go to the Housing Ombudsman.",
                   p.refusal ? p.refusal->full_cite : x.code.refusal->full_cite);
            break;
    }
    if (x.v.consent_required && x.c.representative.consent != "written")
        x.step("consent", concat({"Get ", wording::possessive(x.tenant()), " signed consent and send it with the complaint."}),
               p.consent.source.full_cite);
    if (x.c.process.stage1_response && !x.c.process.stage2_requested && outcome != Outcome::excluded)
        x.step("escalate", "If you are still unhappy with the stage 1 answer, ask for stage 2. You do not have to give reasons.",
               x.code_note_cite("escalation-no-reasons"));
    if (x.c.process.stage2_response)
        x.step("ombudsman", "Your landlord's process has ended. You can ask the Housing Ombudsman to investigate, normally within 12 months of the final answer.",
               PolicyText(x.v.ombudsman.cite));
    x.step("ombudsman-advice", concat({"You can ask the Housing Ombudsman for free advice at any stage: phone ", x.v.ombudsman.phone, "."}),
           PolicyText(x.v.ombudsman.cite));
}

std::string headline(const Context& x, Outcome outcome) {
    const std::string who = x.landlord("Your landlord");
    switch (outcome) {
        case Outcome::complaint: return who + " should treat this as a complaint.";
        case Outcome::service_request: return who + " will treat this as a service request first, not yet a complaint.";
        case Outcome::excluded: return who + " may refuse to treat this as a complaint.";
        case Outcome::out_of_time_discretion:
            return concat({"This is outside ", wording::possessive(who), " time limit, but it can still choose to accept it."});
        case Outcome::out_of_time: return concat({"This is outside ", wording::possessive(who), " time limit."});
    }
    return "";
}

}  // namespace

Verdict evaluate(const Case& c, const PolicyCatalogue& catalogue) {
    Verdict v;
    const Policy* policy = catalogue.find(c.landlord);
    const Policy* code = catalogue.baseline();
    if (policy == nullptr || code == nullptr) return v;  // parse_case guarantees both
    // The loader guarantees the baseline has statutory_from and refusal.
    Context x{c, *policy, *code, c.today >= *code->statutory_from && !policy->baseline, v};
    // Room for a usual verdict at once, rather than growing each list step by step.
    v.findings.reserve(16);
    v.deadlines.reserve(8);
    v.exclusions.reserve(policy->exclusions.size());
    v.next_steps.reserve(6);
    v.landlord = policy->id;
    v.landlord_name = policy->name;
    v.code_applies = x.code_applies || policy->baseline;
    if (code->ombudsman)
        v.ombudsman = {code->ombudsman->phone, code->ombudsman->post, code->ombudsman->online,
                       code->ombudsman->time_limit.source.full_cite, code->ombudsman->time_limit.count};

    eligibility(x);
    const auto [policy_excluded, effective_excluded] = exclusions(x);
    const bool is_service_request = service_request(x);
    const Outcome policy_time = time_outcome(x);
    const Outcome effective_time = x.code_applies ? apply_code_time_floor(x, policy_time) : policy_time;
    consent(x);
    deadlines(x);
    notes(x);

    const auto pick = [&](bool excluded, Outcome time) {
        if (excluded) return Outcome::excluded;
        if (is_service_request) return Outcome::service_request;
        return time;
    };
    const Outcome policy_outcome = pick(policy_excluded, policy_time);
    const Outcome outcome = pick(effective_excluded, effective_time);
    v.policy_outcome = outcome_name(policy_outcome);
    v.outcome = outcome_name(outcome);
    v.headline = headline(x, outcome);
    next_steps(x, outcome);
    return v;
}

}  // namespace redress
