// The letters that start a complaint: the stage 1 complaint (the tenant's own, or asking the
// landlord to accept it late), the same in the name of someone acting for the tenant, and a first
// request for a service.
#include "documents/letter_kinds.h"
#include "documents/user_text.h"
#include "documents/voice.h"
#include "json/input.h"
#include "rules/wording.h"

namespace redress::letters {
namespace {

// Only for a subject line short enough to stay whole; longer summaries stay in the letter.
constexpr std::size_t kSubjectChars = 90;

bool blank(std::string_view text) { return clean_user_text(text).find_first_not_of(" \n") == std::string::npos; }

// The discretion part of a late complaint: the limit, why the landlord may still accept it, and
// the tenant's reason for the delay.
void late_complaint(LetterWriter& w) {
    const Case& c = w.c();
    const auto& t = w.v().time_limit;
    const auto& limit = w.policy().time_limit;
    const Policy& code = w.code();
    const std::string limit_cite = w.cite(limit.source.cite);
    w.heading("Please accept this complaint, though it is late");
    if (!w.policy().baseline) {
        w.say("Your policy's time limit is " + std::to_string(t.policy_months) + " months. It ended on " +
              format_long_date(t.policy_ends) + " (" + limit_cite + ").");
        if (limit.discretion) w.say("Your policy lets you accept a complaint after this time. Please do so for this one.");
        for (const Flag flag : limit.exceptions)
            if ((flag == Flag::safeguarding && c.issue.safeguarding) ||
                (flag == Flag::health_and_safety && c.issue.health_and_safety))
                w.say(std::string("Your policy makes an exception where ") +
                      (flag == Flag::safeguarding ? "someone may be at risk of harm" : "health or safety is at risk") +
                      ". That is true here.");
        w.quote(limit.source.quote, limit_cite);
    }
    if (w.v().code_applies || w.policy().baseline) {
        std::string code_words = "The Housing Ombudsman's Code gives " + std::to_string(code.time_limit.months) +
                                 " months from when it happened or when {I|{tenant}} found out about it";
        if (t.code_ends) code_words += ". That ended on " + format_long_date(*t.code_ends);
        w.say(code_words + ". The Code asks landlords to think about accepting a complaint after that (" +
              code.time_limit.source.cite + ").");
        w.quote(code.time_limit.source.quote, code.time_limit.source.cite);
    }
    w.heading("Why {I|{tenant}} did not complain sooner");
    if (blank(c.issue.delay_reason)) w.signature("Reason: ________________________________________");
    else w.user_paragraph(c.issue.delay_reason);
    const auto& i = c.issue;
    if (i.health_and_safety || i.safeguarding || i.disrepair)
        w.say("This is about a serious problem that still matters now, so it is fair to look at it.");
}

// A policy past its own review or end date: the version held, that a newer one may exist, and
// that the Code's minimums apply whatever it says (for a complaint made once the Code was statutory).
void policy_version(LetterWriter& w) {
    const auto& review = w.policy().review;
    if (!review || w.v().policy_current.value_or(true)) return;
    std::string text = "This is the version I have. It " + std::string(row_of(review->kind).words) + " " +
                       review->stated + ", so you may have a newer one. Please send it to me.";
    if (w.v().code_applies)
        text += " Whatever it says, the Code still sets the least you must do (" + w.code().statutory.cite + ").";
    w.say(text);
}

// What every new complaint asks for, in the order a caseworker reads it.
void complaint_body(LetterWriter& w, bool late) {
    const Case& c = w.c();
    if (!w.policy().baseline) {
        w.say("I refer to your policy: " + w.policy().document + " (" + w.policy().date + ").");
        policy_version(w);
    }
    if (late) late_complaint(w);
    w.what_happened("What happened");
    w.safety_request();
    hazard_duties(w);
    w.outcome_sought(w.representative_speaks() ? "What {tenant} wants you to do" : "What I want you to do");
    if (w.representative_speaks()) w.consent_statement();
    else w.helper_note();
    w.named_contact();
    w.adjustments(w.representative_speaks() ? "Help {tenant} needs" : "Help I need");
    w.enclosures();
    w.timescales(1);
    w.rules_relied_on(1, true);
    w.sign_off();
    w.sending_advice();
    (void)c;
}

}  // namespace

std::string subject_words(const LetterWriter& w) {
    const std::string summary = clean_user_line(w.c().issue.summary);
    const bool fits = summary.find_first_not_of(' ') != std::string::npos && utf8_length(summary) <= kSubjectChars;
    return fits ? summary : wording::capitalised(w.words(row_of(w.c().issue.category).words));
}

void complaint(LetterWriter& w, Document& d, bool ask_discretion) {
    d.title = ask_discretion ? "Complaint, with a request to accept it late" : "Stage 1 complaint";
    d.subject = "Complaint: " + subject_words(w);
    w.addresses();
    w.greeting();
    if (w.representative_speaks())
        w.say("I am writing for {tenant}, " + std::string(row_of(w.c().complainant.role).of_yours) + ".");
    w.say("{I am making a|This is a} complaint about " + std::string(row_of(w.c().issue.category).words) +
          ". Please deal with it at stage 1 of your complaints process.");
    complaint_body(w, ask_discretion);
}

void representation(LetterWriter& w, Document& d) {
    const Case& c = w.c();
    const auto& r = c.representative;
    d.title = "Letter from a representative";
    d.subject = "Complaint for " + w.tenant() + ": " + subject_words(w);
    w.addresses();
    w.greeting();
    std::string intro = "I am writing for {tenant}";
    if (const std::string address = one_line_address(c.complainant.address); !address.empty())
        intro += " of " + literal(address);
    intro += ", " + std::string(row_of(c.complainant.role).of_yours) + ". I am their " + std::string(row_of(r.kind).words) + ".";
    w.say(intro);
    w.say("This is a complaint about " + std::string(row_of(c.issue.category).words) +
          ". Please deal with it at stage 1 of your complaints process.");
    complaint_body(w, false);
}

void service_request(LetterWriter& w, Document& d) {
    d.title = "Service request";
    d.subject = "Service request: " + subject_words(w);
    w.addresses();
    w.greeting();
    if (w.representative_speaks())
        w.say("I am writing for {tenant}, " + std::string(row_of(w.c().complainant.role).of_yours) + ".");
    w.say("I am asking you to put something right. This is the first time {I have|{tenant} has} asked about it.");
    w.what_happened("What needs doing");
    w.safety_request();
    hazard_duties(w);  // a hazard the law covers: its dates, and which report starts them
    w.outcome_sought("What {I would|{tenant} would} like you to do");
    w.say("Please tell me what you will do, and when.");
    if (w.representative_speaks()) w.consent_statement();
    else w.helper_note();
    w.adjustments(w.representative_speaks() ? "Help {tenant} needs" : "Help I need");
    w.enclosures();
    w.sign_off();
    const std::string service_cite = w.cite(w.policy().service_request.cite);
    w.advise("If the answer is late or does not put things right, you can then make a complaint (" + service_cite + ").");
    w.sending_advice();
}

}  // namespace redress::letters
