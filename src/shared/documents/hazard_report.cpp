// The hazard report (issue 17): a report of a hazard under Awaab's Law to the landlord, asking for
// what the law says it must do by the dates it sets (counted from the day the landlord was first
// told, or from sending), access, alternative accommodation if the home cannot be made safe in
// time, and that the complaints process runs alongside. And the same duties, in brief, in a
// complaint that names the hazard.
//
// The law's lines come from a fact sheet in plain words, not from the statute (assets/law), so a
// letter never puts them in quotation marks as the Act's or the Regulations' words: it says what
// the law requires in its own words, with the cite in brackets. Only the policies' and the
// Code's clauses, which are verbatim, are quoted.
#include <algorithm>

#include "documents/letter_kinds.h"
#include "documents/user_text.h"
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
           (w.hazard_told_by_sending() ? "This letter tells you on " : "You were told on ") + told + ", so the " +
           hours + " end on " + format_long_date(d.date) + " (" + std::string(d.cite) +
           "). Weekends and bank holidays do not stop the clock.";
}

// "Please investigate the damp and mould by ... That is 10 working days after ..., when you were
// told (Hazards in Social Housing Regulations 2025)." for each duty: the sentence says what the
// law requires, so the sheet's line is not repeated.
void duty_dates(LetterWriter& w) {
    bool from_last_day = false, hours = false;
    for (const Deadline* d : law_deadlines(w.v())) {
        from_last_day = from_last_day || d->anchor == Anchor::hazard_investigate_due;
        hours = hours || d->unit == Unit::hours;
        const std::string asked = kind_words(row_of(d->key).asked, w.landlord(), w.c().issue.hazard);
        if (d->unit == Unit::hours)
            w.say(within_hours(w, *d, asked));
        else if (d->date < w.c().today)
            w.say("You had until " + format_long_date(d->date) + " to " + asked + " (" + std::string(d->cite) +
                  "). Please do it now.");
        else
            w.say(w.deadline_sentence(*d, asked));
    }
    if (from_last_day) w.say("If your investigation ends sooner, the dates that follow it come sooner too.");
    // The case gave no day the landlord was told, so the dates count from this letter; the law
    // counts from when it became aware, in any way.
    if (w.hazard_told_by_sending())
        w.say(hours ? "If you were told about it before this letter, the 24 hours count from then."
                    : "If you were told about it before this letter, the law's dates count from then.");
}

// "damp and mould", "a danger", "a hazard": the hazard as a sentence names it.
std::string named(Hazard h) {
    const std::string words(row_of(h).words);
    return h == Hazard::damp_mould ? words : "a " + words;
}

}  // namespace

void hazard_report(LetterWriter& w, Document& d, std::optional<Date> first_told) {
    const Case& c = w.c();
    const Law& law = *w.law();
    const LawPhase* phase = law.phase_for(c.issue.hazard, c.today);
    d.title = "Hazard report (Awaab's Law)";
    d.subject = "Hazard report under Awaab's Law: " + subject_words(w);
    w.addresses();
    w.greeting();
    if (w.representative_speaks())
        w.say("I am writing for {tenant}, " + std::string(row_of(c.complainant.role).of_yours) + ".");
    w.say("I am reporting " + named(c.issue.hazard) +
          " in {my|{tenant's}} home. Please deal with it under Awaab's Law (the Hazards in Social Housing "
          "Regulations 2025).");
    const auto& told = c.issue.hazard_reported;
    if (first_told)
        w.say("{I|{Tenant}} first told you about it on " + format_long_date(*first_told) + ", before the law began on " +
              format_long_date(phase->from) + ". So this letter reports it again, and the law's dates run from today.");
    else if (told && *told != c.today)
        w.say("{I|{Tenant}} first told you about it on " + format_long_date(*told) +
              ". This letter puts it in writing. The law's dates run from when you were first told.");
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
    w.say("This report is not a complaint. The law's dates run at the same time as your complaints process. "
          "{I|{Tenant}} may also complain about how you have dealt with it.");
    w.adjustments(w.representative_speaks() ? "Help {tenant} needs" : "Help I need");
    w.enclosures();
    w.sign_off();

    // An emergency: the numbers to call first, then the landlord by phone; a posted report cannot
    // arrive within 24 hours, so it goes by email or by hand.
    const bool emergency = c.issue.hazard == Hazard::emergency;
    if (emergency) {
        w.advise(emergency_words(law));
        w.advise("Then phone {landlord} now and tell them about the danger. Send this today as well, by email or by "
                 "hand, not by post: a posted letter cannot arrive within 24 hours.");
    } else if (told && !first_told && !w.hazard_told_by_sending()) {
        w.advise("Send this today. The law's dates count from " + format_long_date(*told) + ", when {landlord} was "
                 "first told, not from this letter.");
    } else {
        w.advise("Send this today. The law's dates count from when {landlord} is told.");
    }
    w.advise("If {landlord} has a repairs team with its own contact details, send a copy there too.");
    w.sending_advice(!emergency);
}

void hazard_duties(LetterWriter& w) {
    const Case& c = w.c();
    if (c.issue.hazard == Hazard::none || !w.v().awaabs_law) return;
    w.heading("Awaab's Law");
    w.say("This complaint is also about " + named(c.issue.hazard) +
          " that Awaab's Law covers. You must keep to the law's dates, whatever happens with this complaint:");
    duty_dates(w);
    w.say("If you cannot make the home safe in time, please find {me|{tenant}} somewhere safe to stay, at your cost.");
}

}  // namespace redress::letters
