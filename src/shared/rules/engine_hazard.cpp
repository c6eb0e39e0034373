// The engine's Awaab's Law (rules/law.h): for a hazard the tenant names, what to do first in an
// emergency, whether the law's timescales apply and why not when they do not, each duty with its
// date, those now overdue, and what else the law gives. It never touches the complaint's
// outcome: the hazard changes nothing about whether the complaint itself is in time.
#include "rules/engine_context.h"

namespace redress::engine {
namespace {

std::string holiday_words(const std::vector<BankHoliday>& holidays) {
    std::string out;
    for (std::size_t k = 0; k < holidays.size(); ++k) {
        if (k) out += k + 1 == holidays.size() ? " and " : ", ";
        out += concat({holidays[k].title, " (", format_long_date(holidays[k].date), ")"});
    }
    return out;
}

// What a duty is counted from, in words: "being told on Monday 3 November 2025".
std::string anchor_words(const Deadline& d) {
    const std::string day = format_long_date(d.anchor_date);
    switch (d.anchor) {
        case Anchor::hazard_reported: return "being told on " + day;
        case Anchor::hazard_investigated: return "the investigation ended on " + day;
        case Anchor::hazard_investigate_due:
            return concat({"the last day for the investigation, ", day,
                           ". Redress does not know when the investigation ended, so it counts from then"});
        default: return day;
    }
}

// How the count runs: working days leave out weekends and bank holidays (named); hours and weeks
// run on through them.
std::string count_words(const Deadline& d) {
    switch (d.unit) {
        case Unit::working_days:
            return d.holidays.empty() ? " Working days leave out weekends and bank holidays."
                                      : concat({" Working days leave out weekends and bank holidays: here ",
                                                holiday_words(d.holidays), "."});
        case Unit::hours: {
            std::vector<BankHoliday> days(d.holidays);
            if (const BankHoliday* h = bank_holiday_on(d.anchor_date)) days.insert(days.begin(), *h);
            return days.empty() ? " Weekends and bank holidays do not stop the clock."
                                : concat({" Weekends and bank holidays do not stop the clock, so ", holiday_words(days),
                                          days.size() == 1 ? " does" : " do", " not either."});
        }
        case Unit::weeks: return concat({" That is ", std::to_string(7 * d.count), " days."});
        default: return "";
    }
}

// The date duty `duty` counts from: the first of its anchors the case has. A date of the
// investigation before the report it answers (a hazard reported again) does not count.
std::optional<std::pair<Anchor, Date>> anchor_of(const Context& x, const LawDuty& duty, Date reported) {
    for (const Anchor a : duty.from) {
        if (a == Anchor::hazard_reported) return std::pair{a, reported};  // the report that starts the clock
        if (const std::optional<Date>* in_case = case_date_of(x.c, a)) {
            if (*in_case && **in_case >= reported) return std::pair{a, **in_case};
        } else if (const Deadline* before = find_deadline(x.v, *deadline_of(a))) {
            return std::pair{a, before->date};
        }
    }
    return std::nullopt;
}

// A duty's date has passed: done late (the investigation, where the case says when it concluded),
// or, where the case does not say it was done, overdue and what the tenant can do.
void overdue(Context& x, const Deadline& d, const std::string& landlord) {
    const DeadlineKindRow& kind = row_of(d.key);
    const std::string duty = kind_words(kind.duty, landlord, hazard_class(x.c.issue));
    const Citation& enforce = x.law->enforcement;
    const Rule rule{RuleKind::hazard_overdue, kind.name, d.key};
    if (const std::optional<Date>* done = step_meeting(x.c.process, d.key); done && *done) {
        if (**done > d.date)
            x.add(rule, FindingResult::fail, PolicyText(enforce.full_cite),
                  concat({wording::capitalised(landlord), " had until ", format_long_date(d.date), " to ", duty,
                          " and did it on ", format_long_date(**done),
                          ", late. You can complain about the delay, and ask the Housing Ombudsman to look at it."}),
                  PolicyText(enforce.quote));
        return;
    }
    x.add(rule, FindingResult::fail, PolicyText(enforce.full_cite),
          concat({wording::capitalised(landlord), " had until ", format_long_date(d.date), " to ", duty,
                  ". If it has not, this is now overdue: you can ask again in writing, complain, and ask the Housing "
                  "Ombudsman to look at it. The law also lets a tenant take the landlord to the county court for breaking "
                  "the tenancy. The landlord can defend itself by showing it did all it reasonably could."}),
          PolicyText(enforce.quote));
}

// Each of the phase's duties for this hazard, with its date, counted from what the case gives.
void duties(Context& x, const LawPhase& phase, Date reported, const std::string& landlord) {
    const Hazard h = hazard_class(x.c.issue);
    for (const LawDuty& duty : phase.duties) {
        if (duty.hazard != h) continue;
        if (duty.from.empty()) {  // the sheet gives no starting point (the 12 weeks): words, no date
            x.add({RuleKind::hazard_duty, row_of(duty.deadline).name, duty.deadline}, FindingResult::info,
                  PolicyText(duty.timescale.source.full_cite),
                  concat({wording::capitalised(landlord), " must take steps to begin the further work within 5 working days of the end of the "
                          "investigation. If that is not possible, it must start it within ",
                          wording::duration(duty.timescale.count, duty.timescale.unit),
                          ". It must then finish it in a reasonable time. The law's fact sheet does not say what the ",
                          wording::duration(duty.timescale.count, duty.timescale.unit),
                          " count from, so Redress gives no date for it."}),
                  PolicyText(duty.timescale.source.quote));
            continue;
        }
        const auto anchor = anchor_of(x, duty, reported);
        if (!anchor) continue;
        x.v.deadlines.push_back(deadline_from(duty.deadline, duty.timescale, Basis::law, anchor->first, anchor->second));
        const Deadline& d = x.v.deadlines.back();
        const DeadlineKindRow& kind = row_of(d.key);
        x.add({RuleKind::hazard_duty, kind.name, d.key}, FindingResult::info, PolicyText(d.cite),
              concat({wording::capitalised(landlord), " must ", kind_words(kind.duty, landlord, h), " by ",
                      format_long_date(d.date), ". That is ", wording::duration(d.count, d.unit), " after ",
                      anchor_words(d), ".", count_words(d)}),
              PolicyText(duty.timescale.source.quote));
    }
    for (std::size_t k = 0; k < x.v.deadlines.size(); ++k) {  // by index: overdue() adds findings, not deadlines
        const Deadline d = x.v.deadlines[k];
        if (row_of(d.key).part == StagePart::hazard && x.c.today > d.date) overdue(x, d, landlord);
    }
}

// Whether the law's timescales apply, and why not when they do not. Returns the phase that
// covers the hazard when they do.
const LawPhase* applies(Context& x, const std::string& landlord) {
    const Law& law = *x.law;
    const Hazard h = hazard_class(x.c.issue);
    const auto why_not = [&](std::string_view detail, FindingResult result, const Citation& source, std::string reason) {
        x.add({RuleKind::awaabs_law, detail}, result, PolicyText(source.full_cite), std::move(reason), PolicyText(source.quote));
        return nullptr;
    };
    if (x.c.today < law.in_force)
        return why_not("not-in-force", FindingResult::info, law.in_force_source,
                       concat({"Awaab's Law's timescales for hazards in social homes start on ", format_long_date(law.in_force),
                               ". This case is dated before then, so they do not apply to it."}));
    const Law::Cover& cover = law.coverage_of(x.c.complainant.role);
    if (cover.status == Coverage::not_covered || cover.status == Coverage::not_living_there)
        return why_not(name_of(cover.status), FindingResult::fail, cover.source, cover.reason);
    const LawPhase* phase = law.phase_for(h, x.c.today);
    if (phase == nullptr) {
        // Not an emergency as the answers stand, and no phase in force covers it: the later phases
        // are not in force, and any hazard becomes an emergency once its risk is imminent.
        std::string reason = concat(
            {"Awaab's Law's fixed timescales cover damp and mould, and emergencies, for now. Its later phases, for other "
             "hazards, are not in force: no date is confirmed. ",
             wording::capitalised(landlord), " must still keep your home fit to live in and repair it in a reasonable time. "
             "If someone could be seriously hurt or made ill soon because of it, it is an emergency: ", landlord,
             " must then make it safe within 24 hours."});
        if (x.c.issue.hazard_risk == HazardRisk::not_sure)
            reason += concat({" If you are not sure, phone ", wording::possessive(landlord),
                              " emergency repairs line and say why you are worried."});
        return why_not("hazard-not-covered", FindingResult::discretion, law.general_duties, std::move(reason));
    }
    if (cover.status == Coverage::unknown) return why_not("unknown", FindingResult::discretion, cover.source, cover.reason);
    x.v.awaabs_law = true;
    x.add({RuleKind::awaabs_law, "applies"}, FindingResult::pass, PolicyText(law.implied_term.full_cite),
          concat({"Awaab's Law applies. Every social tenancy in England has a promise in it: the landlord must meet the "
                  "law's timescales for hazards. Since ",
                  format_long_date(phase->from), " they have covered ", row_of(h).kind, ". ",
                  wording::capitalised(landlord), " must keep you informed throughout."}),
          PolicyText(law.implied_term.quote));
    // Settled: the duties are owed for the home; the fact sheet gives the right to go to court to
    // the tenant. Not settled: whether someone else in the household can.
    if (x.c.complainant.role == Role::household_member)
        x.add({RuleKind::hazard, "household-member"}, FindingResult::discretion, PolicyText(law.enforcement.full_cite),
              concat({wording::capitalised(landlord), " must meet these timescales for the home you live in. The tenancy "
                      "is the tenant's, and the law lets the tenant take the landlord to court over them. The law's fact "
                      "sheet does not say whether someone else in the household can."}),
              PolicyText(law.enforcement.quote));
    return phase;
}

// The report that starts the law's clock: the first the case shows on or after the phase began
// (the day the landlord was first told, else the day it was last raised), or none.
std::optional<Date> clock_start(const Case& c, Date phase_from) {
    const auto& i = c.issue;
    if (i.hazard_reported && *i.hazard_reported >= phase_from) return i.hazard_reported;
    if (i.last_raised && *i.last_raised >= phase_from && (!i.hazard_reported || *i.last_raised >= *i.hazard_reported))
        return i.last_raised;
    return std::nullopt;
}

// What to do now, fitted to the danger, before anything about the complaint.
void danger(Context& x, const std::string& landlord) {
    const auto& e = x.law->emergency_services;
    x.add({RuleKind::hazard_danger}, FindingResult::info, PolicyText(e.source.full_cite),
          danger_words(*x.law, danger_of(x.c.issue), landlord) + " Do this first.", PolicyText(e.source.quote));
}

}  // namespace

void awaabs_law(Context& x) {
    const Hazard h = hazard_class(x.c.issue);
    if (h == Hazard::none || x.law == nullptr) return;
    const Law& law = *x.law;
    const std::string landlord = x.landlord("your landlord");
    if (h == Hazard::emergency) danger(x, landlord);
    const LawPhase* phase = applies(x, landlord);
    if (phase == nullptr) return;

    const std::string_view words = row_of(h).words;
    const auto& told = x.c.issue.hazard_reported;
    const std::optional<Date> clock = clock_start(x.c, phase->from);
    if (!told && !clock)
        x.add({RuleKind::awaabs_law, "not-yet-reported"}, FindingResult::info, PolicyText(law.awareness.full_cite),
              concat({"The law's timescales start when ", landlord, " is told about the ", words, ", in any way. ",
                      h == Hazard::emergency ? "Tell them now, by phone if that is quickest, and then in writing. "
                                             : "Tell them in writing and keep a copy. ",
                      "The hazard report Redress writes does this, and its dates count from the day they get it."}),
              PolicyText(law.awareness.quote));
    else if (!clock)
        x.add({RuleKind::awaabs_law, "reported-before"}, FindingResult::discretion, PolicyText(law.reported_before.full_cite),
              concat({"You told ", landlord, " on ", format_long_date(*told), ", before Awaab's Law started on ",
                      format_long_date(phase->from), ". It is not settled whether its timescales run from a report made "
                      "before then. Report it again in writing now: that starts the clock beyond doubt, and the hazard "
                      "report Redress writes does it."}),
              PolicyText(law.reported_before.quote));
    else {
        if (told && *told < phase->from)
            x.add({RuleKind::awaabs_law, "reported-again"}, FindingResult::info, PolicyText(law.awareness.full_cite),
                  concat({"You first told ", landlord, " on ", format_long_date(*told), ", before Awaab's Law started on ",
                          format_long_date(phase->from), ". You told them again on ", format_long_date(*clock),
                          ". That report starts the law's clock beyond doubt, so its dates count from then."}),
                  PolicyText(law.awareness.quote));
        duties(x, *phase, *clock, landlord);
    }

    x.add({RuleKind::hazard, "alternative-accommodation"}, FindingResult::info,
          PolicyText(phase->alternative_accommodation.full_cite),
          concat({"If ", landlord, " cannot make your home safe in time, it must offer you somewhere else to stay. It "
                  "must be suitable, and ", landlord, " must pay for it."}),
          PolicyText(phase->alternative_accommodation.quote));
    x.add({RuleKind::hazard, "alongside-complaint"}, FindingResult::info, PolicyText(law.alongside_complaint.full_cite),
          concat({"These timescales run at the same time as the complaints process, not after it: you can report the ",
                  words, " and complain about how ", landlord,
                  " has dealt with it at once. The hazard does not change whether your complaint is in time."}),
          PolicyText(law.alongside_complaint.quote));
}

// What to do now in an emergency, first of all the next steps (whether or not the law's
// timescales apply: the danger is the same).
void danger_step(Context& x) {
    if (hazard_class(x.c.issue) != Hazard::emergency || x.law == nullptr) return;
    x.step(NextStepId::act_now, danger_words(*x.law, danger_of(x.c.issue), x.landlord("your landlord")),
           PolicyText(x.law->emergency_services.source.full_cite));
}

// The hazard in writing, first among the next steps after any danger: report it today while the
// law's clock has not started beyond doubt (not yet reported, or reported only before the law
// started); once it has, put a report made by phone or in person in writing too.
void hazard_step(Context& x) {
    if (!x.v.awaabs_law) return;
    // A duty of the law's overdue and not shown done: a reminder, before anything about the complaint.
    for (const Finding& f : x.v.findings) {
        if (f.rule.kind != RuleKind::hazard_overdue) continue;
        const std::optional<Date>* done = step_meeting(x.c.process, f.rule.deadline);
        if (done && *done) continue;
        x.step(NextStepId::chase,
               concat({"Send ", x.landlord("your landlord"), " a reminder now: it is late with what Awaab's Law says it "
                       "must do. The reminder names each date it missed."}),
               PolicyText(f.cite));
        break;
    }
    const Hazard h = hazard_class(x.c.issue);
    const LawPhase* phase = x.law->phase_for(h, x.c.today);
    if (phase == nullptr) return;
    const std::string landlord = x.landlord("your landlord");
    const std::string_view words = row_of(h).words;
    if (clock_start(x.c, phase->from)) {
        x.step(NextStepId::report_hazard,
               concat({"If you told ", landlord, " about the ", words, " by phone or in person, put it in writing too: "
                       "the hazard report asks for each date the law sets. Keep a note of every visit and call."}),
               PolicyText(x.law->awareness.full_cite));
        return;
    }
    std::string text = concat({"Report the ", words, " to ", landlord,
                               " in writing today and keep a copy: the hazard report does this."});
    for (const LawDuty& duty : phase->duties)
        if (duty.hazard == h) {
            text += concat({" ", wording::capitalised(landlord), " must then ",
                            kind_words(row_of(duty.deadline).duty, landlord, duty.hazard), " within ",
                            wording::duration(duty.timescale.count, duty.timescale.unit), "."});
            break;
        }
    x.step(NextStepId::report_hazard, std::move(text), PolicyText(x.law->awareness.full_cite));
}

}  // namespace redress::engine

namespace redress {

std::optional<Date> hazard_clock(const Case& c, const Law& law) {
    const LawPhase* phase = law.phase_for(hazard_class(c.issue), c.today);
    return phase ? engine::clock_start(c, phase->from) : std::nullopt;
}

}  // namespace redress
