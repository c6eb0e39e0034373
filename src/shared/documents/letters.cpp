#include "documents/letters.h"

#include <algorithm>

#include "documents/letter_writer.h"
#include "documents/user_text.h"
#include "rules/engine.h"
#include "rules/wording.h"

namespace redress {
namespace {

// Whether the landlord has let a stage 2 deadline pass (the engine's "overdue" findings).
bool overdue_at_stage2(const Verdict& v) {
    return std::any_of(v.findings.begin(), v.findings.end(), [](const Finding& f) {
        return f.rule.kind == RuleKind::overdue && row_of(f.rule.deadline).stage == 2;
    });
}

std::string subject_text(const Case& c) {
    const std::string summary = shorten(clean_user_line(c.issue.summary), 80);
    return summary.find_first_not_of(' ') == std::string::npos ? std::string(row_of(c.issue.category).words)
                                                                : summary;
}

// ---- the letters --------------------------------------------------------------------------

void stage1_letter(LetterWriter& w, Document& d, bool ask_discretion) {
    const Case& c = w.c();
    d.title = ask_discretion ? "Complaint, with a request to accept it late" : "Stage 1 complaint";
    d.subject = "Complaint: " + subject_text(c);
    w.addresses(false);
    w.greeting();
    w.paragraph("I am making a complaint about " + std::string(row_of(c.issue.category).words) +
                ". Please deal with it at stage 1 of your complaints process.");
    if (!w.policy().baseline)
        w.paragraph("I refer to your policy: " + w.policy().document + " (" + w.policy().date + ").");
    if (ask_discretion) {
        const auto& t = w.v().time_limit;
        const auto& limit = w.policy().time_limit;
        const Policy& code = w.code();
        const std::string limit_cite = w.cite(limit.source.cite);
        w.heading("Please accept this complaint even though it is late");
        if (!w.policy().baseline) {
            w.paragraph("Your policy's time limit is " + std::to_string(t.policy_months) + " months. It ended on " +
                        format_long_date(t.policy_ends) + " (" + limit_cite + ").");
            if (limit.discretion)
                w.paragraph("Your policy lets you accept a complaint after this time. Please do so for my complaint.");
            for (const Flag flag : limit.exceptions)
                if ((flag == Flag::safeguarding && c.issue.safeguarding) ||
                    (flag == Flag::health_and_safety && c.issue.health_and_safety))
                    w.paragraph(std::string("Your policy makes an exception where ") +
                                (flag == Flag::safeguarding ? "someone may be at risk of harm" : "health or safety is at risk") +
                                ". That is true here.");
            w.quote(limit.source.quote, limit_cite);
        }
        if (w.v().code_applies || w.policy().baseline) {
            std::string code_words = "The Housing Ombudsman's Code gives " + std::to_string(code.time_limit.months) +
                                     " months from when it happened or when I found out about it";
            if (t.code_ends) code_words += ". That ended on " + format_long_date(*t.code_ends);
            w.paragraph(code_words + ". The Code asks landlords to think about accepting a complaint after that (" +
                        code.time_limit.source.cite + ").");
            w.quote(code.time_limit.source.quote, code.time_limit.source.cite);
        }
        w.heading("Why I did not complain sooner");
        if (clean_user_text(c.issue.delay_reason).find_first_not_of(" \n") == std::string::npos)
            w.signature("Reason: ________________________________________");
        else
            w.user_paragraph(c.issue.delay_reason);
        const auto& i = c.issue;
        if (i.health_and_safety || i.safeguarding || i.disrepair)
            w.paragraph("This is about a serious problem that still matters now, so it is fair to look at it.");
    }
    w.what_happened("What happened");
    w.outcome_sought("What I want you to do");
    w.representative_note();
    w.adjustments("Help I need");
    w.timescales(1);
    w.rules_relied_on(1, true);
    w.sign_off(false);
}

void stage2_letter(LetterWriter& w, Document& d) {
    const Case& c = w.c();
    const auto& p = c.process;
    d.title = "Stage 2 request";
    d.subject = "Stage 2 request: " + subject_text(c);
    w.addresses(false);
    w.greeting();
    std::string opening = "I made a complaint";
    if (p.stage1_submitted) opening += " on " + format_long_date(*p.stage1_submitted);
    opening += p.stage1_response ? ". You sent your stage 1 answer on " + format_long_date(*p.stage1_response) + "."
                                 : ". You have not sent your stage 1 answer in time.";
    w.paragraph(opening);
    w.paragraph("I am not happy with the answer. Please take my complaint to stage 2 of your complaints process.");

    if (const Deadline* by = find_deadline(w.v(), DeadlineKey::stage2_request_by)) {
        const Date asked = p.stage2_requested.value_or(c.today);
        if (asked <= by->date)
            w.paragraph("I am asking in time: your policy gives " + wording::duration(by->count, by->unit) + ", to " + format_long_date(by->date) +
                        " (" + std::string(by->cite) + ").");
        else
            w.paragraph("Your policy asks for stage 2 requests by " + format_long_date(by->date) + " (" + std::string(by->cite) +
                        "). The Code sets no time limit for asking (" + note_cite(w.code(), KnownNote::escalation_no_reasons) +
                        "). If you refuse, you must tell me why in writing and tell me I can go to the Housing "
                        "Ombudsman (" + (w.code().refusal ? w.code().refusal->cite : std::string("Code")) + ").");
    }
    w.heading("What you have put right");
    if (clean_user_text(p.resolved).find_first_not_of(" \n") == std::string::npos)
        w.paragraph("Nothing has been put right yet.");
    else
        w.user_paragraph(p.resolved);
    w.heading("What is still not right");
    if (clean_user_text(p.unresolved).find_first_not_of(" \n") == std::string::npos) {
        w.user_paragraph(c.issue.summary);
        w.user_paragraph(c.issue.details);
    } else {
        w.user_paragraph(p.unresolved);
    }
    w.outcome_sought("What I still want you to do");
    if (clean_user_text(p.escalation_reasons).find_first_not_of(" \n") != std::string::npos) {
        w.heading("Why I am not happy with your answer");
        w.user_paragraph(p.escalation_reasons);
    }
    w.paragraph("I do not have to give reasons for asking for stage 2, and someone new must look at it (" +
                note_cite(w.code(), KnownNote::escalation_no_reasons) + ").");
    w.representative_note();
    w.adjustments("Help I need");
    w.timescales(2);
    w.rules_relied_on(2, false);
    if (const PolicyNote* n = find_note(w.code(), KnownNote::escalation_no_reasons))
        w.quote(n->source.quote, n->source.cite);  // quoted after the rules
    w.sign_off(false);
}

void service_request_note(LetterWriter& w, Document& d) {
    const Case& c = w.c();
    d.title = "Service request";
    d.subject = "Service request: " + subject_text(c);
    w.addresses(false);
    w.greeting();
    w.paragraph("I am asking you to put something right. This is the first time I have asked about it.");
    w.what_happened("What I need");
    w.outcome_sought("What I would like you to do");
    w.paragraph("Please tell me what you will do and when.");
    w.heading("If this is not put right");
    const std::string service_cite = w.cite(w.policy().service_request.cite);
    w.paragraph("Your policy treats a first request like this as a service request, not a complaint (" + service_cite + ").");
    w.quote(w.policy().service_request.quote, service_cite);
    w.paragraph("If your answer is late or does not put things right, I can make a complaint.");
    if (!w.policy().baseline) w.quote(w.code().service_request.quote, w.code().service_request.cite);
    w.representative_note();
    w.adjustments("Help I need");
    w.sign_off(false);
}

void consent_declaration(LetterWriter& w, Document& d) {
    const Case& c = w.c();
    const auto& r = c.representative;
    const std::string_view kind_words = row_of(r.kind).words;
    const std::string rep = r.name.empty() ? "my " + std::string(kind_words) : clean_user_line(r.name);
    d.title = "Consent declaration";
    d.subject = "Consent for someone to act for me";
    w.addresses(false);
    std::string who = clean_user_line(c.complainant.name);
    if (!who.empty()) w.paragraph("My name is " + who + ".");
    w.paragraph("I agree that " + rep + (r.organisation.empty() ? "" : " of " + clean_user_line(r.organisation)) +
                " can act for me in my complaint to " + w.landlord() + ". They are my " + std::string(kind_words) + ".");
    if (clean_user_line(c.issue.summary).find_first_not_of(' ') != std::string::npos) {
        w.paragraph("My complaint is about:");
        w.user_paragraph(c.issue.summary);
    }
    w.paragraph("This means " + w.landlord() + " can:");
    w.item("talk to " + rep + " about my complaint");
    w.item("share my personal details with " + rep);
    w.item("send " + rep + " copies of letters about my complaint");
    const auto& consent = w.policy().consent;
    const std::string consent_cite = w.cite(consent.source.cite);
    if (w.v().consent_required)
        w.paragraph(w.policy().baseline ? "Landlords often ask for this before they share personal information."
                                        : std::string("Your policy asks for this (") + consent_cite + ").");
    w.quote(consent.source.quote, consent_cite);
    w.paragraph("This consent lasts until my complaint is closed. I can take it back at any time by telling " +
                w.landlord() + ".");
    w.signature("Signed: ________________________________");
    w.signature("Name: " + (who.empty() ? std::string("________________________________") : who));
    w.signature("Date: ________________________________");
}

void representation_letter(LetterWriter& w, Document& d) {
    const Case& c = w.c();
    const auto& r = c.representative;
    const std::string tenant = w.tenant();
    d.title = "Letter from a representative";
    d.subject = "Complaint on behalf of " + tenant + ": " + subject_text(c);
    w.addresses(true);
    w.greeting();
    std::string intro = "I am writing on behalf of " + tenant;
    if (!c.complainant.address.empty()) intro += " of " + clean_user_line(c.complainant.address);
    intro += ", who is your " + std::string(row_of(c.complainant.role).words) + ". I am their " +
             std::string(row_of(r.kind).words) + ".";
    w.paragraph(intro);
    w.paragraph("Please treat this as a complaint at stage 1 of your complaints process.");

    w.heading("Consent");
    const auto& consent = w.policy().consent;
    const std::string consent_cite = w.cite(consent.source.cite);
    if (!w.v().consent_required)
        w.paragraph("Your policy does not ask for signed consent when " + std::string(row_of(r.kind).with_article) +
                    " acts for a tenant (" + consent_cite + "). " + tenant + " has asked me to act for them.");
    else if (consent.discretion)
        w.paragraph("Your policy does not say clearly what you need from " + tenant + " before you deal with me (" +
                    consent_cite + "). To avoid delay, their signed consent is with this letter.");
    else
        w.paragraph("Your policy asks for " + wording::possessive(tenant) + " signed consent when " +
                    std::string(row_of(r.kind).with_article) + " acts for them (" + consent_cite +
                    "). Their signed consent is with this letter.");
    w.quote(consent.source.quote, consent_cite);

    w.what_happened("What happened");
    w.outcome_sought("What " + tenant + " wants you to do");
    w.adjustments("Help " + tenant + " needs");
    w.timescales(1);
    w.rules_relied_on(1, true);
    w.sign_off(true);
}

void ombudsman_summary(LetterWriter& w, Document& d) {
    const Case& c = w.c();
    const Verdict& v = w.v();
    const auto& p = c.process;
    d.title = "Summary for the Housing Ombudsman";
    d.subject = "Complaint about " + w.landlord() + ": " + subject_text(c);
    w.heading("Summary for the Housing Ombudsman");
    w.paragraph("This is a summary of a complaint to " + w.landlord() + ".");

    w.heading("Who is complaining");
    std::string who = c.issue.anonymous ? std::string() : clean_user_text(c.complainant.name);
    if (!c.issue.anonymous && !c.complainant.address.empty()) who += (who.empty() ? "" : "\n") + clean_user_text(c.complainant.address);
    if (!who.empty()) d.blocks.push_back({Block::Type::lines, Block::Origin::user, who, ""});
    w.paragraph("Role: " + std::string(row_of(c.complainant.role).words) + " of " + w.landlord() + ".");
    if (!c.complainant.reference.empty())
        d.blocks.push_back({Block::Type::lines, Block::Origin::user, "Landlord's reference: " + clean_user_line(c.complainant.reference), ""});
    if (c.representative.kind != RepresentativeKind::none) {
        std::string rep = clean_user_line(c.representative.name);
        w.paragraph("Acting for them: " + (rep.empty() ? std::string("their ") : rep + ", their ") +
                    std::string(row_of(c.representative.kind).words) + ".");
    }

    w.heading("What the complaint is about");
    w.user_paragraph(c.issue.summary);
    w.user_paragraph(c.issue.details);
    w.outcome_sought("What they want");

    // The timeline: what happened, what was sent, what came back, and each deadline met or missed.
    struct Event {
        Date date;
        std::string text;
    };
    std::vector<Event> events;
    const auto& i = c.issue;
    events.push_back({i.event_date, i.ongoing ? "The problem happened, and it is still happening." : "The problem happened."});
    if (i.aware_date && *i.aware_date != i.event_date) events.push_back({*i.aware_date, "The tenant found out about it."});
    if (i.last_raised) events.push_back({*i.last_raised, "The tenant last raised it with " + w.landlord() + "."});
    struct Step {
        const std::optional<Date>& date;
        const char* text;
    };
    const Step steps[] = {{p.stage1_submitted, "Complaint sent (stage 1)."},
                          {p.stage1_acknowledged, "Landlord acknowledged the complaint."},
                          {p.stage1_response, "Landlord sent its stage 1 answer."},
                          {p.stage2_requested, "Stage 2 asked for."},
                          {p.stage2_acknowledged, "Landlord acknowledged the stage 2 request."},
                          {p.stage2_response, "Landlord sent its stage 2 (final) answer."}};
    for (const Step& s : steps)
        if (s.date) events.push_back({*s.date, s.text});
    for (const DeadlineKindRow& kind : Vocabulary<DeadlineKey>::rows) {
        const Deadline* dl = find_deadline(v, kind.value);
        if (dl == nullptr || kind.met_by == nullptr) continue;
        const std::optional<Date>& done = *step_meeting(p, kind.value);
        std::string text = "Deadline to " + kind_words(kind.duty, w.landlord(), c.issue.hazard) + " (" + std::string(dl->cite) + "): ";
        if (done && *done <= dl->date) text += "met, on " + format_long_date(*done) + ".";
        else if (done) text += "missed; it happened on " + format_long_date(*done) + ".";
        else if (c.today > dl->date) text += "missed; not done by " + format_long_date(c.today) + ".";
        else text += "not yet reached.";
        events.push_back({dl->date, std::move(text)});
    }
    // By date, events on the same day in the order above. At most thirteen events: an insertion
    // sort (stable, like std::stable_sort, whose merge code is 3 KB of the browser download).
    for (std::size_t next = 1; next < events.size(); ++next)
        for (std::size_t k = next; k > 0 && events[k].date < events[k - 1].date; --k) std::swap(events[k], events[k - 1]);
    w.heading("Timeline");
    for (const Event& e : events) w.item(format_long_date(e.date) + ": " + e.text);

    w.heading("What is still not put right");
    if (clean_user_text(p.unresolved).find_first_not_of(" \n") == std::string::npos)
        w.paragraph("All of the complaint above.");
    else
        w.user_paragraph(p.unresolved);
    if (clean_user_text(p.resolved).find_first_not_of(" \n") != std::string::npos) {
        w.heading("What the landlord has put right");
        w.user_paragraph(p.resolved);
    }

    bool any_conflict = false;
    for (const Finding& f : v.findings) {
        if (f.result != FindingResult::conflict) continue;
        if (!any_conflict) w.heading("Where the landlord's policy falls short of the Code");
        any_conflict = true;
        w.quote(f.quote, f.cite);
        w.paragraph(f.reason + (f.code_cite.empty() ? "" : " (" + std::string(f.code_cite) + ")"));
    }

    w.heading("Contacting the Housing Ombudsman");
    w.item("Phone: " + std::string(v.ombudsman.phone));
    w.item("Post: " + std::string(v.ombudsman.post));
    w.item("Online: " + std::string(v.ombudsman.online));
    if (const Deadline* by = find_deadline(v, DeadlineKey::ombudsman_by))
        w.paragraph("Bring the complaint to the Ombudsman by " + format_long_date(by->date) + ": " +
                    std::to_string(v.ombudsman.months) + " months after the landlord's final answer. Later is possible "
                    "only with good reasons for the delay.");
    else
        w.paragraph("The Ombudsman normally looks at a complaint after the landlord's final answer. You can ask it for "
                    "advice at any stage, and it can step in when a landlord does not answer in time (" +
                    std::string(v.ombudsman.cite) + ").");
    if (w.code().ombudsman) w.quote(w.code().ombudsman->time_limit.source.quote, v.ombudsman.cite);
}

}  // namespace

DocumentKind main_document(const Case& c, const Verdict& v) {
    if (c.process.stage2_response || overdue_at_stage2(v)) return DocumentKind::ombudsman;
    if (c.process.stage1_response) return DocumentKind::stage2;
    if (v.outcome == Outcome::service_request) return DocumentKind::service_request;
    if (v.outcome == Outcome::out_of_time || v.outcome == Outcome::out_of_time_discretion) return DocumentKind::discretion;
    if (row_of(c.representative.kind).writes_for_tenant) return DocumentKind::representation;
    return DocumentKind::stage1;
}

std::vector<DocumentKind> recommended_documents(const Case& c, const Verdict& v) {
    std::vector<DocumentKind> out = {main_document(c, v)};
    if (v.consent_required && c.representative.consent != Consent::written) out.push_back(DocumentKind::consent);
    if (has_finding(v, RuleKind::overdue) && out.front() != DocumentKind::ombudsman) out.push_back(DocumentKind::ombudsman);
    return out;
}

std::optional<std::string> unsuitable_because(DocumentKind kind, const Case& c, const Verdict& v) {
    switch (kind) {
        case DocumentKind::consent:
        case DocumentKind::representation:
            if (c.representative.kind == RepresentativeKind::none)
                return "nobody is acting for the tenant (representative.kind is \"none\")";
            return std::nullopt;
        case DocumentKind::stage2:
            if (!c.process.stage1_submitted) return "there is no stage 1 complaint yet (process.stage1_submitted is not given)";
            return std::nullopt;
        case DocumentKind::discretion: {
            const Finding* t = find_finding(v, RuleKind::time_limit);
            if (v.time_limit.in_time && (t == nullptr || t->result == FindingResult::pass))
                return "the complaint is within the time limit, so there is nothing to ask discretion for";
            return std::nullopt;
        }
        default: return std::nullopt;
    }
}

Case as_sent(DocumentKind kind, const Case& c) {
    Case sent = c;
    auto& p = sent.process;
    const bool starts_complaint = kind == DocumentKind::stage1 || kind == DocumentKind::discretion ||
                                  kind == DocumentKind::representation;
    if (starts_complaint && !p.stage1_submitted && !p.stage1_acknowledged && !p.stage1_response) p.stage1_submitted = c.today;
    if (kind == DocumentKind::stage2 && !p.stage2_requested && !p.stage2_acknowledged && !p.stage2_response)
        p.stage2_requested = c.today;
    return sent;
}

Document write_document(DocumentKind kind, const Case& c, const PolicyCatalogue& catalogue) {
    const Case sent = as_sent(kind, c);
    const Verdict v = evaluate(sent, catalogue);

    const Policy& landlord = *catalogue.find(c.landlord);
    const Policy& code = *catalogue.baseline();
    Document d;
    d.kind = kind;
    if (!landlord.baseline) d.email_to = landlord.contact.email;
    LetterWriter w(d, sent, v, landlord, code);
    switch (kind) {
        case DocumentKind::stage1: stage1_letter(w, d, false); break;
        case DocumentKind::discretion: stage1_letter(w, d, true); break;
        case DocumentKind::stage2: stage2_letter(w, d); break;
        case DocumentKind::service_request: service_request_note(w, d); break;
        case DocumentKind::consent: consent_declaration(w, d); break;
        case DocumentKind::representation: representation_letter(w, d); break;
        case DocumentKind::ombudsman:
            d.email_to.clear();  // the Ombudsman takes new enquiries through its online form
            ombudsman_summary(w, d);
            break;
    }

    // Advice for the sender, shown beside the document.
    if (kind == DocumentKind::ombudsman) {
        d.how_to_send.push_back("Send this to the Housing Ombudsman with copies of your complaint and the landlord's answers. "
                                "Phone " + std::string(v.ombudsman.phone) + " or use " + std::string(v.ombudsman.online) + ".");
    } else if (kind == DocumentKind::consent) {
        d.how_to_send.push_back("Print this, sign and date it, and send it with the complaint. A photo of the signed page is "
                                "usually fine by email.");
    } else {
        if (!landlord.contact.note.empty()) d.how_to_send.push_back(landlord.contact.note);
        d.how_to_send.push_back("Keep a copy of what you send and write down the date you sent it.");
        if (v.consent_required && kind != DocumentKind::service_request)
            d.how_to_send.push_back("Send the signed consent declaration with it.");
    }
    return d;
}

}  // namespace redress
