// The engine's deadlines: each stage's chain of timescales, the landlord's own and the Code's,
// the earlier applying from 1 April 2024, and the ones that have passed with nothing done.
#include "rules/engine_context.h"

namespace redress::engine {

Date due(const Timescale& t, Date anchor) {
    switch (t.unit) {
        case Unit::working_days: return add_working_days(anchor, t.count);
        case Unit::months: return add_months(anchor, t.count);
        case Unit::hours: return add_days(anchor, (t.count + 23) / 24);  // 24 hours from a day: the next day
        case Unit::weeks: return add_days(anchor, 7 * t.count);
        case Unit::days: break;
    }
    return add_days(anchor, t.count);
}

Deadline counted(DeadlineKey key, const Timescale& t, Basis basis, Anchor anchor_name, Date anchor) {
    Deadline d;
    d.key = key;
    d.anchor = anchor_name;
    d.anchor_date = anchor;
    d.date = due(t, anchor);
    d.basis = basis;
    d.source = &t;
    d.cite = t.source.full_cite;
    d.count = t.count;
    d.unit = t.unit;
    d.working_days = working_days_between(anchor, d.date);
    const HolidaySpan passed = bank_holidays_between(anchor, d.date);
    d.holidays.assign(passed.begin(), passed.end());
    return d;
}

namespace {

// The timescales are the policies' own (not copies): the deadline points to them (verdict.h).
void add_deadline(Context& x, DeadlineKey key, const Timescale* landlord, const Timescale* code, Anchor anchor_name,
                  Date anchor) {
    std::optional<Date> policy_date, code_date;
    if (landlord) policy_date = due(*landlord, anchor);
    // The Code's time is the floor from 1 April 2024; before that it fills only a gap in the policy.
    if (code && (x.code_applies || !landlord)) code_date = due(*code, anchor);
    if (!policy_date && !code_date) return;

    const bool use_policy = policy_date && (!code_date || *policy_date <= *code_date);
    // The Code's clauses cite as they are.
    Deadline d = counted(key, use_policy ? *landlord : *code, use_policy ? Basis::policy : Basis::code, anchor_name, anchor);
    d.policy_date = policy_date;
    d.code_date = code_date;

    if (landlord && code_date && policy_date && *policy_date > *code_date)
        x.add({RuleKind::deadline, name_of(key), key}, FindingResult::conflict, landlord->source.full_cite,
              concat({wording::possessive(x.policy.short_name), " policy allows ", unit_words(*landlord), " (to ",
                      format_long_date(*policy_date), "); the Code allows ", unit_words(*code), " (to ",
                      format_long_date(*code_date), "). The Code's shorter time applies."}),
              landlord->source.quote, code->source.full_cite);
    if (landlord && landlord->unit == Unit::days && code && code->unit == Unit::working_days && use_policy)
        x.add({RuleKind::deadline_reading, name_of(key), key}, FindingResult::info, landlord->source.full_cite,
              concat({"The policy says ", unit_words(*landlord), " without saying working days. The date shown (",
                      format_long_date(d.date),
                      ") counts calendar days, as the policy is written; counted in working days it would be ",
                      format_long_date(add_working_days(anchor, landlord->count)), "."}),
              landlord->source.quote);
    x.v.deadlines.push_back(std::move(d));
}

// One stage's deadlines and what they count from.
struct StageKeys {
    DeadlineKey acknowledge, response, extended;
    Anchor requested, acknowledged, acknowledge_due, response_due;
};
constexpr StageKeys kStage1{DeadlineKey::stage1_acknowledge, DeadlineKey::stage1_response,
                            DeadlineKey::stage1_response_extended, Anchor::stage1_submitted,
                            Anchor::stage1_acknowledged, Anchor::stage1_acknowledge_due, Anchor::stage1_response_due};
constexpr StageKeys kStage2{DeadlineKey::stage2_acknowledge, DeadlineKey::stage2_response,
                            DeadlineKey::stage2_response_extended, Anchor::stage2_requested,
                            Anchor::stage2_acknowledged, Anchor::stage2_acknowledge_due, Anchor::stage2_response_due};

// One stage's chain, by the contract's anchors: acknowledge from the request; respond from the
// acknowledgement, else from the acknowledgement deadline; the extension from the response deadline.
void stage_deadlines(Context& x, const StageKeys& k, const StageTimescales& landlord, const StageTimescales& code,
                     const std::optional<Date>& requested, const std::optional<Date>& acknowledged) {
    const auto in = [](const std::optional<Timescale>& t) { return t ? &*t : nullptr; };
    if (requested)
        add_deadline(x, k.acknowledge, in(landlord.acknowledge), in(code.acknowledge), k.requested, *requested);
    if (acknowledged)
        add_deadline(x, k.response, in(landlord.response), in(code.response), k.acknowledged, *acknowledged);
    else if (const Deadline* ack = find_deadline(x.v, k.acknowledge))
        add_deadline(x, k.response, in(landlord.response), in(code.response), k.acknowledge_due, ack->date);
    if (const Deadline* r = find_deadline(x.v, k.response))
        add_deadline(x, k.extended, in(landlord.extension), in(code.extension), k.response_due, r->date);
}

}  // namespace

void deadlines(Context& x) {
    const auto& p = x.c.process;
    const Policy& L = x.policy;
    const Policy& C = x.code;
    stage_deadlines(x, kStage1, L.stage1, C.stage1, p.stage1_submitted, p.stage1_acknowledged);
    if (p.stage1_response && L.escalation_window) {
        const auto& w = *L.escalation_window;
        const Date by = due(w.timescale, *p.stage1_response);
        if (w.binding) {
            add_deadline(x, DeadlineKey::stage2_request_by, &w.timescale, nullptr, Anchor::stage1_response,
                         *p.stage1_response);
            if (p.stage2_requested && *p.stage2_requested > by)
                x.add({RuleKind::escalation_window}, FindingResult::discretion, w.timescale.source.full_cite,
                      concat({"You asked for stage 2 on ", format_long_date(*p.stage2_requested), ", after ",
                              wording::possessive(x.policy.short_name), " window of ", unit_words(w.timescale), " (it ended ",
                              format_long_date(by),
                              "), so it may refuse. The Code sets no such window, and a refusal must be explained with your "
                              "right to go to the Housing Ombudsman."}),
                      w.timescale.source.quote, x.code_note_cite(KnownNote::escalation_no_reasons));
        } else {
            x.add({RuleKind::escalation_window}, FindingResult::discretion, w.timescale.source.full_cite,
                  concat({w.reason, " Here that is ", format_long_date(by), "."}), w.timescale.source.quote);
        }
    }
    stage_deadlines(x, kStage2, L.stage2, C.stage2, p.stage2_requested, p.stage2_acknowledged);
    if (p.stage2_response && C.ombudsman)
        add_deadline(x, DeadlineKey::ombudsman_by, nullptr, &C.ombudsman->time_limit, Anchor::stage2_response,
                     *p.stage2_response);

    // A response that is due and has not come: say so, because the Ombudsman can step in.
    for (const DeadlineKindRow& kind : Vocabulary<DeadlineKey>::rows) {
        if (kind.overdue.empty()) continue;
        const Deadline* d = find_deadline(x.v, kind.value);
        if (d && !*step_meeting(p, kind.value) && x.c.today > d->date)
            x.add({RuleKind::overdue, kind.name, kind.value}, FindingResult::fail, PolicyText(d->cite),
                  concat({x.policy.short_name, " had until ", format_long_date(d->date), " to ", kind.overdue,
                          " and has not. Tell them, and you can ask the Housing Ombudsman to step in."}));
    }
}

}  // namespace redress::engine
