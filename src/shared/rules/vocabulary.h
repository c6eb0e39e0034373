#pragma once
// The closed lists a case and a policy are written in: who is complaining and who acts for them,
// what it is about, the triggers and flags a policy's rules are written in, timescale units. One
// table each (util/vocabulary.h): the word JSON uses, the words documents use, and the label and
// hint the guided flow shows ({you|the tenant} templates, filled in by wizard/pages.cpp). The case
// parser, the policy loader, the engine, the documents and the flow all read these rows, so they
// cannot disagree, and a value without a row does not compile.
#include <cstdint>
#include <optional>
#include <string_view>

#include "util/vocabulary.h"

namespace redress {

// ---- Who is complaining ----------------------------------------------------------------------

enum class Role : std::uint8_t {
    tenant, leaseholder, shared_owner, applicant, former_tenant, household_member, other, last_ = other };
// words: "shared owner"; of_yours: how a letter to the landlord introduces them.
struct RoleRow {
    Role value;
    std::string_view name, words, of_yours, label, hint;
};
inline constexpr RoleRow kRoleRows[] = {
    {Role::tenant, "tenant", "tenant", "one of your tenants", "{I rent my home|The tenant rents the home}", ""},
    {Role::leaseholder, "leaseholder", "leaseholder", "one of your leaseholders", "Leaseholder",
     "Owns the lease, for example of a flat."},
    {Role::shared_owner, "shared-owner", "shared owner", "one of your shared owners", "Shared owner",
     "Part owns and part rents."},
    {Role::applicant, "applicant", "housing applicant", "who is applying to you for a home", "Applying for a home",
     "On the waiting list or applying."},
    {Role::former_tenant, "former-tenant", "former tenant", "one of your former tenants", "Former tenant",
     "Used to rent from this landlord."},
    {Role::household_member, "household-member", "member of a tenant's household",
     "who lives in the home of one of your tenants", "Lives in the home, but is not the tenant", ""},
    {Role::other, "other", "resident", "one of your residents", "Something else", ""},
};
template <> struct Vocabulary<Role> : Rows<kRoleRows> {};

// Who acts for the tenant. `writes_for_tenant`: writes in their own name (an MP's letter) rather
// than helping the tenant write; `label` "" for a kind the flow does not offer.
enum class RepresentativeKind : std::uint8_t {
    none, relative, friend_, advocate, support_worker, advice_agency, solicitor, mp, councillor, tenant_panel,
    last_ = tenant_panel };
struct RepresentativeRow {
    RepresentativeKind value;
    std::string_view name, words, with_article, label;
    bool writes_for_tenant;
};
inline constexpr RepresentativeRow kRepresentativeRows[] = {
    {RepresentativeKind::none, "none", "representative", "a representative", "I am the tenant, and this is my complaint", false},
    {RepresentativeKind::relative, "relative", "relative", "a relative", "A relative, acting for the tenant", false},
    {RepresentativeKind::friend_, "friend", "friend", "a friend", "A friend, acting for the tenant", false},
    {RepresentativeKind::advocate, "advocate", "advocate", "an advocate", "An advocate", true},
    {RepresentativeKind::support_worker, "support-worker", "support worker", "a support worker", "A support worker", true},
    {RepresentativeKind::advice_agency, "advice-agency", "adviser", "an adviser", "An advice agency, such as Citizens Advice",
     true},
    {RepresentativeKind::solicitor, "solicitor", "solicitor", "a solicitor", "A solicitor", true},
    {RepresentativeKind::mp, "mp", "MP", "an MP", "An MP, or someone in an MP's office", true},
    {RepresentativeKind::councillor, "councillor", "local councillor", "a local councillor", "A local councillor", true},
    {RepresentativeKind::tenant_panel, "tenant-panel", "tenant panel", "a tenant panel", "", false},
};
template <> struct Vocabulary<RepresentativeKind> : Rows<kRepresentativeRows> {};

// What the tenant has given: nothing yet, their word, or their consent in writing.
enum class Consent : std::uint8_t { none, verbal, written, last_ = written };
struct ConsentRow {
    Consent value;
    std::string_view name, label, hint;
};
inline constexpr ConsentRow kConsentRows[] = {
    {Consent::none, "none", "Not yet", "Redress can write a consent form for the tenant to sign."},
    {Consent::verbal, "verbal", "Yes, but only by saying so", "Some landlords ask for it in writing."},
    {Consent::written, "written", "Yes, in writing", "A signed note, letter, email or form."},
};
template <> struct Vocabulary<Consent> : Rows<kConsentRows> {};

// What a policy asks before it deals with someone acting for the tenant: nothing; a signed
// declaration or authority; permission in writing; the tenant's consent, the form not said; to
// confirm it with the tenant itself; or the policy does not say.
enum class ConsentNeed : std::uint8_t { nothing, signed_declaration, written, consent, confirm, unclear, last_ = unclear };
struct ConsentNeedRow {
    ConsentNeed value;
    std::string_view name;
    std::string_view form;  // what the tenant gives: "a signed declaration", "written permission"
};
inline constexpr ConsentNeedRow kConsentNeedRows[] = {
    {ConsentNeed::nothing, "nothing", ""},
    {ConsentNeed::signed_declaration, "signed", "a signed declaration"},
    {ConsentNeed::written, "written", "permission in writing"},
    {ConsentNeed::consent, "consent", "their consent"},
    {ConsentNeed::confirm, "confirm", "their own confirmation"},
    {ConsentNeed::unclear, "unclear", ""},
};
template <> struct Vocabulary<ConsentNeed> : Rows<kConsentNeedRows> {};

// ---- What it is about ------------------------------------------------------------------------

// `words` complete "I am making a complaint about ..." (a template for documents/voice.h).
enum class Category : std::uint8_t {
    repairs, anti_social_behaviour, staff_conduct, rent_level, service_charge_service, insurance, data_protection,
    director, other, last_ = other };
struct CategoryRow {
    Category value;
    std::string_view name, words, label, hint;
};
inline constexpr CategoryRow kCategoryRows[] = {
    {Category::repairs, "repairs", "repairs", "Repairs", "Including damp, mould, leaks and heating."},
    {Category::anti_social_behaviour, "anti-social-behaviour", "anti-social behaviour", "Anti-social behaviour",
     "How the landlord dealt with a report about neighbours or others."},
    {Category::staff_conduct, "staff-conduct", "how staff behaved", "How staff behaved", ""},
    {Category::rent_level, "rent-or-service-charge-level", "the amount of {my|{tenant's}} rent or service charge",
     "The amount of rent or service charge", "Including a rise in the rent or the service charge."},
    {Category::service_charge_service, "service-charge-service", "a service paid for by {my|{tenant's}} service charge",
     "A service paid for by the service charge", "For example, how often shared areas are cleaned, or gardening."},
    {Category::insurance, "insurance", "an insurance matter", "Insurance", "For example, a claim for damaged belongings."},
    {Category::data_protection, "data-protection", "how {my|{tenant's}} personal information was handled",
     "Personal information",
     "How the landlord used or shared it."},
    {Category::director, "director", "a director", "A director or board member", ""},
    {Category::other, "other", "your service", "Something else", ""},
};
template <> struct Vocabulary<Category> : Rows<kCategoryRows> {};

enum class LegalProceedings : std::uint8_t { none, planned, started, last_ = started };
struct LegalProceedingsRow {
    LegalProceedings value;
    std::string_view name, label, hint;
};
inline constexpr LegalProceedingsRow kLegalProceedingsRows[] = {
    {LegalProceedings::none, "none", "No", ""},
    {LegalProceedings::planned, "planned", "Not yet, but it is planned", "For example, a solicitor has written a letter."},
    {LegalProceedings::started, "started", "Yes, a claim has been started at court", ""},
};
template <> struct Vocabulary<LegalProceedings> : Rows<kLegalProceedingsRows> {};

enum class PreviousComplaint : std::uint8_t { no, yes_open, yes_exhausted, last_ = yes_exhausted };
struct PreviousComplaintRow {
    PreviousComplaint value;
    std::string_view name, label;
};
inline constexpr PreviousComplaintRow kPreviousComplaintRows[] = {
    {PreviousComplaint::no, "no", "No"},
    {PreviousComplaint::yes_open, "yes-open", "Yes, and the complaint is still going on"},
    {PreviousComplaint::yes_exhausted, "yes-exhausted", "Yes, and it went through every stage of the complaints process"},
};
template <> struct Vocabulary<PreviousComplaint> : Rows<kPreviousComplaintRows> {};

// Reasonable adjustments: what the flow offers, and what the letter asks for.
enum class Adjustment : std::uint8_t {
    large_print, braille, interpreter, bsl, email_contact, phone_contact, more_time, breaks, last_ = breaks };
struct AdjustmentRow {
    Adjustment value;
    std::string_view name, label, request;
};
// `request` is a template for documents/voice.h: "{me|{tenant}}" is "me" in the tenant's own
// letter, and the tenant's name in a representative's.
inline constexpr AdjustmentRow kAdjustmentRows[] = {
    {Adjustment::large_print, "large-print", "Letters in large print", "Please send {me|{tenant}} letters in large print."},
    {Adjustment::braille, "braille", "Letters in braille", "Please send {me|{tenant}} letters in Braille."},
    {Adjustment::interpreter, "interpreter", "An interpreter",
     "Please give {me|{tenant}} an interpreter when you speak to {me|them}."},
    {Adjustment::bsl, "bsl", "A British Sign Language interpreter",
     "Please give {me|{tenant}} a British Sign Language (BSL) interpreter when you speak to {me|them}."},
    {Adjustment::email_contact, "email-contact", "Contact by email", "Please contact {me|{tenant}} by email."},
    {Adjustment::phone_contact, "phone-contact", "Contact by phone", "Please contact {me|{tenant}} by phone."},
    {Adjustment::more_time, "more-time", "More time to reply",
     "Please give {me|{tenant}} more time when you ask {me|them} to do something."},
    {Adjustment::breaks, "breaks", "Breaks during meetings or calls",
     "Please let {me|{tenant}} take breaks in meetings and calls."},
};
template <> struct Vocabulary<Adjustment> : Rows<kAdjustmentRows> {};

// A hazard in the home, as the tenant names it (Awaab's Law: the law's file, assets/law, says
// which of these its timescales cover, from when). `words` complete "report the ...", `kind`
// "the law's timescales cover ..."; `label` and `hint` are the flow's (the options' order on the
// page is the flow's own).
enum class Hazard : std::uint8_t { none, damp_mould, emergency, other, last_ = other };
struct HazardRow {
    Hazard value;
    std::string_view name, words, kind, label, hint;
};
inline constexpr HazardRow kHazardRows[] = {
    {Hazard::none, "none", "", "", "No", ""},
    {Hazard::damp_mould, "damp-mould", "damp and mould", "damp and mould", "Damp or mould",
     "For example, black mould on a wall or ceiling, or damp that keeps coming back."},
    {Hazard::emergency, "emergency", "danger", "emergencies", "Something dangerous that needs making safe now",
     "For example, a gas leak or exposed live wiring."},
    {Hazard::other, "other", "hazard", "other hazards", "Another hazard in the home",
     "For example, a broken stair or handrail, or no heating in cold weather."},
};
template <> struct Vocabulary<Hazard> : Rows<kHazardRows> {};

// Whether someone could be seriously hurt or made ill soon because of a hazard: the fact sheet's
// test for an emergency ("poses an imminent and significant risk of harm", any hazard of the
// rating system but crowding and space). `yes` makes any hazard an emergency (hazard_class).
enum class HazardRisk : std::uint8_t { not_asked, yes, no, not_sure, last_ = not_sure };
struct HazardRiskRow {
    HazardRisk value;
    std::string_view name, label;
};
inline constexpr HazardRiskRow kHazardRiskRows[] = {
    {HazardRisk::not_asked, "not-asked", "Not asked"},
    {HazardRisk::yes, "yes", "Yes"},
    {HazardRisk::no, "no", "No"},
    {HazardRisk::not_sure, "not-sure", "I'm not sure"},
};
template <> struct Vocabulary<HazardRisk> : Rows<kHazardRiskRows> {};

// The kind of danger in an emergency, so the first thing to do fits it: the gas emergency line
// only for gas (rules/law.h: danger_lines). `words` complete "there is ...".
enum class Danger : std::uint8_t { not_given, gas, electricity, fire_structure, water, no_heat, other, last_ = other };
struct DangerRow {
    Danger value;
    std::string_view name, words, label, hint;
};
inline constexpr DangerRow kDangerRows[] = {
    {Danger::not_given, "not-given", "a danger", "Not given", ""},
    {Danger::gas, "gas", "a smell of gas or a gas leak", "Gas", "A smell of gas, or a gas leak."},
    {Danger::electricity, "electricity", "a danger from the wiring or the sockets", "Electricity",
     "For example, bare wires, sparks, or water near sockets or lights."},
    {Danger::fire_structure, "fire-structure", "a fire risk, or something that could fall or collapse",
     "Fire, or something that could fall or collapse", "For example, a ceiling, wall, stair or handrail."},
    {Danger::water, "water", "a flood or a burst pipe", "Water", "For example, a flood or a burst pipe."},
    {Danger::no_heat, "no-heat", "no heating or hot water", "No heating or hot water",
     "For example, a broken boiler in cold weather."},
    {Danger::other, "other", "a danger", "Something else", ""},
};
template <> struct Vocabulary<Danger> : Rows<kDangerRows> {};

// ---- What a policy's rules are written in ----------------------------------------------------

// Facts about a case that can lift or soften a rule (unless, discretion_when, exceptions,
// formal_when). `words` as findings name them.
enum class Flag : std::uint8_t { disrepair, health_and_safety, safeguarding, staff_conduct, last_ = staff_conduct };
struct FlagRow {
    Flag value;
    std::string_view name, words;
};
inline constexpr FlagRow kFlagRows[] = {
    {Flag::disrepair, "disrepair", "disrepair"},
    {Flag::health_and_safety, "health-and-safety", "health and safety"},
    {Flag::safeguarding, "safeguarding", "safeguarding"},
    {Flag::staff_conduct, "staff-conduct", "staff-conduct"},
};
template <> struct Vocabulary<Flag> : Rows<kFlagRows> {};

// What can trigger a policy's exclusion. A category trigger names its category.
enum class Trigger : std::uint8_t {
    always, legal_proceedings_started, legal_proceedings_planned, insurance_claim, previous_complaint_exhausted,
    anonymous, category_anti_social_behaviour, category_staff_conduct, category_rent_level,
    category_service_charge_service, category_data_protection, category_director, first_report_anti_social_behaviour,
    last_ = first_report_anti_social_behaviour };
struct TriggerRow {
    Trigger value;
    std::string_view name;
    std::optional<Category> category;
};
inline constexpr TriggerRow kTriggerRows[] = {
    {Trigger::always, "always", {}},
    {Trigger::legal_proceedings_started, "legal-proceedings-started", {}},
    {Trigger::legal_proceedings_planned, "legal-proceedings-planned", {}},
    {Trigger::insurance_claim, "insurance-claim", {}},
    {Trigger::previous_complaint_exhausted, "previous-complaint-exhausted", {}},
    {Trigger::anonymous, "anonymous", {}},
    {Trigger::category_anti_social_behaviour, "category:anti-social-behaviour", Category::anti_social_behaviour},
    {Trigger::category_staff_conduct, "category:staff-conduct", Category::staff_conduct},
    {Trigger::category_rent_level, "category:rent-or-service-charge-level", Category::rent_level},
    {Trigger::category_service_charge_service, "category:service-charge-service", Category::service_charge_service},
    {Trigger::category_data_protection, "category:data-protection", Category::data_protection},
    {Trigger::category_director, "category:director", Category::director},
    // A first report of anti-social behaviour (`issue.first_request`), not a complaint about how
    // reports were handled (Together 2.4 excludes "Reports of ... anti-social behaviour").
    {Trigger::first_report_anti_social_behaviour, "first-report:anti-social-behaviour", {}},
};
template <> struct Vocabulary<Trigger> : Rows<kTriggerRows> {};

// What a timescale counts: working days (Monday to Friday but bank holidays), calendar days as
// a policy writes "days", months (the corresponding date), and the law's hours and weeks (Awaab's
// Law: 24 hours, 12 weeks). Counted from a day, not a moment: N hours end on the day N hours
// after the day's start would reach, so 24 hours from a report is the next calendar day, whatever
// day that is (bank holidays do not stop the clock); a week is 7 calendar days.
enum class Unit : std::uint8_t { working_days, days, months, hours, weeks, last_ = weeks };
struct UnitRow {
    Unit value;
    std::string_view name, one, many;  // "1 working day", "5 working days"
};
inline constexpr UnitRow kUnitRows[] = {
    {Unit::working_days, "working-days", "working day", "working days"},
    {Unit::days, "days", "day", "days"},
    {Unit::months, "months", "month", "months"},
    {Unit::hours, "hours", "hour", "hours"},
    {Unit::weeks, "weeks", "week", "weeks"},
};
template <> struct Vocabulary<Unit> : Rows<kUnitRows> {};

// What a policy's timescale is counted from: the day the complaint (or the stage 2 request) was
// received, its acknowledgement (the day it was logged; until then, the day it was due), the day
// the answer was due (for an extension), or the landlord's stage 1 answer (the window to ask for
// stage 2). `words` as findings say it.
// `answer_closed` and `answer_received`: a window that runs from a day on or after the stage 1
// answer that the case cannot know (ForHousing: the complaint "being closed"; Halton 10.2:
// "receiving the stage one decision letter"); counted from the answer, the earliest it can be.
enum class TimescaleFrom : std::uint8_t {
    receipt, acknowledgement, response_due, answer, answer_closed, answer_received, last_ = answer_received };
struct TimescaleFromRow {
    TimescaleFrom value;
    std::string_view name, words;
};
inline constexpr TimescaleFromRow kTimescaleFromRows[] = {
    {TimescaleFrom::receipt, "receipt", "from when the complaint reaches the landlord"},
    {TimescaleFrom::acknowledgement, "acknowledgement", "from when the landlord acknowledges it"},
    {TimescaleFrom::response_due, "response-due", "from the day the answer was due"},
    {TimescaleFrom::answer, "answer", "from the landlord's stage 1 answer"},
    {TimescaleFrom::answer_closed, "answer-closed", "from when the landlord closes the stage 1 complaint"},
    {TimescaleFrom::answer_received, "answer-received", "from when you receive the stage 1 answer"},
};
template <> struct Vocabulary<TimescaleFrom> : Rows<kTimescaleFromRows> {};

// How far a policy holds its extension to its count, in its own words: a firm limit ("will not
// exceed 20 working days"), one it may pass with good reason ("should not exceed a further ten
// days without good reason"), or one the tenant may agree to pass ("or longer only with the
// resident's agreement"). `letter` follows "That is 10 days more at most" in a letter, a template
// in both voices (documents/voice.h).
enum class ExtensionLimit : std::uint8_t { firm, good_reason, agreement, last_ = agreement };
struct ExtensionLimitRow {
    ExtensionLimit value;
    std::string_view name, letter;
};
inline constexpr ExtensionLimitRow kExtensionLimitRows[] = {
    {ExtensionLimit::firm, "firm", ""},
    {ExtensionLimit::good_reason, "good-reason", " without good reason"},
    {ExtensionLimit::agreement, "agreement", ", unless {I agree|{tenant} agrees} to longer"},
};
template <> struct Vocabulary<ExtensionLimit> : Rows<kExtensionLimitRows> {};

// What a policy's time limit runs from.
enum class TimeFrom : std::uint8_t { event, event_or_awareness, latest_contact, last_ = latest_contact };
struct TimeFromRow {
    TimeFrom value;
    std::string_view name, words;
};
inline constexpr TimeFromRow kTimeFromRows[] = {
    {TimeFrom::event, "event", "from when it happened"},
    {TimeFrom::event_or_awareness, "event-or-awareness", "from when it happened or when you became aware of it"},
    {TimeFrom::latest_contact, "latest-contact", "from when it happened, you became aware of it, or last raised it"},
};
template <> struct Vocabulary<TimeFrom> : Rows<kTimeFromRows> {};

// What a policy's exclusion does when it is triggered.
enum class ExclusionResult : std::uint8_t { excluded, discretion, info, last_ = info };
struct ExclusionResultRow {
    ExclusionResult value;
    std::string_view name;
};
inline constexpr ExclusionResultRow kExclusionResultRows[] = {
    {ExclusionResult::excluded, "excluded"}, {ExclusionResult::discretion, "discretion"}, {ExclusionResult::info, "info"}};
template <> struct Vocabulary<ExclusionResult> : Rows<kExclusionResultRows> {};

// What the Code makes of a landlord's exclusion: it allows it (Code 2.2), it conflicts with it
// (the Code's answer replaces the landlord's), or it is silent: the Code does not list it among
// its exclusions and says nothing of it, so with the Code applied the exclusion no longer shuts
// the complaint out, but whether the landlord takes it is up to the landlord (a discretion
// finding), as with HHAL 3.2's anonymous complaints.
enum class CodeStatus : std::uint8_t { allowed, conflict, silent, last_ = silent };
struct CodeStatusRow {
    CodeStatus value;
    std::string_view name;
};
inline constexpr CodeStatusRow kCodeStatusRows[] = {
    {CodeStatus::allowed, "allowed"}, {CodeStatus::conflict, "conflict"}, {CodeStatus::silent, "silent"}};
template <> struct Vocabulary<CodeStatus> : Rows<kCodeStatusRows> {};

// What a policy's fixed note says of itself.
enum class NoteResult : std::uint8_t { info, discretion, conflict, last_ = conflict };
struct NoteResultRow {
    NoteResult value;
    std::string_view name;
};
inline constexpr NoteResultRow kNoteResultRows[] = {
    {NoteResult::info, "info"}, {NoteResult::discretion, "discretion"}, {NoteResult::conflict, "conflict"}};
template <> struct Vocabulary<NoteResult> : Rows<kNoteResultRows> {};

// What a policy's own date says of it: a date to review it by, or the end of its effect.
enum class ReviewKind : std::uint8_t { review, end, last_ = end };
struct ReviewKindRow {
    ReviewKind value;
    std::string_view name, words;  // words: "was due for review by May 2026", "was in effect to Feb 2024"
};
inline constexpr ReviewKindRow kReviewKindRows[] = {
    {ReviewKind::review, "review", "was due for review by"}, {ReviewKind::end, "end", "was in effect to"}};
template <> struct Vocabulary<ReviewKind> : Rows<kReviewKindRows> {};

// Whom Awaab's Law covers, by the complainant's role (assets/law): covered (a tenancy of the kind
// s.9A covers); not covered (long leaseholders, shared owners); not living in a covered home now
// (an applicant, a former tenant); or unknown (the law covers them if the home is let on a
// social tenancy).
enum class Coverage : std::uint8_t { covered, not_covered, not_living_there, unknown, last_ = unknown };
struct CoverageRow {
    Coverage value;
    std::string_view name;
};
inline constexpr CoverageRow kCoverageRows[] = {{Coverage::covered, "covered"},
                                                {Coverage::not_covered, "not-covered"},
                                                {Coverage::not_living_there, "not-living-there"},
                                                {Coverage::unknown, "unknown"}};
template <> struct Vocabulary<Coverage> : Rows<kCoverageRows> {};

// The policy notes Redress's own wording relies on, by the rule the note names: the Code's
// provisions on asking for stage 2 (which the baseline must have), a landlord's reasonable
// adjustments (quoted in a letter that asks for them), and the Ombudsman's power to order a late
// landlord to respond (quoted in a reminder).
enum class KnownNote : std::uint8_t {
    escalation_no_reasons, reasonable_adjustments, ombudsman_orders_response, last_ = ombudsman_orders_response };
struct KnownNoteRow {
    KnownNote value;
    std::string_view name;
};
inline constexpr KnownNoteRow kKnownNoteRows[] = {{KnownNote::escalation_no_reasons, "escalation-no-reasons"},
                                                  {KnownNote::reasonable_adjustments, "reasonable-adjustments"},
                                                  {KnownNote::ombudsman_orders_response, "ombudsman-orders-response"}};
template <> struct Vocabulary<KnownNote> : Rows<kKnownNoteRows> {};

}  // namespace redress
