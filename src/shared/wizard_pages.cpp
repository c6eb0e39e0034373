#include "wizard_pages.h"

#include <algorithm>

#include "letters.h"
#include "wording.h"

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

// "you" or "the tenant", and the matching possessive, so every question reads naturally for
// the tenant and for someone acting for them.
struct Voice {
    bool self;
    std::string you() const { return self ? "you" : "the tenant"; }
    std::string You() const { return self ? "You" : "The tenant"; }
    std::string your() const { return self ? "your" : "the tenant's"; }
    std::string Your() const { return self ? "Your" : "The tenant's"; }
    std::string have() const { return self ? "have" : "has"; }
    std::string Have() const { return self ? "Have" : "Has"; }
};

std::string landlord_name(const Answers& a, const PolicyCatalogue& catalogue) {
    const Policy* p = catalogue.find(answer(a, "landlord"));
    if (p == nullptr) return "your landlord";
    if (p->baseline) {
        const std::string given = answer(a, "landlord_name");
        return given.empty() ? "the landlord" : given;
    }
    return p->short_name;
}

Option option(std::string value, std::string label, std::string hint = "") {
    return {std::move(value), std::move(label), std::move(hint), false};
}

Question choice(std::string id, std::string type, std::string label, std::vector<Option> options,
                std::string missing, std::string hint = "") {
    Question q;
    q.field.id = std::move(id);
    q.field.type = std::move(type);
    q.field.label = std::move(label);
    q.field.hint = std::move(hint);
    q.field.options = std::move(options);
    q.missing = std::move(missing);
    return q;
}

Question yes_no(std::string id, std::string label, std::string missing, std::string hint = "") {
    return choice(std::move(id), "radio", std::move(label), {option("yes", "Yes"), option("no", "No")},
                  std::move(missing), std::move(hint));
}

Question text(std::string id, std::string type, std::string label, int max_length, std::string missing,
              std::string hint = "", std::string autocomplete = "") {
    Question q;
    q.field.id = std::move(id);
    q.field.type = std::move(type);
    q.field.label = std::move(label);
    q.field.hint = std::move(hint);
    q.field.max_length = max_length;
    q.field.optional = missing.empty();
    q.field.autocomplete = std::move(autocomplete);
    q.missing = std::move(missing);
    return q;
}

Question date_question(std::string id, std::string label, std::string date_name, bool optional, std::string hint) {
    Question q;
    q.field.id = std::move(id);
    q.field.type = "date";
    q.field.label = std::move(label);
    q.field.hint = std::move(hint);
    q.field.optional = optional;
    q.date_name = date_name;
    if (!optional) q.missing = "Enter " + date_name;
    return q;
}

// The page's single question is its heading (GOV.UK: the legend or label is the h1).
PageSpec one_question(std::string id, std::string caption, Question q) {
    q.field.is_heading = true;
    PageSpec spec{std::move(id), std::move(caption), q.field.label, "", {}};
    spec.questions.push_back(std::move(q));
    return spec;
}

constexpr int kShortText = 500;   // as case.cpp allows
constexpr int kLongText = 20000;

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
    const Voice v{!acting_for_someone(a)};
    const std::string landlord = landlord_name(a, catalogue);
    const std::string representative = std::string(wording::representative(answer(a, "representative.kind")));

    if (id == "who") {
        return one_question(id, "About you",
            choice("representative.kind", "radio", "Who is filling this in?",
                   {option("none", "I am the tenant, and this is my complaint"),
                    option("relative", "A relative, acting for the tenant"),
                    option("friend", "A friend, acting for the tenant"),
                    option("advocate", "An advocate"),
                    option("support-worker", "A support worker"),
                    option("advice-agency", "An advice agency, such as Citizens Advice"),
                    option("solicitor", "A solicitor"),
                    option("mp", "An MP, or someone in an MP's office"),
                    option("councillor", "A local councillor")},
                   "Select who is filling this in"));
    }
    if (id == "representative") {
        PageSpec spec{id, "About you", "Your details as the tenant's " + representative,
                      "The landlord will write to you about the complaint.", {}};
        spec.questions.push_back(text("representative.name", "text", "Your full name", kShortText,
                                      "Enter your full name", "", "name"));
        spec.questions.push_back(text("representative.organisation", "text", "Organisation or office", kShortText, "",
                                      "For example, the name of the advice agency or the MP's office.",
                                      "organization"));
        return spec;
    }
    if (id == "consent") {
        return one_question(id, "About you",
            choice("representative.consent", "radio", "Has the tenant agreed to you acting for them?",
                   {option("written", "Yes, in writing", "A signed note, letter, email or form."),
                    option("verbal", "Yes, but only by saying so", "Some landlords ask for it in writing."),
                    option("none", "Not yet", "Redress can write a consent form for the tenant to sign.")},
                   "Select whether the tenant has agreed to you acting for them"));
    }
    if (id == "landlord") {
        std::vector<Option> options;
        for (const Policy& p : catalogue.policies())
            if (!p.baseline) options.push_back(option(p.id, p.name));
        options.push_back(option(std::string(kBaselinePolicyId), "Another landlord in England",
                                 "Redress will use the Housing Ombudsman's Complaint Handling Code, which every "
                                 "social landlord in England must follow."));
        return one_question(id, "About the landlord",
                            choice("landlord", "radio", "Who is " + v.your() + " landlord?", std::move(options),
                                   "Select " + v.your() + " landlord"));
    }
    if (id == "landlord-name") {
        return one_question(id, "About the landlord",
                            text("landlord_name", "text", "What is the landlord called?", kShortText,
                                 "Enter the landlord's name", "As it appears on the tenancy agreement or rent letters.",
                                 "organization"));
    }
    if (id == "role") {
        return one_question(id, "About the home",
            choice("complainant.role", "radio", "Which of these best describes " + v.you() + "?",
                   {option("tenant", v.self ? "I rent my home" : "The tenant rents the home"),
                    option("leaseholder", "Leaseholder", "Owns the lease, for example of a flat."),
                    option("shared-owner", "Shared owner", "Part owns and part rents."),
                    option("applicant", "Applying for a home", "On the waiting list or applying."),
                    option("former-tenant", "Former tenant", "Used to rent from this landlord."),
                    option("household-member", "Lives in the home, but is not the tenant"),
                    option("other", "Something else")},
                   "Select what best describes " + v.you()));
    }
    if (id == "category") {
        return one_question(id, "About the problem",
            choice("issue.category", "radio", "What is the complaint about?",
                   {option("repairs", "Repairs", "Including damp, mould, leaks and heating."),
                    option("anti-social-behaviour", "Anti-social behaviour",
                           "How the landlord dealt with a report about neighbours or others."),
                    option("staff-conduct", "How staff behaved"),
                    option("rent-or-service-charge-level", "The level of rent or service charges"),
                    option("insurance", "Insurance", "For example, a claim for damaged belongings."),
                    option("data-protection", "Personal information", "How the landlord used or shared it."),
                    option("director", "A director or board member"),
                    option("other", "Something else")},
                   "Select what the complaint is about"));
    }
    if (id == "first-request") {
        return one_question(id, "About the problem",
            yes_no("issue.first_request", "Is this the first time " + v.you() + " " + v.have() + " asked " + landlord +
                                              " to deal with this?",
                   "Select yes if this is the first time " + v.you() + " " + v.have() + " asked",
                   "For example, the first time reporting a repair."));
    }
    if (id == "event-date") {
        return one_question(id, "When it happened",
            date_question("issue.event_date", "When did it happen?", "the date it happened", false,
                          "If it happened more than once, give the latest time. For example, 27 3 2025."));
    }
    if (id == "ongoing") {
        return one_question(id, "When it happened",
                            yes_no("issue.ongoing", "Is it still happening?", "Select yes if it is still happening"));
    }
    if (id == "aware-date") {
        return one_question(id, "When it happened",
            date_question("issue.aware_date", "When did " + v.you() + " find out about it? (optional)",
                          "the date " + v.you() + " found out", true,
                          "Only if " + v.you() + " found out later than it happened. Leave this blank otherwise."));
    }
    if (id == "last-raised") {
        return one_question(id, "When it happened",
            date_question("issue.last_raised", "When did " + v.you() + " last raise it with " + landlord + "? (optional)",
                          "the date " + v.you() + " last raised it", true,
                          "A call, email, visit or letter about this problem."));
    }
    if (id == "circumstances") {
        Question q = choice("circumstances", "checkboxes", "Do any of these apply?",
                            {option("health_and_safety", "It puts someone's health or safety at risk"),
                             option("safeguarding", "Someone vulnerable is at risk of harm",
                                    "A child or an adult who needs care or support."),
                             option("disrepair", "The home is in disrepair", "Damage the landlord should repair."),
                             option("insurance_claim", "There is an insurance claim about it"),
                             option("none", "None of these")},
                            "Select all that apply, or select none of these", "Select all that apply.");
        q.field.options.back().exclusive = true;
        return one_question(id, "About the problem", std::move(q));
    }
    if (id == "legal-action") {
        return one_question(id, "About the problem",
            choice("issue.legal_proceedings", "radio", "Has anyone taken legal action about this?",
                   {option("none", "No"),
                    option("planned", "Not yet, but it is planned", "For example, a solicitor has written a letter."),
                    option("started", "Yes, a claim has been started at court")},
                   "Select whether anyone has taken legal action"));
    }
    if (id == "previous-complaint") {
        return one_question(id, "About the problem",
            choice("issue.previously_complained", "radio",
                   v.Have() + " " + v.you() + " complained to " + landlord + " about this before?",
                   {option("no", "No"),
                    option("yes-open", "Yes, and the complaint is still going on"),
                    option("yes-exhausted", "Yes, and it went through every stage of the complaints process")},
                   "Select whether " + v.you() + " " + v.have() + " complained about this before"));
    }
    if (id == "progress") {
        return one_question(id, "The complaint so far",
            choice("progress", "radio", "Where are " + std::string(v.self ? "you" : "they") + " in the complaints process?",
                   {option("not-yet", "Not complained yet"),
                    option("stage1-waiting", "Complained, waiting for an answer"),
                    option("stage1-answered", "Had an answer at stage 1", "The landlord's first answer."),
                    option("stage2-waiting", "Asked for stage 2, waiting for an answer"),
                    option("stage2-answered", "Had the final answer at stage 2")},
                   "Select where " + std::string(v.self ? "you are" : "they are") + " in the complaints process"));
    }
    if (id == "process-dates") {
        PageSpec spec{id, "The complaint so far", "Dates in the complaint so far",
                      "The dates are on the landlord's letters and emails.", {}};
        const std::string progress = answer(a, "progress");
        for (const std::string& key : process_dates_for(progress)) {
            if (key == "process.stage1_submitted")
                spec.questions.push_back(date_question(key, "When was the complaint made?", "the date the complaint was made", false, ""));
            else if (key == "process.stage1_acknowledged")
                spec.questions.push_back(date_question(key, "When did " + landlord + " acknowledge it? (optional)",
                                                       "the date it was acknowledged", true,
                                                       "Leave this blank if it has not."));
            else if (key == "process.stage1_response")
                spec.questions.push_back(date_question(key, "When did " + landlord + " answer at stage 1?",
                                                       "the date of the stage 1 answer", false, ""));
            else if (key == "process.stage2_requested")
                spec.questions.push_back(date_question(key, "When was stage 2 asked for?", "the date stage 2 was asked for", false, ""));
            else if (key == "process.stage2_acknowledged")
                spec.questions.push_back(date_question(key, "When did " + landlord + " acknowledge the stage 2 request? (optional)",
                                                       "the date the stage 2 request was acknowledged", true,
                                                       "Leave this blank if it has not."));
            else if (key == "process.stage2_response")
                spec.questions.push_back(date_question(key, "When did " + landlord + " give its final answer?",
                                                       "the date of the final answer", false, ""));
        }
        return spec;
    }
    if (id == "your-details") {
        PageSpec spec{id, "Details for the letter", v.self ? "Your details" : "The tenant's details",
                      landlord + " needs these to find the tenancy and reply.", {}};
        spec.questions.push_back(text("complainant.name", "text", "Full name", kShortText, "Enter the full name",
                                      "", v.self ? "name" : "off"));
        spec.questions.push_back(text("complainant.address", "textarea", "Address (optional)", kShortText * 2, "", "",
                                      v.self ? "street-address" : "off"));
        spec.questions.push_back(text("complainant.email", "email", "Email address (optional)", kShortText, "", "",
                                      v.self ? "email" : "off"));
        spec.questions.push_back(text("complainant.phone", "tel", "Phone number (optional)", 100, "", "",
                                      v.self ? "tel" : "off"));
        spec.questions.push_back(text("complainant.reference", "text", "Tenancy or account reference (optional)", 200, "",
                                      "It is on rent statements and letters from " + landlord + "."));
        for (Question& q : spec.questions)
            if (q.field.optional && q.field.label.find("(optional)") == std::string::npos) q.field.label += " (optional)";
        return spec;
    }
    if (id == "complaint-details") {
        PageSpec spec{id, "Details for the letter", "About the complaint", "", {}};
        spec.questions.push_back(text("issue.summary", "text", "What is the complaint about, in one sentence?", kShortText,
                                      "Enter what the complaint is about",
                                      "For example, the kitchen ceiling has leaked since March."));
        spec.questions.push_back(text("issue.details", "textarea", "What happened? (optional)", kLongText, "",
                                      "Dates, who " + v.you() + " spoke to, and how it affects " +
                                          std::string(v.self ? "you" : "them") + "."));
        spec.questions.push_back(text("issue.outcome_sought", "textarea",
                                      "What should " + landlord + " do to put things right?", kLongText,
                                      "Enter what " + landlord + " should do to put things right",
                                      "For example, repair the roof by a set date, and an apology."));
        spec.questions.push_back(text("issue.delay_reason", "textarea",
                                      "If the complaint is late, why? (optional)", kLongText, "",
                                      "For example, illness, or waiting for the landlord to act. A landlord can "
                                      "accept a late complaint for a good reason."));
        return spec;
    }
    if (id == "escalation-details") {
        PageSpec spec{id, "Details for the letter", "After " + wording::possessive(landlord) + " answer", "", {}};
        spec.questions.push_back(text("process.resolved", "textarea", "What has " + landlord + " put right? (optional)",
                                      kLongText, ""));
        spec.questions.push_back(text("process.unresolved", "textarea", "What is still not put right? (optional)",
                                      kLongText, "", "Leave blank if none of it has been put right."));
        spec.questions.push_back(text("process.escalation_reasons", "textarea",
                                      "Why is the answer not good enough? (optional)", kLongText, "",
                                      "The Code says " + std::string(v.self ? "you do not" : "the tenant does not") + " have to give reasons to go to stage 2 (" +
                                          note_cite(*catalogue.baseline(), "escalation-no-reasons") + ")."));
        return spec;
    }
    if (id == "adjustments") {
        Question q = choice("adjustments", "checkboxes", "Does " + v.you() + " need anything to make contact easier? (optional)",
                            {option("large-print", "Letters in large print"), option("braille", "Letters in braille"),
                             option("interpreter", "An interpreter"), option("bsl", "A British Sign Language interpreter"),
                             option("email-contact", "Contact by email"), option("phone-contact", "Contact by phone"),
                             option("more-time", "More time to reply"), option("breaks", "Breaks during meetings or calls")},
                            "", "Select all that apply. The letter will ask " + landlord + " for them.");
        if (v.self) q.field.label = "Do you need anything to make contact easier? (optional)";
        q.field.optional = true;
        return one_question(id, "Details for the letter", std::move(q));
    }
    return {id, "", "", "", {}};
}

}  // namespace redress::wizard
