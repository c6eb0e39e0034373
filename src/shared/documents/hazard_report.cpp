// The hazard report (issue 17): a report of a hazard under Awaab's Law to the landlord, asking for
// what the law says it must do by the dates it sets (counted from the day the landlord was first
// told, or from sending), access, alternative accommodation if the home cannot be made safe in
// time, and that the complaints process runs alongside. And the same duties, in brief, in a
// complaint that names the hazard. The law's words come from its file (assets/law), quoted.
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

// "Please investigate the damp and mould by ... That is 10 working days after ..., when you were
// told (Hazards in Social Housing Regulations 2025)." for each duty, each followed by the law's line.
void duty_dates(LetterWriter& w) {
    bool from_last_day = false;
    for (const Deadline* d : law_deadlines(w.v())) {
        from_last_day = from_last_day || d->anchor == Anchor::hazard_investigate_due;
        const std::string asked = kind_words(row_of(d->key).asked, w.landlord(), w.c().issue.hazard);
        if (d->date < w.c().today)
            w.say("You had until " + format_long_date(d->date) + " to " + asked + " (" + std::string(d->cite) +
                  "). Please do it now.");
        else
            w.say(w.deadline_sentence(*d, asked));
        if (d->source != nullptr) w.quote(d->source->source.quote, d->cite);
    }
    if (from_last_day) w.say("If your investigation ends sooner, the dates that follow it come sooner too.");
}

// "damp and mould", "a danger", "a hazard": the hazard as a sentence names it.
std::string named(Hazard h) {
    const std::string words(row_of(h).words);
    return h == Hazard::damp_mould ? words : "a " + words;
}

// The law's own line: a phase's, or one of its facts.
void law_line(LetterWriter& w, const Citation& c) { w.quote(c.quote, c.full_cite); }

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
    w.say("The law makes these dates part of every social tenancy.");
    law_line(w, law.implied_term);
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
    if (phase != nullptr) law_line(w, phase->alternative_accommodation);

    w.heading("The complaints process");
    w.say("This report is not a complaint. The law's dates run at the same time as your complaints process. "
          "{I|{Tenant}} may also complain about how you have dealt with it.");
    law_line(w, law.alongside_complaint);
    w.adjustments(w.representative_speaks() ? "Help {tenant} needs" : "Help I need");
    w.enclosures();
    w.sign_off();

    if (c.issue.hazard == Hazard::emergency)
        w.advise(emergency_words(law) + " Then phone {landlord} straight away, and send this as well.");
    w.advise("Send this today. The law's dates count from when {landlord} is told.");
    w.advise("If {landlord} has a repairs team with its own contact details, send a copy there too.");
    w.sending_advice();
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
