#include "wizard/pages.h"

#include <algorithm>
#include <array>

#include "rules/case_fields.h"
#include "rules/engine.h"
#include "wizard/answers.h"
#include "wizard/page_templates.h"
#include "rules/wording.h"

namespace redress::wizard {
namespace {

// The question pages are data: every text below is a template. "{you|the tenant}" reads the
// first choice for a tenant answering for themselves and the second for someone acting for them;
// "{landlord}", "{landlord's}", "{representative}" and "{no-reasons-cite}" are filled in from the
// answers (see TemplateWords). So each page's wording is read in one place, as the reader will see it.
// Options of a closed list take their words from its row (rules/vocabulary.h, pages.h).

constexpr int kShortText = int(redress::kShortText);  // as the case allows (rules/case_fields.h)
constexpr int kLongText = int(redress::kLongText);

template <typename E>
constexpr OptionSpec option(E value) {
    const auto& row = row_of(value);
    if constexpr (requires { row.exclusive; }) return {row.name, row.label, row.hint, row.exclusive};
    else if constexpr (requires { row.hint; }) return {row.name, row.label, row.hint};
    else return {row.name, row.label};
}
// Every value of a closed list, in its order.
template <typename E, std::size_t... I>
constexpr auto options_of(std::index_sequence<I...>) {
    return std::array<OptionSpec, sizeof...(I)>{option(Vocabulary<E>::rows[I].value)...};
}
template <typename E>
constexpr auto all_options() {
    return options_of<E>(std::make_index_sequence<std::size(Vocabulary<E>::rows)>());
}

// Which hazard the answers name (the access question is asked only when one is).
Hazard hazard_of(const Answers& a) { return parse_name<Hazard>(answer(a, "issue.hazard")).value_or(Hazard::none); }
bool hazard_named(const Answers& a) { return hazard_of(a) != Hazard::none; }
// The hazard as the law treats it (rules/case.h: hazard_class): something dangerous, or any
// hazard that could seriously hurt someone or make them ill soon, is an emergency.
bool emergency_named(const Answers& a) {
    const Hazard h = hazard_of(a);
    return h == Hazard::emergency ||
           (h != Hazard::none && parse_name<HazardRisk>(answer(a, "issue.hazard_risk")) == HazardRisk::yes);
}

constexpr auto kYesNo = all_options<YesNo>();
constexpr OptionSpec kWho[] = {
    option(RepresentativeKind::none),         option(RepresentativeKind::relative),
    option(RepresentativeKind::friend_),      option(RepresentativeKind::advocate),
    option(RepresentativeKind::support_worker), option(RepresentativeKind::advice_agency),
    option(RepresentativeKind::solicitor),    option(RepresentativeKind::mp),
    option(RepresentativeKind::councillor),
};
constexpr OptionSpec kConsent[] = {option(Consent::written), option(Consent::verbal), option(Consent::none)};
// The landlords come from the catalogue (page_spec puts them first); this is the last option.
constexpr OptionSpec kAnotherLandlord[] = {
    {kBaselinePolicyId, "Another landlord in England",
     "Redress will use the Housing Ombudsman's Complaint Handling Code, which every social landlord in England "
     "must follow."},
};
constexpr auto kRole = all_options<Role>();
constexpr auto kCategory = all_options<Category>();
// The hazards the law covers first, then another hazard, "No" last.
constexpr OptionSpec kHazard[] = {option(Hazard::damp_mould), option(Hazard::emergency), option(Hazard::other),
                                  option(Hazard::none)};
// Whether someone could be hurt soon: yes, no, not sure ("not asked" is the case's own default).
constexpr OptionSpec kHazardRisk[] = {option(HazardRisk::yes), option(HazardRisk::no), option(HazardRisk::not_sure)};
// The kinds of danger, gas first ("not given" is the case's own default).
constexpr OptionSpec kDanger[] = {option(Danger::gas),   option(Danger::electricity), option(Danger::fire_structure),
                                  option(Danger::water), option(Danger::no_heat),     option(Danger::other)};
constexpr auto kCircumstances = all_options<Circumstance>();
constexpr auto kLegalAction = all_options<LegalProceedings>();
constexpr auto kPreviousComplaint = all_options<PreviousComplaint>();
constexpr auto kProgress = all_options<Progress>();
constexpr auto kAdjustments = all_options<Adjustment>();

constexpr QuestionSpec kWhoQuestion[] = {
    {"representative.kind", FieldType::radio, "Who is filling this in?", "", "Select who is filling this in", kWho},
};
constexpr QuestionSpec kRepresentativeQuestions[] = {
    {"representative.name", FieldType::text, "Your full name", "", "Enter your full name", {}, kShortText, "name"},
    {"representative.organisation", FieldType::text, "Organisation or office (optional)",
     "For example, the name of the advice agency or the MP's office.", "", {}, kShortText, "organization"},
    {"representative.email", FieldType::email, "Your email address (optional)", "", "", {}, kShortText, "email"},
    {"representative.phone", FieldType::tel, "Your phone number (optional)", "", "", {}, 100, "tel"},
    {"representative.reference", FieldType::text, "Your reference for this case (optional)",
     "It goes at the top of the letters, so replies reach the right case.", "", {}, 200},
};
constexpr QuestionSpec kConsentQuestion[] = {
    {"representative.consent", FieldType::radio, "Has the tenant agreed to you acting for them?", "",
     "Select whether the tenant has agreed to you acting for them", kConsent},
};
constexpr QuestionSpec kLandlordQuestion[] = {
    {"landlord", FieldType::radio, "Who is {your|the tenant's} landlord?", "", "Select {your|the tenant's} landlord",
     kAnotherLandlord},
};
constexpr QuestionSpec kLandlordNameQuestion[] = {
    {"landlord_name", FieldType::text, "What is the landlord called?", "As it appears on the tenancy agreement or rent letters.",
     "Enter the landlord's name", {}, kShortText, "organization"},
};
constexpr QuestionSpec kRoleQuestion[] = {
    {"complainant.role", FieldType::radio, "Which of these best describes {you|the tenant}?", "",
     "Select what best describes {you|the tenant}", kRole},
};
constexpr QuestionSpec kCategoryQuestion[] = {
    {"issue.category", FieldType::radio, "What is the complaint about?", "", "Select what the complaint is about", kCategory},
};
constexpr QuestionSpec kHazardQuestion[] = {
    {"issue.hazard", FieldType::radio, "Is it damp or mould, or something dangerous that needs making safe now?",
     "The law gives landlords fixed times to deal with some of these.",
     "Select whether it is damp or mould, something dangerous, another hazard, or none of these", kHazard},
};
// The fact sheet's test for an emergency, in plain words: an imminent and significant risk of harm.
constexpr QuestionSpec kHazardRiskQuestion[] = {
    {"issue.hazard_risk", FieldType::radio, "Could someone be seriously hurt or made ill soon because of it?",
     "For example, a child with asthma in a room with mould, no heating for someone old or ill in cold weather, or "
     "a loose handrail on the stairs.",
     "Select yes if someone could be seriously hurt or made ill soon", kHazardRisk},
};
constexpr QuestionSpec kDangerQuestion[] = {
    {"issue.danger", FieldType::radio, "What kind of danger is it?", "So Redress can tell you who to call first.",
     "Select what kind of danger it is", kDanger},
};
// {hazard-lead}: for something dangerous, what to do first (the law's emergency numbers).
constexpr QuestionSpec kHazardReportedQuestion[] = {
    {"issue.hazard_reported", FieldType::date, "When did {you|the tenant} first tell {landlord} about it? (optional)",
     "{hazard-lead}A call, email, visit or letter. Leave this blank if {landlord} has not been told yet.", "", {}, 0, "",
     "the date {you|the tenant} first told {landlord}"},
};
constexpr QuestionSpec kHazardInvestigatedQuestion[] = {
    {"process.hazard_investigated", FieldType::date, "When did {landlord} {hazard-done}? (optional)",
     "{hazard-done-hint}Leave this blank if it has not.", "", {}, 0, "", "the date {landlord} {hazard-done-past}"},
};
constexpr QuestionSpec kFirstRequestQuestion[] = {
    {"issue.first_request", FieldType::radio,
     "Is this the first time {you|the tenant} {have|has} asked {landlord} to deal with this?",
     "For example, the first time reporting a repair.",
     "Select yes if this is the first time {you|the tenant} {have|has} asked", kYesNo},
};
constexpr QuestionSpec kEventDateQuestion[] = {
    {"issue.event_date", FieldType::date, "When did it happen?",
     "If it happened more than once, give the latest time. For example, 27 3 2025.", "Enter the date it happened",
     {}, 0, "", "the date it happened"},
};
constexpr QuestionSpec kOngoingQuestion[] = {
    {"issue.ongoing", FieldType::radio, "Is it still happening?", "", "Select yes if it is still happening", kYesNo},
};
constexpr QuestionSpec kAwareDateQuestion[] = {
    {"issue.aware_date", FieldType::date, "When did {you|the tenant} find out about it? (optional)",
     "Only if {you|the tenant} found out later than it happened. Leave this blank otherwise.", "", {}, 0, "",
     "the date {you|the tenant} found out"},
};
constexpr QuestionSpec kLastRaisedQuestion[] = {
    {"issue.last_raised", FieldType::date, "When did {you|the tenant} last raise it with {landlord}? (optional)",
     "A call, email, visit or letter about this problem.", "", {}, 0, "", "the date {you|the tenant} last raised it"},
};
constexpr QuestionSpec kCircumstancesQuestion[] = {
    {"circumstances", FieldType::checkboxes, "Do any of these apply?", "Select all that apply.",
     "Select all that apply, or select none of these", kCircumstances},
};
constexpr QuestionSpec kLegalActionQuestion[] = {
    {"issue.legal_proceedings", FieldType::radio, "Has anyone taken legal action about this?", "",
     "Select whether anyone has taken legal action", kLegalAction},
};
constexpr QuestionSpec kPreviousComplaintQuestion[] = {
    {"issue.previously_complained", FieldType::radio, "{Have|Has} {you|the tenant} complained to {landlord} about this before?",
     "", "Select whether {you|the tenant} {have|has} complained about this before", kPreviousComplaint},
};
constexpr QuestionSpec kProgressQuestion[] = {
    {"progress", FieldType::radio, "Where are {you|they} in the complaints process?", "",
     "Select where {you are|they are} in the complaints process", kProgress},
};
// All six dates, then the landlord's reference; the page shows the dates the "progress" answer
// calls for (process_dates_for).
constexpr QuestionSpec kProcessDateQuestions[] = {
    {"process.stage1_submitted", FieldType::date, "When was the complaint made?", "", "Enter the date the complaint was made",
     {}, 0, "", "the date the complaint was made"},
    {"process.stage1_acknowledged", FieldType::date, "When did {landlord} acknowledge it? (optional)",
     "Leave this blank if it has not.", "", {}, 0, "", "the date it was acknowledged"},
    {"process.stage1_extension_notified", FieldType::date,
     "Did {landlord} write to say it needed more time? If so, when? (optional)",
     "Only a letter or email giving its reasons and a new date counts. Leave this blank if it did not.", "", {}, 0, "",
     "the date it wrote to say it needed more time"},
    {"process.stage1_response", FieldType::date, "When did {landlord} answer at stage 1?", "",
     "Enter the date of the stage 1 answer", {}, 0, "", "the date of the stage 1 answer"},
    {"process.stage2_requested", FieldType::date, "When was stage 2 asked for?", "", "Enter the date stage 2 was asked for", {},
     0, "", "the date stage 2 was asked for"},
    {"process.stage2_acknowledged", FieldType::date, "When did {landlord} acknowledge the stage 2 request? (optional)",
     "Leave this blank if it has not.", "", {}, 0, "", "the date the stage 2 request was acknowledged"},
    {"process.stage2_extension_notified", FieldType::date,
     "Did {landlord} write to say it needed more time for its final answer? If so, when? (optional)",
     "Only a letter or email giving its reasons and a new date counts. Leave this blank if it did not.", "", {}, 0, "",
     "the date it wrote to say it needed more time at stage 2"},
    {"process.stage2_response", FieldType::date, "When did {landlord} give its final answer?", "",
     "Enter the date of the final answer", {}, 0, "", "the date of the final answer"},
    {"process.complaint_reference", FieldType::text, "{landlord's} reference for the complaint (optional)",
     "If {landlord} gave one, it is on its letters and emails about the complaint.", "", {}, 200},
};
constexpr QuestionSpec kYourDetailsQuestions[] = {
    {"complainant.name", FieldType::text, "Full name", "", "Enter the full name", {}, kShortText, "{name|off}"},
    {"complainant.address", FieldType::textarea, "Address (optional)", "", "", {}, kShortText * 2, "{street-address|off}"},
    {"complainant.email", FieldType::email, "Email address (optional)", "", "", {}, kShortText, "{email|off}"},
    {"complainant.phone", FieldType::tel, "Phone number (optional)", "", "", {}, 100, "{tel|off}"},
    {"complainant.reference", FieldType::text, "Tenancy or account reference (optional)",
     "It is on rent statements and letters from {landlord}.", "", {}, 200},
    {"issue.access", FieldType::textarea, "When can someone come to look at the problem? (optional)",
     "For example, weekday mornings, or any time after 3pm. If this is blank, the letter asks {landlord} to arrange a "
     "time.",
     "", {}, kShortText, "", "", hazard_named},
};
constexpr QuestionSpec kComplaintDetailsQuestions[] = {
    {"issue.summary", FieldType::text, "What is the complaint about, in one sentence?",
     "For example, the kitchen ceiling has leaked since March.", "Enter what the complaint is about", {}, kShortText},
    {"issue.details", FieldType::textarea, "What happened? (optional)",
     "Dates, who {you|the tenant} spoke to, and how it affects {you|them}.", "", {}, kLongText},
    {"issue.outcome_sought", FieldType::textarea, "What should {landlord} do to put things right?",
     "For example, repair the roof by a set date, and an apology.",
     "Enter what {landlord} should do to put things right", {}, kLongText},
    {"issue.enclosures", FieldType::textarea, "What will {you|they} send with the letter? (optional)",
     "One thing a line: for example, photos of the damp, a letter from a GP, or earlier emails. Send copies, not "
     "originals.", "", {}, kLongText},
    {"issue.delay_reason", FieldType::textarea, "If the complaint is late, why? (optional)",
     "For example, illness, or waiting for the landlord to act. A landlord can accept a late complaint for a good "
     "reason.",
     "", {}, kLongText},
};
constexpr QuestionSpec kEscalationDetailsQuestions[] = {
    {"process.resolved", FieldType::textarea, "What has {landlord} put right? (optional)", "", "", {}, kLongText},
    {"process.unresolved", FieldType::textarea, "What is still not put right? (optional)",
     "Leave blank if none of it has been put right.", "", {}, kLongText},
    {"process.escalation_reasons", FieldType::textarea, "Why is the answer not good enough? (optional)",
     "The Code says {you do not|the tenant does not} have to give reasons to go to stage 2 ({no-reasons-cite}).", "",
     {}, kLongText},
};
constexpr QuestionSpec kAdjustmentsQuestion[] = {
    {"adjustments", FieldType::checkboxes, "{Do you|Does the tenant} need anything to make contact easier? (optional)",
     "Select all that apply. The letter will ask {landlord} for them.", "", kAdjustments},
};

bool acting_for_someone(const Answers& a) {
    const std::string kind = answer(a, "representative.kind");
    return !kind.empty() && kind != name_of(RepresentativeKind::none);
}

// When each page applies (the page table's `applies`).
bool always(const FlowState&) { return true; }
bool never(const FlowState&) { return false; }
bool for_representative(const FlowState& s) { return acting_for_someone(s.answers); }
bool another_landlord(const FlowState& s) { return answer(s.answers, "landlord") == kBaselinePolicyId; }
bool has_process_dates(const FlowState& s) { return !process_dates_for(answer(s.answers, "progress")).empty(); }
bool answered(const FlowState& s) {
    const auto progress = parse_name<Progress>(answer(s.answers, "progress"));
    return progress && row_of(*progress).answered;
}
// The date the tenant found out, and the date it was last raised, are asked only when they could
// change whether the complaint is in time (rules/engine.h); until the case can be read, they are.
// The hazard question is for a problem with the home: repairs, or something else.
bool about_the_home(const FlowState& s) {
    const auto category = parse_name<Category>(answer(s.answers, "issue.category"));
    return category == Category::repairs || category == Category::other;
}
bool hazard_page(const FlowState& s) { return about_the_home(s) && hazard_named(s.answers); }
// Whether someone could be hurt soon: for damp and mould and other hazards (something dangerous
// is an emergency already).
bool risk_page(const FlowState& s) {
    const Hazard h = hazard_of(s.answers);
    return about_the_home(s) && (h == Hazard::damp_mould || h == Hazard::other);
}
// The kind of danger, in an emergency other than damp and mould, so the first call fits it.
bool danger_page(const FlowState& s) {
    return about_the_home(s) && emergency_named(s.answers) && hazard_of(s.answers) != Hazard::damp_mould;
}
// When the landlord finished looking into it (damp and mould: its dates count from then) or made
// it safe (an emergency: its 24 hours are met): a hazard it has been told of.
bool hazard_told(const FlowState& s) {
    return about_the_home(s) && (hazard_of(s.answers) == Hazard::damp_mould || emergency_named(s.answers)) &&
           !date_answer(s.answers, "issue.hazard_reported").empty();
}
bool awareness_matters(const FlowState& s) {
    const auto c = case_so_far(s.answers, s.catalogue, s.today);
    return !c || awareness_can_matter(*c, s.catalogue);
}
bool last_raised_matters(const FlowState& s) {
    const auto c = case_so_far(s.answers, s.catalogue, s.today);
    return !c || last_raised_can_matter(*c, s.catalogue);
}

}  // namespace

using K = PageKind;
constexpr PageRow kPageRows[] = {
    {PageId::start, "start", K::start, "", "", "", {}, always},
    {PageId::who, "who", K::question, "About you", "", "", kWhoQuestion, always},
    {PageId::representative, "representative", K::question, "About you", "Your details as the tenant's {representative}",
     "The landlord will write to you about the complaint.", kRepresentativeQuestions, for_representative},
    {PageId::consent, "consent", K::question, "About you", "", "", kConsentQuestion, for_representative},
    {PageId::landlord, "landlord", K::question, "About the landlord", "", "", kLandlordQuestion, always},
    {PageId::landlord_name, "landlord-name", K::question, "About the landlord", "", "", kLandlordNameQuestion,
     another_landlord},
    {PageId::role, "role", K::question, "About the home", "", "", kRoleQuestion, always},
    {PageId::category, "category", K::question, "About the problem", "", "", kCategoryQuestion, always},
    {PageId::hazard, "hazard", K::question, "About the problem", "", "", kHazardQuestion, about_the_home},
    {PageId::hazard_risk, "hazard-risk", K::question, "About the problem", "", "", kHazardRiskQuestion, risk_page},
    {PageId::danger, "danger", K::question, "About the problem", "", "", kDangerQuestion, danger_page},
    {PageId::hazard_reported, "hazard-reported", K::question, "About the problem", "", "", kHazardReportedQuestion,
     hazard_page},
    {PageId::hazard_investigated, "hazard-investigated", K::question, "About the problem", "", "",
     kHazardInvestigatedQuestion, hazard_told},
    {PageId::first_request, "first-request", K::question, "About the problem", "", "", kFirstRequestQuestion, always},
    {PageId::event_date, "event-date", K::question, "When it happened", "", "", kEventDateQuestion, always},
    {PageId::ongoing, "ongoing", K::question, "When it happened", "", "", kOngoingQuestion, always},
    {PageId::aware_date, "aware-date", K::question, "When it happened", "", "", kAwareDateQuestion, awareness_matters},
    {PageId::last_raised, "last-raised", K::question, "When it happened", "", "", kLastRaisedQuestion,
     last_raised_matters},
    {PageId::circumstances, "circumstances", K::question, "About the problem", "", "", kCircumstancesQuestion, always},
    {PageId::legal_action, "legal-action", K::question, "About the problem", "", "", kLegalActionQuestion, always},
    {PageId::previous_complaint, "previous-complaint", K::question, "About the problem", "", "",
     kPreviousComplaintQuestion, always},
    {PageId::progress, "progress", K::question, "The complaint so far", "", "", kProgressQuestion, always},
    {PageId::process_dates, "process-dates", K::question, "The complaint so far", "What has happened so far",
     "The dates are on the landlord's letters and emails.", kProcessDateQuestions, has_process_dates},
    {PageId::result, "result", K::result, "", "", "", {}, always},
    {PageId::your_details, "your-details", K::question, "Details for the letter", "{Your details|The tenant's details}",
     "{landlord} needs these to find the tenancy and reply.", kYourDetailsQuestions, always},
    {PageId::complaint_details, "complaint-details", K::question, "Details for the letter", "About the complaint", "",
     kComplaintDetailsQuestions, always},
    {PageId::escalation_details, "escalation-details", K::question, "Details for the letter",
     "After {landlord's} answer", "", kEscalationDetailsQuestions, answered},
    {PageId::adjustments, "adjustments", K::question, "Details for the letter", "", "", kAdjustmentsQuestion, always},
    {PageId::check, "check", K::check, "", "", "", {}, always},
    {PageId::documents, "documents", K::documents, "", "", "", {}, always},
    {PageId::clear, "clear", K::confirm, "", "Are you sure you want to clear your answers?",
     "This removes every answer you have given from this device. It cannot be undone.", {}, never},
};
static_assert(rows_in_enum_order(kPageRows), "one row per page, in the order of PageId");

std::string answer(const Answers& a, const std::string& key) {
    const auto it = a.find(key);
    return it == a.end() ? std::string() : it->second;
}

std::vector<std::string> split_list(const std::string& list) {
    std::vector<std::string> items;
    std::size_t start = 0;
    while (start < list.size()) {
        auto comma = list.find(',', start);
        if (comma == std::string::npos) comma = list.size();
        if (comma > start) items.push_back(list.substr(start, comma - start));
        start = comma + 1;
    }
    return items;
}

std::string join_list(const std::vector<std::string>& items) {
    std::string out;
    for (const std::string& item : items) out += (out.empty() ? "" : ",") + item;
    return out;
}

bool list_has(const std::string& list, const std::string& value) {
    const auto items = split_list(list);
    return std::find(items.begin(), items.end(), value) != items.end();
}

bool is_question_page(PageId id) { return row_of(id).kind == PageKind::question; }

std::vector<std::string> date_part_ids(const std::string& id) { return {id + ".day", id + ".month", id + ".year"}; }

std::vector<std::string> process_dates_for(const std::string& progress) {
    const auto stage = parse_name<Progress>(progress);
    std::vector<std::string> dates;
    if (!stage) return dates;
    Case none;
    visit_fields(none, [&](const CaseField& f, const auto&) {
        if (f.asked == Asked::step && dates.size() < row_of(*stage).process_dates)
            dates.push_back(f.path());
    });
    return dates;
}

bool page_applies(PageId id, const FlowState& state) { return row_of(id).applies(state); }

bool page_answered(PageId id, const Answers& a) {
    for (const QuestionSpec& q : row_of(id).questions) {
        const std::string key(q.id);
        if (!answer(a, key).empty()) return true;
        if (q.type == FieldType::date)
            for (const std::string& part : date_part_ids(key))
                if (!answer(a, part).empty()) return true;
    }
    return false;
}

PageSpec page_spec(PageId id, const Answers& a, const PolicyCatalogue& catalogue) {
    const PageRow& page = row_of(id);
    TemplateWords w{!acting_for_someone(a), landlord_name(a, catalogue),
            std::string(row_of(parse_name<RepresentativeKind>(answer(a, "representative.kind"))
                                   .value_or(RepresentativeKind::none))
                            .words),
            "", ""};
    if (id == PageId::escalation_details) w.no_reasons_cite = note_cite(*catalogue.baseline(), KnownNote::escalation_no_reasons);
    w.emergency = emergency_named(a);
    if (w.emergency && catalogue.law() != nullptr) {
        const Danger danger = hazard_of(a) == Hazard::damp_mould
                                  ? Danger::other
                                  : parse_name<Danger>(answer(a, "issue.danger")).value_or(Danger::not_given);
        w.hazard_lead = danger_words(*catalogue.law(), danger, w.landlord) + " ";
    }

    PageSpec spec{id, std::string(page.caption), fill(page.heading, w), fill(page.hint, w), {}};
    const std::vector<std::string> process_dates = process_dates_for(answer(a, "progress"));
    for (const QuestionSpec& q : page.questions) {
        if (id == PageId::process_dates && q.type == FieldType::date &&
            std::find(process_dates.begin(), process_dates.end(), q.id) == process_dates.end())
            continue;
        if (q.shown != nullptr && !q.shown(a)) continue;
        spec.questions.push_back(question(q, w));
    }
    if (id == PageId::landlord) {  // the landlords Redress knows come before "Another landlord in England"
        auto& options = spec.questions.front().field.options;
        std::vector<Option> known;
        for (const Policy& p : catalogue.policies())
            if (!p.baseline) known.push_back({p.id, p.name, "", false});
        options.insert(options.begin(), known.begin(), known.end());
    }
    if (page.heading.empty() && !spec.questions.empty()) {  // one question: it is the page's heading (GOV.UK)
        Field& only = spec.questions.front().field;
        only.is_heading = true;
        spec.heading = only.label;
    }
    return spec;
}

}  // namespace redress::wizard
