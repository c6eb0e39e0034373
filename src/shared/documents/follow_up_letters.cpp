// The letters that follow a complaint: asking for stage 2 (after an answer, or when none came),
// and a short reminder when the landlord is late.
#include "documents/letter_kinds.h"
#include "documents/letters.h"
#include "rules/engine.h"
#include "documents/user_text.h"
#include "rules/wording.h"

namespace redress::letters {
namespace {

bool blank(std::string_view text) { return clean_user_text(text).find_first_not_of(" \n") == std::string::npos; }

// The latest answer date at stage 1 that has passed with no answer, if any.
const Deadline* missed_stage1_answer(const LetterWriter& w) {
    if (w.c().process.stage1_response) return nullptr;
    for (const DeadlineKey key : {DeadlineKey::stage1_response_extended, DeadlineKey::stage1_response})
        if (const Deadline* d = find_deadline(w.v(), key); d && w.c().today > d->date) return d;
    return nullptr;
}

// How the stage 2 request begins: the complaint, and the answer or the lack of one.
void stage2_opening(LetterWriter& w) {
    const auto& p = w.c().process;
    std::string opening = "{I|{Tenant}} made a complaint";
    if (p.stage1_submitted) opening += " on " + format_long_date(*p.stage1_submitted);
    opening += ".";
    if (p.stage1_response) {
        w.say(opening + " You sent your stage 1 answer on " + format_long_date(*p.stage1_response) + ".");
        w.say("{I am|{Tenant} is} not happy with it. Please take the complaint to stage 2 of your complaints process.");
    } else if (const Deadline* missed = missed_stage1_answer(w)) {
        w.say(opening + " You should have answered by " + format_long_date(missed->date) + " (" +
              std::string(missed->cite) + "), and you have not.");
        w.say("So I am asking for the complaint to go to stage 2 of your complaints process.");
    } else {
        w.say(opening + " Please take it to stage 2 of your complaints process.");
    }
}

void stage2_window(LetterWriter& w) {
    const Deadline* by = find_deadline(w.v(), DeadlineKey::stage2_request_by);
    if (by == nullptr) return;
    const Date asked = w.c().process.stage2_requested.value_or(w.c().today);
    if (asked <= by->date) {
        w.say("This is in time: your policy gives " + wording::duration(by->count, by->unit) + ", to " +
              format_long_date(by->date) + " (" + std::string(by->cite) + ").");
        return;
    }
    w.say("Your policy asks for stage 2 requests by " + format_long_date(by->date) + " (" + std::string(by->cite) +
          "). The Code sets no time limit for asking (" + note_cite(w.code(), KnownNote::escalation_no_reasons) +
          "). If you refuse, you must tell me why in writing, and that the Housing Ombudsman can look at it (" +
          (w.code().refusal ? w.code().refusal->cite : std::string("Code")) + ").");
}

}  // namespace

void stage2_request(LetterWriter& w, Document& d) {
    const Case& c = w.c();
    const auto& p = c.process;
    d.title = "Stage 2 request";
    d.subject = "Stage 2 request: " + subject_words(w);
    w.addresses();
    w.greeting();
    if (w.representative_speaks())
        w.say("I am writing for {tenant}, " + std::string(row_of(c.complainant.role).of_yours) + ".");
    stage2_opening(w);
    stage2_window(w);
    if (p.stage1_response && !blank(p.resolved)) {  // nothing is claimed the tenant did not say
        w.heading("What you have put right");
        w.user_paragraph(p.resolved);
    }
    w.heading("What is still not right");
    if (blank(p.unresolved)) {
        w.user_paragraph(c.issue.summary);
        w.user_paragraph(c.issue.details);
    } else {
        w.user_paragraph(p.unresolved);
    }
    w.safety_request();
    w.outcome_sought(w.representative_speaks() ? "What {tenant} still wants you to do" : "What I still want you to do");
    if (!blank(p.escalation_reasons)) {
        w.heading("Why the answer is not good enough");
        w.user_paragraph(p.escalation_reasons);
    }
    w.say("There is no need to give reasons for asking for stage 2, and someone new must look at it (" +
          note_cite(w.code(), KnownNote::escalation_no_reasons) + ").");
    if (w.representative_speaks()) w.consent_statement();
    else w.helper_note();
    w.adjustments(w.representative_speaks() ? "Help {tenant} needs" : "Help I need");
    w.enclosures();
    w.timescales(2);
    w.rules_relied_on(2, false);
    if (const PolicyNote* n = find_note(w.code(), KnownNote::escalation_no_reasons))
        w.quote(n->source.quote, n->source.cite);  // quoted after the rules
    w.sign_off();
    w.sending_advice();
}

// What was due and when, under which clause, most urgent first: Awaab's Law's duties that are
// overdue (the emergency, the safety work, the investigation, the summary), then the complaint's
// own deadlines; a reply within 5 working days; and what comes next if none comes. The Ombudsman
// can order a landlord to respond.
void chaser(LetterWriter& w, Document& d) {
    const Case& c = w.c();
    const auto& p = c.process;
    const bool stage2 = p.stage2_requested.has_value();
    const std::vector<const Deadline*> hazard = overdue_hazard_duties(c, w.v());
    std::vector<const Finding*> complaint;
    for (const Finding& f : w.v().findings)
        if (f.rule.kind == RuleKind::overdue && (row_of(f.rule.deadline).stage == 2) == stage2) complaint.push_back(&f);
    d.title = hazard.empty() ? "Reminder: no answer yet" : "Reminder: overdue under Awaab's Law";
    d.subject = hazard.empty() ? "Reminder about " + std::string(stage2 ? "the stage 2 request: " : "the complaint: ") +
                                     subject_words(w)
                               : "Overdue under Awaab's Law: " + subject_words(w);
    w.addresses();
    w.greeting();
    if (w.representative_speaks())
        w.say("I am writing for {tenant}, " + std::string(row_of(c.complainant.role).of_yours) + ".");
    if (!hazard.empty()) {
        if (w.law() != nullptr)
            if (const std::optional<Date> told = hazard_clock(c, *w.law()))
                w.say("{I|{Tenant}} told you about the " + std::string(row_of(hazard_class(c.issue)).words) + " on " +
                      format_long_date(*told) + ".");
        w.heading("What the law says you must already have done");
        for (const Deadline* due : hazard)
            w.say("You had until " + format_long_date(due->date) + " to " +
                  kind_words(row_of(due->key).asked, w.landlord(), hazard_class(c.issue)) + " (" + std::string(due->cite) +
                  "). Please do it now.");
        w.say("If you cannot make {my|{tenant's}} home safe, please find {me|{tenant}} somewhere safe to stay, at your "
              "cost, until it is.");
    }
    if (!complaint.empty()) {
        if (stage2) w.say("{I|{Tenant}} asked for stage 2 on " + format_long_date(*p.stage2_requested) + ".");
        else if (p.stage1_submitted) w.say("{I|{Tenant}} made a complaint on " + format_long_date(*p.stage1_submitted) + ".");
        w.heading(hazard.empty() ? "What was due" : "The complaint");
        for (const Finding* f : complaint) {
            const Deadline* due = find_deadline(w.v(), f->rule.deadline);
            w.say("You had until " + format_long_date(due->date) + " to " + std::string(row_of(f->rule.deadline).missed) +
                  " (" + std::string(due->cite) + "). That has not happened.");
        }
    }
    // An emergency cannot wait 5 working days for a reply.
    if (!hazard.empty() && hazard.front()->key == DeadlineKey::hazard_emergency)
        w.say("Please make {my|{tenant's}} home safe today, and tell me in writing what you have done.");
    else
        w.say("Please reply by " + format_long_date(add_working_days(c.today, 5)) + ", 5 working days from today.");
    // What the Scheme lets the Ombudsman do about a landlord that does not respond in time.
    std::string next = !hazard.empty() ? (p.stage1_submitted
                                              ? "If nothing is done, I will ask the Housing Ombudsman to look at it."
                                              : "If nothing is done, I will complain, and ask the Housing Ombudsman to "
                                                "look at it.")
                       : stage2        ? "If no answer comes by then, I will ask the Housing Ombudsman to step in."
                                       : "If no answer comes by then, I will ask for stage 2, or ask the Housing Ombudsman "
                                         "to step in.";
    if (const PolicyNote* n = find_note(w.code(), KnownNote::ombudsman_orders_response); n && !complaint.empty())
        next += " The Ombudsman can contact a landlord that does not respond in time and order it to respond (" +
                n->source.cite + ").";
    w.say(next);
    w.sign_off();
    w.sending_advice();
}

}  // namespace redress::letters
