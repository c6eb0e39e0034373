#include "documents/letters.h"

#include <algorithm>

#include "documents/letter_kinds.h"
#include "documents/letter_writer.h"
#include "rules/engine.h"

namespace redress {
namespace {

// Whether the landlord is late at `stage` (the engine's overdue findings).
bool overdue_at(const Verdict& v, int stage) {
    return std::any_of(v.findings.begin(), v.findings.end(), [stage](const Finding& f) {
        return f.rule.kind == RuleKind::overdue && row_of(f.rule.deadline).stage == stage;
    });
}

// Whether even the longest extension at `stage` has passed with no answer.
bool past_every_extension(const Verdict& v, int stage) {
    return std::any_of(v.findings.begin(), v.findings.end(), [stage](const Finding& f) {
        return f.rule.kind == RuleKind::overdue && row_of(f.rule.deadline).stage == stage &&
               row_of(f.rule.deadline).part == StagePart::extension;
    });
}

// Who a document speaks for: the tenant in their own complaint and consent; someone who writes in
// their own name (an MP, an adviser...) in everything else they send; otherwise the tenant.
Speaker speaker_for(DocumentKind kind, const Case& c) {
    if (kind == DocumentKind::stage1 || kind == DocumentKind::consent) return Speaker::tenant;
    if (kind == DocumentKind::representation) return Speaker::representative;
    return row_of(c.representative.kind).writes_for_tenant ? Speaker::representative : Speaker::tenant;
}

}  // namespace

std::vector<const Deadline*> overdue_hazard_duties(const Case& c, const Verdict& v) {
    std::vector<const Deadline*> out;
    for (const DeadlineKey key : {DeadlineKey::hazard_emergency, DeadlineKey::hazard_safety_work,
                                  DeadlineKey::hazard_investigate, DeadlineKey::hazard_summary,
                                  DeadlineKey::hazard_further_work_start}) {
        const Deadline* d = find_deadline(v, key);
        if (d == nullptr || !(c.today > d->date)) continue;
        if (const std::optional<Date>* done = step_meeting(c.process, key); done && *done) continue;
        out.push_back(d);
    }
    return out;
}

namespace {

// The complaint's own document, by where it stands: after the final answer (or none, even with
// every extension), the Ombudsman; where the landlord is late, a reminder; after a stage 1
// answer, stage 2; otherwise by outcome.
DocumentKind complaint_document(const Case& c, const Verdict& v) {
    if (c.process.stage2_response || past_every_extension(v, 2)) return DocumentKind::ombudsman;
    if (overdue_at(v, 2) || (overdue_at(v, 1) && !c.process.stage1_response && !c.process.stage2_requested))
        return DocumentKind::chaser;
    if (c.process.stage1_response) return DocumentKind::stage2;
    if (v.outcome == Outcome::service_request) return DocumentKind::service_request;
    if (v.outcome == Outcome::out_of_time || v.outcome == Outcome::out_of_time_discretion) return DocumentKind::discretion;
    if (row_of(c.representative.kind).writes_for_tenant) return DocumentKind::representation;
    return DocumentKind::stage1;
}

}  // namespace

DocumentKind main_document(const Case& c, const Verdict& v) {
    // Danger first: a duty of the law's that is overdue, a reminder that names it; an emergency, its
    // report. Then the complaint's own document.
    if (!overdue_hazard_duties(c, v).empty()) return DocumentKind::chaser;
    if (hazard_class(c.issue) == Hazard::emergency && !unsuitable_because(DocumentKind::hazard_report, c, v))
        return DocumentKind::hazard_report;
    return complaint_document(c, v);
}

std::vector<DocumentKind> recommended_documents(const Case& c, const Verdict& v) {
    const DocumentKind main = main_document(c, v);
    std::vector<DocumentKind> out = {main};
    // Danger first, then the complaint's own document as well: the law's dates and the complaint
    // run side by side.
    if (const DocumentKind complaint = complaint_document(c, v); complaint != main) out.push_back(complaint);
    // A hazard the law covers: its report first, as its timescales are the shortest; after the
    // reminder where one of the law's duties is already overdue (the reminder leads then).
    if (main != DocumentKind::hazard_report && !unsuitable_because(DocumentKind::hazard_report, c, v)) {
        if (main == DocumentKind::chaser && !overdue_hazard_duties(c, v).empty()) out.push_back(DocumentKind::hazard_report);
        else out.insert(out.begin(), DocumentKind::hazard_report);
    }
    const auto add = [&out](DocumentKind kind) {
        if (std::find(out.begin(), out.end(), kind) == out.end()) out.push_back(kind);
    };
    if (v.consent_required && c.representative.consent != Consent::written) add(DocumentKind::consent);
    // No stage 1 answer even with every extension: the tenant may ask for stage 2 instead of waiting.
    if (past_every_extension(v, 1) && !c.process.stage1_response && !c.process.stage2_requested) add(DocumentKind::stage2);
    if (overdue_at(v, 1) || overdue_at(v, 2)) add(DocumentKind::ombudsman);
    return out;
}

std::string_view why_recommended(DocumentKind kind, const Case& c, const Verdict& v) {
    if (kind == main_document(c, v) || kind == complaint_document(c, v)) {
        switch (kind) {
            case DocumentKind::ombudsman:
                return c.process.stage2_response ? "The landlord's complaints process has ended, so the next step is the "
                                                   "Housing Ombudsman. Send this summary with the landlord's answers."
                                                 : "The landlord's final answer is late, even with the longest extension, so "
                                                   "the next step is the Housing Ombudsman.";
            case DocumentKind::chaser:
                if (!overdue_hazard_duties(c, v).empty())
                    return "The landlord is late with what Awaab's Law says it must do. This reminder names each date it "
                           "missed, most urgent first.";
                return "The landlord is late. This short reminder asks for an answer within 5 working days.";
            case DocumentKind::stage2: return "You have the stage 1 answer. This asks for stage 2.";
            case DocumentKind::service_request:
                return "This is the first time you have asked, so the landlord can put it right as a service request first.";
            case DocumentKind::hazard_report:
                return "Send this first, today, after you have phoned. It reports the danger in writing under Awaab's Law.";
            case DocumentKind::discretion: return "The complaint is outside the time limit. This asks the landlord to accept it.";
            case DocumentKind::representation: return "This makes the complaint, written by the person acting for the tenant.";
            default: return "This makes the complaint at stage 1.";
        }
    }
    switch (kind) {
        case DocumentKind::consent: {
            // As the consent finding reads the policy: it asks, it will check, or it does not say.
            const Finding* f = find_finding(v, RuleKind::consent);
            if (f != nullptr && f->result == FindingResult::discretion)
                return "The landlord's policy does not say clearly what consent it needs. The tenant's signed consent "
                       "avoids delay.";
            return "The landlord's policy asks for the tenant's consent, or will check it, before it deals with someone "
                   "acting for them. The tenant's signed consent saves a step.";
        }
        case DocumentKind::stage2:
            return "No stage 1 answer came, even with the longest extension, so you can ask for stage 2 instead of waiting.";
        case DocumentKind::ombudsman: return "The landlord is late, so you can also ask the Housing Ombudsman to step in.";
        case DocumentKind::hazard_report:
            return "Send this first. It reports the hazard in writing under Awaab's Law, and asks for the work by the "
                   "dates the law sets.";
        default: return "This goes with the main document.";
    }
}

std::optional<std::string> unsuitable_because(DocumentKind kind, const Case& c, const Verdict& v) {
    switch (kind) {
        case DocumentKind::consent:
        case DocumentKind::representation:
            if (c.representative.kind == RepresentativeKind::none)
                return "nobody is acting for the tenant (representative.kind is \"none\")";
            return std::nullopt;
        case DocumentKind::stage2:
            if (c.process.stage2_response)
                return "the landlord has given its final answer (process.stage2_response is given), so its complaints "
                       "process has ended: the next step is the Housing Ombudsman";
            if (!c.process.stage1_submitted) return "there is no stage 1 complaint yet (process.stage1_submitted is not given)";
            return std::nullopt;
        case DocumentKind::stage1:
            if (c.process.stage2_response)
                return "the landlord has given its final answer (process.stage2_response is given), so its complaints "
                       "process has ended: the next step is the Housing Ombudsman";
            if (c.process.stage1_response)
                return "the landlord has answered at stage 1 (process.stage1_response is given): the next step is stage 2";
            return std::nullopt;
        case DocumentKind::service_request:
            if (!c.issue.first_request)
                return "a service request is for the first time the tenant asks (issue.first_request is false)";
            return std::nullopt;
        case DocumentKind::chaser:
            if (!overdue_at(v, 1) && !overdue_at(v, 2) && overdue_hazard_duties(c, v).empty())
                return "nothing the landlord had to do is late yet";
            return std::nullopt;
        case DocumentKind::hazard_report:
            if (hazard_class(c.issue) == Hazard::none) return "no hazard is named (issue.hazard is \"none\")";
            if (!v.awaabs_law) {
                const Finding* why = find_finding(v, RuleKind::awaabs_law);
                return "Awaab's Law's timescales do not apply to this case" +
                       (why ? " (" + why->rule.name() + ": " + why->reason + ")" : std::string());
            }
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

Case as_sent(DocumentKind kind, const Case& c, const PolicyCatalogue& catalogue) {
    Case sent = c;
    auto& p = sent.process;
    const bool starts_complaint = kind == DocumentKind::stage1 || kind == DocumentKind::discretion ||
                                  kind == DocumentKind::representation;
    if (starts_complaint && !p.stage1_submitted && !p.stage1_acknowledged && !p.stage1_response) p.stage1_submitted = c.today;
    if (kind == DocumentKind::stage2 && !p.stage2_requested && !p.stage2_acknowledged && !p.stage2_response)
        p.stage2_requested = c.today;
    // Telling the landlord of the hazard in writing starts the law's clock beyond doubt.
    // Only where the case shows no report on or after the law began (hazard_clock): then this
    // letter is the report that starts the clock, and its dates count from the day it is sent.
    const Law* law = catalogue.law();
    const LawPhase* phase = law ? law->phase_for(hazard_class(c.issue), c.today) : nullptr;
    const bool tells = starts_complaint || kind == DocumentKind::hazard_report || kind == DocumentKind::service_request;
    if (tells && phase != nullptr && !hazard_clock(c, *law)) sent.issue.hazard_reported = c.today;
    return sent;
}

Document write_document(DocumentKind kind, const Case& c, const PolicyCatalogue& catalogue) {
    const Case sent = as_sent(kind, c, catalogue);
    const Verdict v = evaluate(sent, catalogue);
    const Policy& landlord = *catalogue.find(c.landlord);
    const Policy& code = *catalogue.baseline();
    Document d;
    d.kind = kind;
    d.speaker = speaker_for(kind, c);
    d.reader = kind == DocumentKind::ombudsman ? Reader::ombudsman : Reader::landlord;
    // The Ombudsman takes new enquiries through its online form, not by email.
    if (!landlord.baseline && d.reader == Reader::landlord) d.email_to = landlord.contact.email;
    const bool told_by_sending = c.issue.hazard_reported != sent.issue.hazard_reported;
    LetterWriter w(d, sent, v, landlord, code, catalogue.law(), told_by_sending, c.issue.hazard_reported);
    switch (kind) {
        case DocumentKind::stage1: letters::complaint(w, d, false); break;
        case DocumentKind::discretion: letters::complaint(w, d, true); break;
        case DocumentKind::representation: letters::representation(w, d); break;
        case DocumentKind::service_request: letters::service_request(w, d); break;
        case DocumentKind::stage2: letters::stage2_request(w, d); break;
        case DocumentKind::chaser: letters::chaser(w, d); break;
        case DocumentKind::hazard_report: letters::hazard_report(w, d); break;
        case DocumentKind::consent: letters::consent_declaration(w, d); break;
        case DocumentKind::ombudsman: letters::ombudsman_summary(w, d); break;
    }
    // An emergency: what to do now leads "Before you send", in every document.
    if (hazard_class(c.issue) == Hazard::emergency && catalogue.law() != nullptr) {
        std::vector<std::string> now = danger_lines(*catalogue.law(), danger_of(c.issue), w.landlord());
        // How it goes, for what the landlord reads; the Ombudsman's summary has its own way (the
        // repairs line above already tells the landlord).
        if (d.reader == Reader::landlord)
            now.push_back("Report the danger by phone first. Then send this by email or by hand, not by post: a posted "
                          "letter cannot arrive in time.");
        d.how_to_send.insert(d.how_to_send.begin(), now.begin(), now.end());
    }
    return d;
}

}  // namespace redress
