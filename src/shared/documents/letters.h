#pragma once
// The documents a tenant can send, each written from the verdict of the rules engine: which ones
// suit a case, and writing each one (docs/documents.md).
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "documents/document.h"
#include "rules/case.h"
#include "rules/policy_catalogue.h"
#include "rules/verdict.h"

namespace redress {

// The document the verdict calls for first. Danger first: a reminder where one of Awaab's Law's
// duties is overdue, the hazard report in an emergency. Then the Ombudsman summary once the
// landlord's process has ended, a reminder where the landlord is late, a stage 2 request after a
// stage 1 answer, otherwise by outcome (a complaint, a request for discretion, or a service request).
DocumentKind main_document(const Case& c, const Verdict& v);

// Awaab's Law's duties whose dates have passed and that the case does not show done, most urgent
// first: the emergency, the safety work, the investigation, the summary, the further work.
std::vector<const Deadline*> overdue_hazard_duties(const Case& c, const Verdict& v);

// The main document and whatever must go with it: the consent declaration when consent is
// required and not yet held in writing; a stage 2 request when no stage 1 answer came even with
// the longest extension; and the Ombudsman summary when a response is late.
std::vector<DocumentKind> recommended_documents(const Case& c, const Verdict& v);

// Why a recommended document is offered, said to whoever uses Redress (the tenant, or someone
// acting for them): the main document says where the case stands; the others say why they go with it.
std::string_view why_recommended(DocumentKind kind, const Case& c, const Verdict& v);

// Why `kind` does not fit this case ("there is no representative to give consent to"), or
// nullopt when it does.
std::optional<std::string> unsuitable_because(DocumentKind kind, const Case& c, const Verdict& v);

// The case as it will be once `kind` is sent today: a complaint letter gives stage1_submitted,
// a stage 2 request gives stage2_requested, where the case has no dates for that stage yet; a
// letter that tells the landlord of a hazard Awaab's Law covers (the hazard report, a complaint)
// gives hazard_reported, where the case shows no report on or after the law's phase began
// (rules/engine.h: hazard_clock).
Case as_sent(DocumentKind kind, const Case& c, const PolicyCatalogue& catalogue);

// Writes one document. Letters count the landlord's timescales from the day they are sent: the
// dates in the case where it has them, otherwise the case's "today".
Document write_document(DocumentKind kind, const Case& c, const PolicyCatalogue& catalogue);

}  // namespace redress
