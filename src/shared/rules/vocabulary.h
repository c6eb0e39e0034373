#pragma once
// The words a case and a policy share: roles, kinds of representative, categories, and the
// triggers and flags a policy's rules are written in. One list each, used by the case parser,
// the policy validator and the engine, so the three cannot disagree.
#include <string_view>
#include <vector>

namespace redress::vocabulary {

inline const std::vector<std::string_view> kRoles = {
    "tenant", "leaseholder", "shared-owner", "applicant", "former-tenant", "household-member", "other"};
inline const std::vector<std::string_view> kRepresentatives = {
    "none", "relative", "friend", "advocate", "support-worker", "advice-agency", "solicitor", "mp", "councillor",
    "tenant-panel"};
inline const std::vector<std::string_view> kConsent = {"none", "verbal", "written"};
inline const std::vector<std::string_view> kCategories = {
    "repairs", "anti-social-behaviour", "staff-conduct", "rent-or-service-charge-level", "insurance",
    "data-protection", "director", "other"};
inline const std::vector<std::string_view> kLegalProceedings = {"none", "planned", "started"};
inline const std::vector<std::string_view> kPreviousComplaint = {"no", "yes-open", "yes-exhausted"};
inline const std::vector<std::string_view> kAdjustments = {
    "large-print", "braille", "interpreter", "bsl", "email-contact", "phone-contact", "more-time", "breaks"};

// What a policy's exclusion can be triggered by (Policy::Exclusion::when).
inline const std::vector<std::string_view> kTriggers = {
    "always", "legal-proceedings-started", "legal-proceedings-planned", "insurance-claim",
    "previous-complaint-exhausted", "anonymous", "category:anti-social-behaviour", "category:staff-conduct",
    "category:rent-or-service-charge-level", "category:data-protection", "category:director"};
// Facts about a case that can lift or soften a rule (unless, discretion_when, exceptions, formal_when).
inline const std::vector<std::string_view> kFlags = {"disrepair", "health-and-safety", "safeguarding",
                                                     "staff-conduct"};

}  // namespace redress::vocabulary
