#include "wizard/pages.h"

#include <algorithm>
#include <span>
#include <string_view>

#include "rules/wording.h"

namespace redress::wizard {
namespace {

const std::vector<std::string> kPages = {
    "start",        "who",           "representative", "consent",      "landlord",        "landlord-name",
    "role",         "category",      "first-request",  "event-date",   "ongoing",         "aware-date",
    "last-raised",  "circumstances", "legal-action",   "previous-complaint", "progress",  "process-dates",
    "result",       "your-details",  "complaint-details", "escalation-details", "adjustments", "check",
    "documents"};

bool acting_for_someone(const Answers& a) {
    const std::string kind = answer(a, "representative.kind");
    return !kind.empty() && kind != "none";
}

std::string landlord_name(const Answers& a, const PolicyCatalogue& catalogue) {
    const Policy* p = catalogue.find(answer(a, "landlord"));
    if (p == nullptr) return "your landlord";
    if (p->baseline) {
        const std::string given = answer(a, "landlord_name");
        return given.empty() ? "the landlord" : given;
    }
    return p->short_name;
}

// The question pages are data: every text below is a template. "{you|the tenant}" reads the
// first choice for a tenant answering for themselves and the second for someone acting for them;
// "{landlord}", "{landlord's}", "{representative}" and "{no-reasons-cite}" are filled in from the
// answers (see Words). So each page's wording is read in one place, as the reader will see it.
struct OptionSpec {
    const char* value;
    const char* label;
    const char* hint = "";
    bool exclusive = false;
};

struct QuestionSpec {
    const char* id;
    const char* type;  // "radio", "checkboxes", "date", "text", "textarea", "email", "tel"
    const char* label;
    const char* hint;
    const char* missing;  // the error when it is not answered; "" makes the question optional
    std::span<const OptionSpec> options = {};
    int max_length = 0;              // text questions
    const char* autocomplete = "";   // text questions
    const char* date_name = "";      // date questions: how errors name the date
};

struct PageTable {
    const char* id;
    const char* caption;
    const char* heading;  // "": the page asks one question, which is its heading
    const char* hint;
    std::span<const QuestionSpec> questions;
};

constexpr int kShortText = 500;  // as case.cpp allows
constexpr int kLongText = 20000;

constexpr OptionSpec kYesNo[] = {{"yes", "Yes"}, {"no", "No"}};

constexpr OptionSpec kWho[] = {
    {"none", "I am the tenant, and this is my complaint"},
    {"relative", "A relative, acting for the tenant"},
    {"friend", "A friend, acting for the tenant"},
    {"advocate", "An advocate"},
    {"support-worker", "A support worker"},
    {"advice-agency", "An advice agency, such as Citizens Advice"},
    {"solicitor", "A solicitor"},
    {"mp", "An MP, or someone in an MP's office"},
    {"councillor", "A local councillor"},
};
constexpr OptionSpec kConsent[] = {
    {"written", "Yes, in writing", "A signed note, letter, email or form."},
    {"verbal", "Yes, but only by saying so", "Some landlords ask for it in writing."},
    {"none", "Not yet", "Redress can write a consent form for the tenant to sign."},
};
// The landlords come from the catalogue (page_spec puts them first); this is the last option.
constexpr OptionSpec kAnotherLandlord[] = {
    {kBaselinePolicyId.data(), "Another landlord in England",
     "Redress will use the Housing Ombudsman's Complaint Handling Code, which every social landlord in England "
     "must follow."},
};
constexpr OptionSpec kRole[] = {
    {"tenant", "{I rent my home|The tenant rents the home}"},
    {"leaseholder", "Leaseholder", "Owns the lease, for example of a flat."},
    {"shared-owner", "Shared owner", "Part owns and part rents."},
    {"applicant", "Applying for a home", "On the waiting list or applying."},
    {"former-tenant", "Former tenant", "Used to rent from this landlord."},
    {"household-member", "Lives in the home, but is not the tenant"},
    {"other", "Something else"},
};
constexpr OptionSpec kCategory[] = {
    {"repairs", "Repairs", "Including damp, mould, leaks and heating."},
    {"anti-social-behaviour", "Anti-social behaviour", "How the landlord dealt with a report about neighbours or others."},
    {"staff-conduct", "How staff behaved"},
    {"rent-or-service-charge-level", "The level of rent or service charges"},
    {"insurance", "Insurance", "For example, a claim for damaged belongings."},
    {"data-protection", "Personal information", "How the landlord used or shared it."},
    {"director", "A director or board member"},
    {"other", "Something else"},
};
constexpr OptionSpec kCircumstances[] = {
    {"health_and_safety", "It puts someone's health or safety at risk"},
    {"safeguarding", "Someone vulnerable is at risk of harm", "A child or an adult who needs care or support."},
    {"disrepair", "The home is in disrepair", "Damage the landlord should repair."},
    {"insurance_claim", "There is an insurance claim about it"},
    {"none", "None of these", "", true},
};
constexpr OptionSpec kLegalAction[] = {
    {"none", "No"},
    {"planned", "Not yet, but it is planned", "For example, a solicitor has written a letter."},
    {"started", "Yes, a claim has been started at court"},
};
constexpr OptionSpec kPreviousComplaint[] = {
    {"no", "No"},
    {"yes-open", "Yes, and the complaint is still going on"},
    {"yes-exhausted", "Yes, and it went through every stage of the complaints process"},
};
constexpr OptionSpec kProgress[] = {
    {"not-yet", "Not complained yet"},
    {"stage1-waiting", "Complained, waiting for an answer"},
    {"stage1-answered", "Had an answer at stage 1", "The landlord's first answer."},
    {"stage2-waiting", "Asked for stage 2, waiting for an answer"},
    {"stage2-answered", "Had the final answer at stage 2"},
};
constexpr OptionSpec kAdjustments[] = {
    {"large-print", "Letters in large print"},
    {"braille", "Letters in braille"},
    {"interpreter", "An interpreter"},
    {"bsl", "A British Sign Language interpreter"},
    {"email-contact", "Contact by email"},
    {"phone-contact", "Contact by phone"},
    {"more-time", "More time to reply"},
    {"breaks", "Breaks during meetings or calls"},
};

constexpr QuestionSpec kWhoQuestion[] = {
    {"representative.kind", "radio", "Who is filling this in?", "", "Select who is filling this in", kWho},
};
constexpr QuestionSpec kRepresentativeQuestions[] = {
    {"representative.name", "text", "Your full name", "", "Enter your full name", {}, kShortText, "name"},
    {"representative.organisation", "text", "Organisation or office (optional)",
     "For example, the name of the advice agency or the MP's office.", "", {}, kShortText, "organization"},
};
constexpr QuestionSpec kConsentQuestion[] = {
    {"representative.consent", "radio", "Has the tenant agreed to you acting for them?", "",
     "Select whether the tenant has agreed to you acting for them", kConsent},
};
constexpr QuestionSpec kLandlordQuestion[] = {
    {"landlord", "radio", "Who is {your|the tenant's} landlord?", "", "Select {your|the tenant's} landlord",
     kAnotherLandlord},
};
constexpr QuestionSpec kLandlordNameQuestion[] = {
    {"landlord_name", "text", "What is the landlord called?", "As it appears on the tenancy agreement or rent letters.",
     "Enter the landlord's name", {}, kShortText, "organization"},
};
constexpr QuestionSpec kRoleQuestion[] = {
    {"complainant.role", "radio", "Which of these best describes {you|the tenant}?", "",
     "Select what best describes {you|the tenant}", kRole},
};
constexpr QuestionSpec kCategoryQuestion[] = {
    {"issue.category", "radio", "What is the complaint about?", "", "Select what the complaint is about", kCategory},
};
constexpr QuestionSpec kFirstRequestQuestion[] = {
    {"issue.first_request", "radio",
     "Is this the first time {you|the tenant} {have|has} asked {landlord} to deal with this?",
     "For example, the first time reporting a repair.",
     "Select yes if this is the first time {you|the tenant} {have|has} asked", kYesNo},
};
constexpr QuestionSpec kEventDateQuestion[] = {
    {"issue.event_date", "date", "When did it happen?",
     "If it happened more than once, give the latest time. For example, 27 3 2025.", "Enter the date it happened",
     {}, 0, "", "the date it happened"},
};
constexpr QuestionSpec kOngoingQuestion[] = {
    {"issue.ongoing", "radio", "Is it still happening?", "", "Select yes if it is still happening", kYesNo},
};
constexpr QuestionSpec kAwareDateQuestion[] = {
    {"issue.aware_date", "date", "When did {you|the tenant} find out about it? (optional)",
     "Only if {you|the tenant} found out later than it happened. Leave this blank otherwise.", "", {}, 0, "",
     "the date {you|the tenant} found out"},
};
constexpr QuestionSpec kLastRaisedQuestion[] = {
    {"issue.last_raised", "date", "When did {you|the tenant} last raise it with {landlord}? (optional)",
     "A call, email, visit or letter about this problem.", "", {}, 0, "", "the date {you|the tenant} last raised it"},
};
constexpr QuestionSpec kCircumstancesQuestion[] = {
    {"circumstances", "checkboxes", "Do any of these apply?", "Select all that apply.",
     "Select all that apply, or select none of these", kCircumstances},
};
constexpr QuestionSpec kLegalActionQuestion[] = {
    {"issue.legal_proceedings", "radio", "Has anyone taken legal action about this?", "",
     "Select whether anyone has taken legal action", kLegalAction},
};
constexpr QuestionSpec kPreviousComplaintQuestion[] = {
    {"issue.previously_complained", "radio", "{Have|Has} {you|the tenant} complained to {landlord} about this before?",
     "", "Select whether {you|the tenant} {have|has} complained about this before", kPreviousComplaint},
};
constexpr QuestionSpec kProgressQuestion[] = {
    {"progress", "radio", "Where are {you|they} in the complaints process?", "",
     "Select where {you are|they are} in the complaints process", kProgress},
};
// All six; the page shows those the "progress" answer calls for (process_dates_for).
constexpr QuestionSpec kProcessDateQuestions[] = {
    {"process.stage1_submitted", "date", "When was the complaint made?", "", "Enter the date the complaint was made",
     {}, 0, "", "the date the complaint was made"},
    {"process.stage1_acknowledged", "date", "When did {landlord} acknowledge it? (optional)",
     "Leave this blank if it has not.", "", {}, 0, "", "the date it was acknowledged"},
    {"process.stage1_response", "date", "When did {landlord} answer at stage 1?", "",
     "Enter the date of the stage 1 answer", {}, 0, "", "the date of the stage 1 answer"},
    {"process.stage2_requested", "date", "When was stage 2 asked for?", "", "Enter the date stage 2 was asked for", {},
     0, "", "the date stage 2 was asked for"},
    {"process.stage2_acknowledged", "date", "When did {landlord} acknowledge the stage 2 request? (optional)",
     "Leave this blank if it has not.", "", {}, 0, "", "the date the stage 2 request was acknowledged"},
    {"process.stage2_response", "date", "When did {landlord} give its final answer?", "",
     "Enter the date of the final answer", {}, 0, "", "the date of the final answer"},
};
constexpr QuestionSpec kYourDetailsQuestions[] = {
    {"complainant.name", "text", "Full name", "", "Enter the full name", {}, kShortText, "{name|off}"},
    {"complainant.address", "textarea", "Address (optional)", "", "", {}, kShortText * 2, "{street-address|off}"},
    {"complainant.email", "email", "Email address (optional)", "", "", {}, kShortText, "{email|off}"},
    {"complainant.phone", "tel", "Phone number (optional)", "", "", {}, 100, "{tel|off}"},
    {"complainant.reference", "text", "Tenancy or account reference (optional)",
     "It is on rent statements and letters from {landlord}.", "", {}, 200},
};
constexpr QuestionSpec kComplaintDetailsQuestions[] = {
    {"issue.summary", "text", "What is the complaint about, in one sentence?",
     "For example, the kitchen ceiling has leaked since March.", "Enter what the complaint is about", {}, kShortText},
    {"issue.details", "textarea", "What happened? (optional)",
     "Dates, who {you|the tenant} spoke to, and how it affects {you|them}.", "", {}, kLongText},
    {"issue.outcome_sought", "textarea", "What should {landlord} do to put things right?",
     "For example, repair the roof by a set date, and an apology.",
     "Enter what {landlord} should do to put things right", {}, kLongText},
    {"issue.delay_reason", "textarea", "If the complaint is late, why? (optional)",
     "For example, illness, or waiting for the landlord to act. A landlord can accept a late complaint for a good "
     "reason.",
     "", {}, kLongText},
};
constexpr QuestionSpec kEscalationDetailsQuestions[] = {
    {"process.resolved", "textarea", "What has {landlord} put right? (optional)", "", "", {}, kLongText},
    {"process.unresolved", "textarea", "What is still not put right? (optional)",
     "Leave blank if none of it has been put right.", "", {}, kLongText},
    {"process.escalation_reasons", "textarea", "Why is the answer not good enough? (optional)",
     "The Code says {you do not|the tenant does not} have to give reasons to go to stage 2 ({no-reasons-cite}).", "",
     {}, kLongText},
};
constexpr QuestionSpec kAdjustmentsQuestion[] = {
    {"adjustments", "checkboxes", "{Do you|Does the tenant} need anything to make contact easier? (optional)",
     "Select all that apply. The letter will ask {landlord} for them.", "", kAdjustments},
};

constexpr PageTable kQuestionPages[] = {
    {"who", "About you", "", "", kWhoQuestion},
    {"representative", "About you", "Your details as the tenant's {representative}",
     "The landlord will write to you about the complaint.", kRepresentativeQuestions},
    {"consent", "About you", "", "", kConsentQuestion},
    {"landlord", "About the landlord", "", "", kLandlordQuestion},
    {"landlord-name", "About the landlord", "", "", kLandlordNameQuestion},
    {"role", "About the home", "", "", kRoleQuestion},
    {"category", "About the problem", "", "", kCategoryQuestion},
    {"first-request", "About the problem", "", "", kFirstRequestQuestion},
    {"event-date", "When it happened", "", "", kEventDateQuestion},
    {"ongoing", "When it happened", "", "", kOngoingQuestion},
    {"aware-date", "When it happened", "", "", kAwareDateQuestion},
    {"last-raised", "When it happened", "", "", kLastRaisedQuestion},
    {"circumstances", "About the problem", "", "", kCircumstancesQuestion},
    {"legal-action", "About the problem", "", "", kLegalActionQuestion},
    {"previous-complaint", "About the problem", "", "", kPreviousComplaintQuestion},
    {"progress", "The complaint so far", "", "", kProgressQuestion},
    {"process-dates", "The complaint so far", "Dates in the complaint so far",
     "The dates are on the landlord's letters and emails.", kProcessDateQuestions},
    {"your-details", "Details for the letter", "{Your details|The tenant's details}",
     "{landlord} needs these to find the tenancy and reply.", kYourDetailsQuestions},
    {"complaint-details", "Details for the letter", "About the complaint", "", kComplaintDetailsQuestions},
    {"escalation-details", "Details for the letter", "After {landlord's} answer", "", kEscalationDetailsQuestions},
    {"adjustments", "Details for the letter", "", "", kAdjustmentsQuestion},
};

// What the templates' named parts stand for, for these answers.
struct Words {
    bool self;  // the tenant is answering for themselves
    std::string landlord, representative, no_reasons_cite;
};

// Fills in a template. What is filled in is copied as it is, so a landlord's name that holds
// braces is never read as a template.
std::string fill(std::string_view text, const Words& w) {
    std::string out;
    out.reserve(text.size() + 16);
    std::size_t at = 0;
    while (at < text.size()) {
        const std::size_t open = text.find('{', at);
        const std::size_t close = open == std::string_view::npos ? open : text.find('}', open);
        if (close == std::string_view::npos) break;
        out.append(text.substr(at, open - at));
        const std::string_view part = text.substr(open + 1, close - open - 1);
        if (const std::size_t bar = part.find('|'); bar != std::string_view::npos)
            out.append(w.self ? part.substr(0, bar) : part.substr(bar + 1));
        else if (part == "landlord") out += w.landlord;
        else if (part == "landlord's") out += wording::possessive(w.landlord);
        else if (part == "representative") out += w.representative;
        else if (part == "no-reasons-cite") out += w.no_reasons_cite;
        else out.append(text.substr(open, close - open + 1));  // unknown: left showing, so a test sees it
        at = close + 1;
    }
    out.append(text.substr(std::min(at, text.size())));
    return out;
}

Question question(const QuestionSpec& spec, const Words& w) {
    Question q;
    Field& f = q.field;
    f.id = spec.id;
    f.type = spec.type;
    f.label = fill(spec.label, w);
    f.hint = fill(spec.hint, w);
    f.optional = *spec.missing == '\0';
    f.max_length = spec.max_length;
    f.autocomplete = fill(spec.autocomplete, w);
    for (const OptionSpec& o : spec.options) f.options.push_back({o.value, fill(o.label, w), o.hint, o.exclusive});
    q.missing = fill(spec.missing, w);
    q.date_name = fill(spec.date_name, w);
    return q;
}

}  // namespace

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

const std::vector<std::string>& page_order() { return kPages; }

bool is_page(const std::string& id) { return std::find(kPages.begin(), kPages.end(), id) != kPages.end(); }

bool is_question_page(const std::string& id) {
    return id != "start" && id != "result" && id != "check" && id != "documents";
}

std::vector<std::string> date_part_ids(const std::string& id) { return {id + ".day", id + ".month", id + ".year"}; }

std::vector<std::string> process_dates_for(const std::string& progress) {
    if (progress == "stage1-waiting") return {"process.stage1_submitted", "process.stage1_acknowledged"};
    if (progress == "stage1-answered")
        return {"process.stage1_submitted", "process.stage1_acknowledged", "process.stage1_response"};
    if (progress == "stage2-waiting")
        return {"process.stage1_submitted", "process.stage1_acknowledged", "process.stage1_response",
                "process.stage2_requested", "process.stage2_acknowledged"};
    if (progress == "stage2-answered")
        return {"process.stage1_submitted", "process.stage1_acknowledged", "process.stage1_response",
                "process.stage2_requested", "process.stage2_acknowledged", "process.stage2_response"};
    return {};
}

bool page_applies(const std::string& id, const Answers& a) {
    if (id == "representative" || id == "consent") return acting_for_someone(a);
    if (id == "landlord-name") return answer(a, "landlord") == "ombudsman-code";
    if (id == "process-dates") return !process_dates_for(answer(a, "progress")).empty();
    if (id == "escalation-details") {
        const std::string p = answer(a, "progress");
        return p == "stage1-answered" || p == "stage2-waiting" || p == "stage2-answered";
    }
    return is_page(id);
}

PageSpec page_spec(const std::string& id, const Answers& a, const PolicyCatalogue& catalogue) {
    const PageTable* page = nullptr;
    for (const PageTable& p : kQuestionPages)
        if (id == p.id) page = &p;
    if (page == nullptr) return {id, "", "", "", {}};

    Words w{!acting_for_someone(a), landlord_name(a, catalogue),
            std::string(wording::representative(answer(a, "representative.kind"))), ""};
    if (id == "escalation-details") w.no_reasons_cite = note_cite(*catalogue.baseline(), "escalation-no-reasons");

    PageSpec spec{id, page->caption, fill(page->heading, w), fill(page->hint, w), {}};
    const std::vector<std::string> process_dates = process_dates_for(answer(a, "progress"));
    for (const QuestionSpec& q : page->questions) {
        if (id == "process-dates" && std::find(process_dates.begin(), process_dates.end(), q.id) == process_dates.end())
            continue;
        spec.questions.push_back(question(q, w));
    }
    if (id == "landlord") {  // the landlords Redress knows come before "Another landlord in England"
        auto& options = spec.questions.front().field.options;
        std::vector<Option> known;
        for (const Policy& p : catalogue.policies())
            if (!p.baseline) known.push_back({p.id, p.name, "", false});
        options.insert(options.begin(), known.begin(), known.end());
    }
    if (*page->heading == '\0') {  // one question: it is the page's heading (GOV.UK: the legend or label is the h1)
        Field& only = spec.questions.front().field;
        only.is_heading = true;
        spec.heading = only.label;
    }
    return spec;
}

}  // namespace redress::wizard
