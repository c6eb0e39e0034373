// The engine's deadlines: each stage's chain of timescales, the landlord's own and the Code's,
// the earlier applying from 1 April 2024, and the ones that have passed with nothing done.
#include <functional>

#include "rules/engine.h"
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

Deadline deadline_from(DeadlineKey key, const Timescale& t, Basis basis, Anchor anchor_name, Date anchor) {
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

// The Housing Ombudsman counts a complaint or a request for stage 2 received on a weekend or a
// bank holiday from the next working day: Clarion 202348146 (received Saturday 13 January 2024,
// acknowledged Friday 19 January: "4 working days"), Kirklees 202339693 (received Sunday 19
// November 2023, answered Monday 4 December: no fault). docs/conventions.md.
constexpr char kReceivedCite[] = "Housing Ombudsman decisions 202348146 and 202339693";
Date received_on(Date d) { return is_working_day(d) ? d : add_working_days(d, 1); }

// A timescale counted from its anchor.
struct Counted {
    const Timescale* t;  // the policy's own (not a copy): the deadline points to it (verdict.h)
    Anchor anchor;
    Date from, due;
};

// What each kind of anchor is, for one chain of deadlines: an anchor and its date, where known.
using AnchorPoint = std::optional<std::pair<Anchor, Date>>;
using Resolver = std::function<AnchorPoint(TimescaleFrom)>;

std::optional<Counted> counted(const Timescale* t, const Resolver& anchor_of) {
    if (t == nullptr) return std::nullopt;
    const AnchorPoint a = anchor_of(t->from);
    if (!a) return std::nullopt;
    return Counted{t, a->first, a->second, due(*t, a->second)};
}

// A finding where the landlord's timescale does not say what it runs from: the date shown reads it
// from the earliest the words allow (the tenant's reading), and the finding gives the other.
void unstated_anchor(Context& x, DeadlineKey key, const Counted& landlord, const Resolver& anchor_of) {
    const AnchorPoint ack = anchor_of(TimescaleFrom::acknowledgement);
    if (landlord.t->from_stated || !ack || due(*landlord.t, ack->second) == landlord.due) return;
    x.add({RuleKind::deadline_anchor, name_of(key), key}, FindingResult::discretion, landlord.t->source.full_cite,
          concat({wording::possessive(x.policy.short_name), " policy gives ", unit_words(*landlord.t),
                  " but does not say from when. Counted from when the complaint reaches it, that is ",
                  format_long_date(landlord.due), "; counted from its acknowledgement, ",
                  format_long_date(due(*landlord.t, ack->second)), ". The dates here use the earlier."}),
          landlord.t->source.quote);
}

void add_deadline(Context& x, DeadlineKey key, const Timescale* landlord_t, const Timescale* code_t,
                  const Resolver& anchor_of) {
    const std::optional<Counted> landlord = counted(landlord_t, anchor_of);
    // The Code's time is the floor from 1 April 2024; before that it fills only a gap in the policy.
    const std::optional<Counted> code = x.code_applies || !landlord ? counted(code_t, anchor_of) : std::nullopt;
    if (!landlord && !code) return;

    // Each counts from its own anchor; the earlier date applies. The Code's clauses cite as they are.
    const bool use_policy = landlord && (!code || landlord->due <= code->due);
    const Counted& c = use_policy ? *landlord : *code;
    Deadline d = deadline_from(key, *c.t, use_policy ? Basis::policy : Basis::code, c.anchor, c.from);
    if (landlord) d.policy_date = landlord->due;
    if (code) d.code_date = code->due;

    if (landlord && code && landlord->due > code->due)
        x.add({RuleKind::deadline, name_of(key), key}, FindingResult::conflict, landlord->t->source.full_cite,
              concat({wording::possessive(x.policy.short_name), " policy allows ", unit_words(*landlord->t), " ",
                      row_of(landlord->t->from).words, " (to ", format_long_date(landlord->due), "); the Code allows ",
                      unit_words(*code->t), " ", row_of(code->t->from).words, " (to ", format_long_date(code->due),
                      "). The Code's earlier date applies."}),
              landlord->t->source.quote, code->t->source.full_cite);
    if (landlord && use_policy) unstated_anchor(x, key, *landlord, anchor_of);
    if (landlord && landlord->t->unit == Unit::days && code_t && code_t->unit == Unit::working_days && use_policy)
        x.add({RuleKind::deadline_reading, name_of(key), key}, FindingResult::info, landlord->t->source.full_cite,
              concat({"The policy says ", unit_words(*landlord->t), " without saying working days. The date shown (",
                      format_long_date(d.date),
                      ") counts calendar days, as the policy is written; counted in working days it would be ",
                      format_long_date(add_working_days(landlord->from, landlord->t->count)), "."}),
              landlord->t->source.quote);
    x.v.deadlines.push_back(std::move(d));
}

// One stage's deadlines and what they can count from.
struct StageKeys {
    DeadlineKey acknowledge, response, extended;
    Anchor requested, acknowledged, acknowledge_due, response_due;
    std::string_view name, what;  // "stage1", "complaint"
};
constexpr StageKeys kStage1{DeadlineKey::stage1_acknowledge, DeadlineKey::stage1_response,
                            DeadlineKey::stage1_response_extended, Anchor::stage1_submitted,
                            Anchor::stage1_acknowledged, Anchor::stage1_acknowledge_due, Anchor::stage1_response_due,
                            "stage1", "complaint"};
constexpr StageKeys kStage2{DeadlineKey::stage2_acknowledge, DeadlineKey::stage2_response,
                            DeadlineKey::stage2_response_extended, Anchor::stage2_requested,
                            Anchor::stage2_acknowledged, Anchor::stage2_acknowledge_due, Anchor::stage2_response_due,
                            "stage2", "request for stage 2"};

// One stage's chain. Each timescale runs from its own anchor, as its policy says (the data's
// `from`): receipt is the request; the acknowledgement is the day it came, else the day it was
// due; an extension runs from the day the answer was due.
void stage_deadlines(Context& x, const StageKeys& k, const StageTimescales& landlord, const StageTimescales& code,
                     const std::optional<Date>& requested, const std::optional<Date>& acknowledged) {
    const auto in = [](const std::optional<Timescale>& t) { return t ? &*t : nullptr; };
    const Resolver anchor_of = [&](TimescaleFrom from) -> AnchorPoint {
        switch (from) {
            case TimescaleFrom::receipt:
                if (requested) return std::pair{k.requested, received_on(*requested)};
                return std::nullopt;
            case TimescaleFrom::acknowledgement:
                if (acknowledged) return std::pair{k.acknowledged, *acknowledged};
                if (const Deadline* ack = find_deadline(x.v, k.acknowledge)) return std::pair{k.acknowledge_due, ack->date};
                return std::nullopt;
            case TimescaleFrom::response_due:
                if (const Deadline* r = find_deadline(x.v, k.response)) return std::pair{k.response_due, r->date};
                return std::nullopt;
            case TimescaleFrom::answer:
            case TimescaleFrom::answer_closed:
            case TimescaleFrom::answer_received: return std::nullopt;  // the window to ask for stage 2 has its own chain
        }
        return std::nullopt;
    };
    if (!requested) return;
    if (!is_working_day(*requested))
        x.add({RuleKind::received, k.name}, FindingResult::info, PolicyText(kReceivedCite),
              concat({"The ", k.what, " was made on ", format_long_date(*requested),
                      ", which is not a working day. Its timescales count from the next working day, ",
                      format_long_date(received_on(*requested)), ", as the Housing Ombudsman counts them."}));
    add_deadline(x, k.acknowledge, in(landlord.acknowledge), in(code.acknowledge), anchor_of);
    add_deadline(x, k.response, in(landlord.response), in(code.response), anchor_of);
    add_deadline(x, k.extended, in(landlord.extension), in(code.extension), anchor_of);
}

// A timescale counted from the stage 1 answer (the landlord's window to ask for stage 2) or the
// final answer (the Ombudsman's 12 months).
Resolver from_answer(Anchor anchor, Date answer) {
    return [anchor, answer](TimescaleFrom from) -> AnchorPoint {
        // A day on or after the answer that the case cannot know: the answer's, the earliest it can be.
        if (from == TimescaleFrom::answer || from == TimescaleFrom::answer_closed || from == TimescaleFrom::answer_received)
            return std::pair{anchor, answer};
        return std::nullopt;
    };
}

// Each of the landlord's steps done after its deadline: a complaint-handling failure, as the
// Housing Ombudsman finds it (L&Q 202432891: a stage 2 request not acted on for months). An answer
// after its deadline counts as in time only within an extension the landlord wrote of in time.
void late_steps(Context& x) {
    const auto& p = x.c.process;
    for (const int stage : {1, 2}) {
        const Date* notified = nullptr;
        const auto& on = stage == 1 ? p.stage1_extension_notified : p.stage2_extension_notified;
        const Deadline* response = find_deadline(x.v, stage == 1 ? DeadlineKey::stage1_response : DeadlineKey::stage2_response);
        if (on) notified = &*on;
        if (notified && response)
            x.add({RuleKind::deadline, stage == 1 ? "stage1-extension" : "stage2-extension"},
                  *notified <= response->date ? FindingResult::info : FindingResult::fail, PolicyText(response->cite),
                  *notified <= response->date
                      ? concat({wording::capitalised(x.landlord("your landlord")), " wrote on ", format_long_date(*notified),
                                " to say it needed more time, before its answer was due, so the extension counts."})
                      : concat({wording::capitalised(x.landlord("your landlord")), " wrote on ", format_long_date(*notified),
                                " to say it needed more time, after its answer was due on ", format_long_date(response->date),
                                ". An extension counts only when the landlord asks for it in time, so the answer was late."}));
    }
    for (const DeadlineKindRow& kind : Vocabulary<DeadlineKey>::rows) {
        if (kind.met_by == nullptr || kind.tenants_step || kind.stage == 0 || kind.part == StagePart::extension) continue;
        const Deadline* d = find_deadline(x.v, kind.value);
        const std::optional<Date>& done = p.*kind.met_by;
        if (d == nullptr || !done) continue;
        const Deadline* by = d;
        if (kind.part == StagePart::response && extension_notified_in_time(x.c, x.v, kind.stage))
            if (const Deadline* e = find_deadline(x.v, kind.stage == 1 ? DeadlineKey::stage1_response_extended
                                                                        : DeadlineKey::stage2_response_extended))
                by = e;
        if (*done <= by->date) continue;
        const int days = working_days_between(by->date, *done);
        x.add({RuleKind::late, kind.name, kind.value}, FindingResult::fail, PolicyText(by->cite),
              concat({wording::capitalised(x.landlord("your landlord")), " had until ", format_long_date(by->date), " to ", kind.duty, ". It did it on ",
                      format_long_date(*done), ": ", wording::duration(days, Unit::working_days),
                      " late. That is a failing in how it handled your complaint."}));
    }
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
        if (w.timescale.from == TimescaleFrom::answer_closed || w.timescale.from == TimescaleFrom::answer_received)
            x.add({RuleKind::deadline_anchor, name_of(DeadlineKey::stage2_request_by), DeadlineKey::stage2_request_by},
                  FindingResult::discretion, w.timescale.source.full_cite,
                  concat({wording::capitalised(wording::possessive(x.policy.short_name)), " policy gives ",
                          unit_words(w.timescale), " to ask for stage 2 ", row_of(w.timescale.from).words,
                          ". Redress does not know that day: it is on or after the answer's date, ",
                          format_long_date(*p.stage1_response), ". Counted from the answer's date, the last day is ",
                          format_long_date(by), ". Ask by then to be safe. If you ask later, say when the ",
                          w.timescale.from == TimescaleFrom::answer_closed ? "complaint was closed." : "answer reached you."}),
                  w.timescale.source.quote);
        if (w.binding) {
            add_deadline(x, DeadlineKey::stage2_request_by, &w.timescale, nullptr,
                         from_answer(Anchor::stage1_response, *p.stage1_response));
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
        add_deadline(x, DeadlineKey::ombudsman_by, nullptr, &C.ombudsman->time_limit,
                     from_answer(Anchor::stage2_response, *p.stage2_response));

    // A response that is due and has not come: say so, because the Ombudsman can step in.
    for (const DeadlineKindRow& kind : Vocabulary<DeadlineKey>::rows) {
        if (kind.overdue.empty()) continue;
        const Deadline* d = find_deadline(x.v, kind.value);
        // An answer past its due date but still within the longest extension is late unless the
        // landlord wrote in time to say it needed longer; past the extension too, only that is reported.
        const Deadline* extended = kind.part == StagePart::response
                                       ? find_deadline(x.v, kind.stage == 1 ? DeadlineKey::stage1_response_extended
                                                                            : DeadlineKey::stage2_response_extended)
                                       : nullptr;
        if (extended && x.c.today > extended->date) continue;
        if (extended && extension_notified_in_time(x.c, x.v, kind.stage)) continue;  // within the extension it wrote of
        if (d && !step_done(p, kind.value) && x.c.today > d->date)
            x.add({RuleKind::overdue, kind.name, kind.value}, FindingResult::fail, PolicyText(d->cite),
                  concat({wording::capitalised(x.landlord("your landlord")), " had until ", format_long_date(d->date), " to ", kind.overdue,
                          ", and has not. Tell them, and you can ask the Housing Ombudsman to step in."}));
    }
    late_steps(x);
}

}  // namespace redress::engine

namespace redress {

bool extension_notified_in_time(const Case& c, const Verdict& v, int stage) {
    const auto& on = stage == 1 ? c.process.stage1_extension_notified : c.process.stage2_extension_notified;
    const Deadline* response = find_deadline(v, stage == 1 ? DeadlineKey::stage1_response : DeadlineKey::stage2_response);
    return on && response && *on <= response->date;
}

}  // namespace redress
