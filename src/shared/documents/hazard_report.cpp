// The hazard report (issue 17): a report of a hazard under Awaab's Law to the landlord, asking for
// what the law says it must do by the dates it sets (counted from the first report on or after the
// law began, or from this letter), access, alternative accommodation if the home cannot be made
// safe in time, and that the complaints process runs alongside. And the same duties, in brief, in
// a complaint that names the hazard.
//
// The law's lines come from a fact sheet in plain words, not from the statute (assets/law), so a
// letter never puts them in quotation marks as the Act's or the Regulations' words: it says what
// the law requires in its own words, with the cite in brackets. Only the policies' clauses, which
// are verbatim, are quoted.
#include <algorithm>

#include "documents/letter_kinds.h"
#include "documents/user_text.h"
#include "rules/engine.h"
#include "rules/wording.h"

namespace redress::letters {
namespace {

// The law's deadlines in the verdict, in the order the law counts them.
std::vector<const Deadline*> law_deadlines(const Verdict& v) {
    std::vector<const Deadline*> out;
    for (const Deadline& d : v.deadlines)
        if (d.basis == Basis::law) out.push_back(&d);
    return out;
}

// An emergency's 24 hours: as soon as possible, and within 24 hours of being told; the date is the
// day those hours end on, named after the words the law uses, never instead of them.
std::string within_hours(const LetterWriter& w, const Deadline& d, const std::string& asked) {
    const std::string hours = wording::duration(d.count, d.unit), told = format_long_date(d.anchor_date);
    if (d.date < w.c().today)
        return "You had " + hours + " from when you were told, on " + told + ", to " + asked + " (" +
               std::string(d.cite) + "). Please do it now.";
    return "Please " + asked + " as soon as possible, and within " + hours + " of being told. " +
           (w.hazard_told_by_sending() ? "This letter is dated " : "You were told on ") + told + ", so the " + hours +
           " end on " + format_long_date(d.date) + " (" + std::string(d.cite) +
           "). Weekends and bank holidays do not stop the clock." +
           (w.hazard_told_by_sending() ? " If you were told about it earlier, by phone or in person, the " + hours +
                                             " count from then."
                                       : "");
}

// The further work that stops damp and mould coming back, asked for from the first letter: the
// 5 working days with its date once the investigation has concluded (a deadline), else in words;
// the 12 weeks always in words, as the fact sheet gives them no starting point.
void further_work(LetterWriter& w, const LawPhase& phase) {
    const Hazard h = hazard_class(w.c().issue);
    for (const LawDuty& duty : phase.duties) {
        if (duty.hazard != h) continue;
        const std::string span = wording::duration(duty.timescale.count, duty.timescale.unit);
        const std::string cite = duty.timescale.source.full_cite;
        if (duty.deadline == DeadlineKey::hazard_further_work_start && !find_deadline(w.v(), duty.deadline))
            w.say("Please also do the work needed to stop it coming back. Please take steps to begin it within " + span +
                  " of the end of your investigation (" + cite + ").");
        if (duty.deadline == DeadlineKey::hazard_further_work_latest)
            w.say("If that is not possible, please start it within " + span + ". Then finish it in a reasonable time (" +
                  cite + ").");
    }
}

// "Please investigate the damp and mould by ... That is 10 working days after ..., when you were
// told (Hazards in Social Housing Regulations 2025)." for each duty: the sentence says what the
// law requires, so the sheet's line is not repeated.
void duty_dates(LetterWriter& w) {
    const Hazard h = hazard_class(w.c().issue);
    bool from_last_day = false, hours = false;
    for (const Deadline* d : law_deadlines(w.v())) {
        // Only while the investigation's own last day is still to come can an earlier end bring
        // the dates after it forward.
        from_last_day = from_last_day || (d->anchor == Anchor::hazard_investigate_due && d->anchor_date >= w.c().today);
        hours = hours || d->unit == Unit::hours;
        const std::string asked = kind_words(row_of(d->key).asked, w.landlord(), h);
        const std::optional<Date>* done = step_meeting(w.c().process, d->key);
        if (done && *done) {  // the case says it was done: when, and whether in time; nothing to ask for
            w.say("You " + std::string(d->unit == Unit::hours ? "made the home safe" : "concluded your investigation") +
                  " on " + format_long_date(**done) +
                  (**done > d->date ? ". The law's date was " + format_long_date(d->date) + ", so that was late (" +
                                          std::string(d->cite) + ")."
                                    : "."));
        } else if (d->unit == Unit::hours) {
            w.say(within_hours(w, *d, asked));
        } else if (d->date < w.c().today) {
            w.say("You had until " + format_long_date(d->date) + " to " + asked + " (" + std::string(d->cite) +
                  "). If you have not done it yet, please do it now.");
        } else {
            w.say(w.deadline_sentence(*d, asked));
        }
    }
    if (from_last_day) w.say("If your investigation ends sooner, the dates that follow it come sooner too.");
    if (w.law() != nullptr)
        if (const LawPhase* phase = w.law()->phase_for(h, w.c().today)) further_work(w, *phase);
}

// Which report starts the law's clock, said once in every letter that names the hazard: the day
// the landlord was first told (on or after the law began), a report made again since the law
// began, or this letter itself.
void clock_words(LetterWriter& w, const LawPhase& phase) {
    const Case& c = w.c();
    const std::optional<Date> first = w.hazard_first_told();
    const std::string began = format_long_date(phase.from);
    if (w.hazard_told_by_sending()) {
        if (first)
            w.say("{I|{Tenant}} first told you about it on " + format_long_date(*first) + ", before the law began on " +
                  began + ".");
        w.say(std::string(first ? "This letter reports it again." : "This letter reports it.") +
              " The law's dates count from the day you receive it. The dates below are for a letter you receive "
              "today.");
        return;
    }
    const std::optional<Date> clock = w.law() ? hazard_clock(c, *w.law()) : std::nullopt;
    if (!clock) return;
    if (first && *first < phase.from)
        w.say("{I|{Tenant}} first told you about it on " + format_long_date(*first) + ", before the law began on " +
              began + ". {I|{Tenant}} told you again on " + format_long_date(*clock) +
              ". The law's dates count from then.");
    else if (*clock != c.today)
        w.say("{I|{Tenant}} first told you about it on " + format_long_date(*clock) +
              ". This letter puts it in writing. The law's dates count from when you were first told.");
}

// "damp and mould", "a danger", "a hazard": the hazard as a sentence names it.
std::string named(Hazard h) {
    const std::string words(row_of(h).words);
    return h == Hazard::damp_mould ? words : "a " + words;
}

}  // namespace

void hazard_report(LetterWriter& w, Document& d) {
    const Case& c = w.c();
    const Law& law = *w.law();
    const Hazard h = hazard_class(c.issue);
    const LawPhase* phase = law.phase_for(h, c.today);
    d.title = "Hazard report (Awaab's Law)";
    d.subject = "Hazard report under Awaab's Law: " + subject_words(w);
    w.addresses();
    w.greeting();
    if (w.representative_speaks())
        w.say("I am writing for {tenant}, " + std::string(row_of(c.complainant.role).of_yours) + ".");
    if (h == Hazard::emergency && danger_of(c.issue) != Danger::not_given && danger_of(c.issue) != Danger::other)
        w.say("I am reporting a danger in {my|{tenant's}} home. It is " + std::string(row_of(danger_of(c.issue)).words) +
              ". Please deal with it under Awaab's Law (the Hazards in Social Housing Regulations 2025).");
    else
        w.say("I am reporting " + named(h) +
              " in {my|{tenant's}} home. Please deal with it under Awaab's Law (the Hazards in Social Housing "
              "Regulations 2025).");
    if (phase != nullptr) clock_words(w, *phase);
    w.what_happened("The problem");

    w.heading("What the law says you must do");
    w.say("The law puts a term in every social tenancy in England: the landlord must meet the law's rules on hazards (" +
          law.implied_term.full_cite + "). So these dates are part of {my|{tenant's}} tenancy.");
    duty_dates(w);
    w.say("Please keep {me|{tenant} and me} informed throughout.");

    w.heading("Coming to look at it");
    if (clean_user_text(c.issue.access).find_first_not_of(" \n") == std::string::npos) {
        w.say("Please contact me to arrange a time to come and look at it.");
    } else {
        w.say("You can come and look at it at these times:");
        w.user_paragraph(c.issue.access);
    }

    w.heading("If the home cannot be made safe in time");
    w.say("If you cannot make {my|{tenant's}} home safe in time, please find {me|them} somewhere safe to stay, at "
          "your cost, until it is.");
    if (phase != nullptr)
        w.say("The law says the same: when the home cannot be made safe in time, you must offer somewhere suitable to "
              "stay, at your cost (" + phase->alternative_accommodation.full_cite + ").");

    w.heading("The complaints process");
    w.say("The law's dates run at the same time as your complaints process. {I|{Tenant}} may also complain about how "
          "you have dealt with it.");
    w.adjustments(w.representative_speaks() ? "Help {tenant} needs" : "Help I need");
    w.enclosures();
    w.sign_off();

    // An emergency's lines lead "Before you send" in every document (letters.cpp: write_document).
    if (h != Hazard::emergency) {
        if (const std::optional<Date> clock = hazard_clock(c, law); clock && !w.hazard_told_by_sending())
            w.advise("Send this today. The law's dates count from " + format_long_date(*clock) + ", when {landlord} was " +
                     (clock == c.issue.hazard_reported ? "first told" : "told again") + ", not from this letter.");
        else
            w.advise("Send this today. The law's dates count from when {landlord} gets it.");
    }
    w.advise("If {landlord} has a repairs team with its own contact details, send a copy there too.");
    w.sending_advice(h != Hazard::emergency);
}

void hazard_duties(LetterWriter& w) {
    const Case& c = w.c();
    const Hazard h = hazard_class(c.issue);
    if (h == Hazard::none || !w.v().awaabs_law) return;
    w.heading("Awaab's Law");
    w.say("This complaint is also about " + named(h) +
          " that Awaab's Law covers. You must keep to the law's dates, whatever happens with this complaint.");
    if (w.law() != nullptr)
        if (const LawPhase* phase = w.law()->phase_for(h, c.today)) clock_words(w, *phase);
    duty_dates(w);
    w.say("If you cannot make the home safe in time, please find {me|{tenant}} somewhere safe to stay, at your cost.");
}

}  // namespace redress::letters
