// The guided flow, through the wizard alone: every path from the first page to the documents,
// validation the GOV.UK way (errors named, answers kept), Back and Change, drafts and imported
// case files, and hostile actions and drafts refused without changing anything.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include <set>
#include <string>
#include <vector>

#include "case_generator.h"
#include "documents/case_file.h"
#include "documents/letters.h"
#include "documents/render.h"
#include "rules/case_json.h"
#include "rules/engine.h"
#include "wizard/answers.h"
#include "wizard/wizard.h"

using namespace redress;
using namespace redress::wizard;

namespace {

// 20 November 2025 (a Thursday), as a constant: test::d() may only be called inside a test.
const Date kToday = date::sys_days{date::year{2025} / 11 / 20};

// Drives a Wizard as a host would, through JSON actions.
// The questions switch between "you" and "the tenant"; the verb must switch with them.
void check_verbs_agree(const ViewModel& v) {
    std::vector<std::string> texts = {v.heading, v.hint};
    for (const Field& f : v.fields) {
        texts.push_back(f.label);
        texts.push_back(f.hint);
        for (const auto& o : f.options) texts.push_back(o.label);
    }
    for (const std::string& text : texts)
        for (const char* wrong : {"Has you ", "Does you ", "Is you ", "you has ", "you does ", "you is ",
                                  "Have the tenant ", "Do the tenant ", "Are the tenant ", "the tenant have ",
                                  "the tenant do ", "the tenant are "})
            CHECK_MESSAGE(text.find(wrong) == std::string::npos, v.page << ": \"" << text << "\"");
}

struct Walk {
    Wizard w{test::catalogue(), kToday};

    DispatchResult send(const nlohmann::json& action) {
        InputError error;
        const auto a = parse_action(action.dump(), error);
        REQUIRE_MESSAGE(a.has_value(), error.to_string());
        DispatchResult result = w.dispatch(*a);
        test::record_view(action.dump(), result_json(result), view_json(w.view()));
        return result;
    }
    void answer(const std::string& field, const std::string& value) {
        const auto r = send({{"type", "answer"}, {"field", field}, {"value", value}});
        REQUIRE_MESSAGE(r.ok, field << ": " << r.error);
    }
    void tick(const std::string& field, const std::string& value, bool checked = true) {
        const auto r = send({{"type", "toggle"}, {"field", field}, {"value", value}, {"checked", checked}});
        REQUIRE_MESSAGE(r.ok, field << ": " << r.error);
    }
    void date(const std::string& field, const std::string& iso) {
        const Date d = test::d(iso.c_str());
        const date::year_month_day ymd{d};
        answer(field + ".day", std::to_string(unsigned(ymd.day())));
        answer(field + ".month", std::to_string(unsigned(ymd.month())));
        answer(field + ".year", std::to_string(int(ymd.year())));
    }
    // Continues and expects to land on `next`.
    void next(const std::string& next) {
        const std::string from = page();
        const auto r = send({{"type", "continue"}});
        REQUIRE(r.ok);
        std::string errors;
        for (const auto& e : w.view().errors) errors += e.target + ": " + e.message + "\n";
        REQUIRE_MESSAGE(page() == next, "from " << from << " expected " << next << ", got " << page() << "\n" << errors);
        check_verbs_agree(view());
    }
    std::string page() const { return w.view().page; }
    const ViewModel& view() const { return w.view(); }
};


// Answers a tenant's way from the first page to the result, with the given landlord and dates.
struct Story {
    std::string who = "none", landlord = "halton-housing", category = "repairs", event = "2025-10-01";
    std::string progress = "not-yet", consent = "written", landlord_name;
    std::vector<std::string> process_dates;  // as many as the progress needs, in order
    bool ongoing = true;
    // The pages the flow asks about the time limit: none for a problem still happening, or one
    // in time by when it happened; when the tenant found out, and when they last raised it, where
    // either could change whether it is in time.
    bool asks_aware = false, asks_last_raised = false;
    // A hazard in the home (asked for repairs and "something else"), when the landlord was told
    // and when it finished looking into it ("" for not given).
    std::string hazard = "none", hazard_reported, hazard_investigated;
    // Whether someone could be seriously hurt or made ill soon (damp and mould, another hazard),
    // and the kind of danger in an emergency.
    std::string risk = "no", danger = "gas";

    bool emergency() const { return hazard == "emergency" || (hazard != "none" && risk == "yes"); }
};

void answer_to_result(Walk& walk, const Story& s) {
    walk.next("who");
    walk.answer("representative.kind", s.who);
    if (s.who != "none") {
        walk.next("representative");
        walk.answer("representative.name", "Alex Rep");
        walk.next("consent");
        walk.answer("representative.consent", s.consent);
    }
    walk.next("landlord");
    walk.answer("landlord", s.landlord);
    if (s.landlord == "ombudsman-code") {
        walk.next("landlord-name");
        walk.answer("landlord_name", s.landlord_name.empty() ? "Northfield Homes" : s.landlord_name);
    }
    walk.next("role");
    walk.answer("complainant.role", "tenant");
    walk.next("category");
    walk.answer("issue.category", s.category);
    if (s.category == "repairs" || s.category == "other") {
        walk.next("hazard");
        walk.answer("issue.hazard", s.hazard);
    }
    if (s.hazard == "damp-mould" || s.hazard == "other") {
        walk.next("hazard-risk");
        walk.answer("issue.hazard_risk", s.risk);
    }
    if (s.emergency() && s.hazard != "damp-mould") {
        walk.next("danger");
        walk.answer("issue.danger", s.danger);
    }
    if (s.hazard != "none") {
        walk.next("hazard-reported");
        if (!s.hazard_reported.empty()) walk.date("issue.hazard_reported", s.hazard_reported);
        if ((s.hazard == "damp-mould" || s.emergency()) && !s.hazard_reported.empty()) {
            walk.next("hazard-investigated");
            if (!s.hazard_investigated.empty()) walk.date("process.hazard_investigated", s.hazard_investigated);
        }
    }
    walk.next("first-request");
    walk.answer("issue.first_request", "no");
    walk.next("event-date");
    walk.date("issue.event_date", s.event);
    walk.next("ongoing");
    walk.answer("issue.ongoing", s.ongoing ? "yes" : "no");
    if (s.asks_aware) walk.next("aware-date");
    if (s.asks_last_raised) walk.next("last-raised");
    walk.next("circumstances");
    walk.tick("circumstances", "none");
    walk.next("legal-action");
    walk.answer("issue.legal_proceedings", "none");
    walk.next("previous-complaint");
    walk.answer("issue.previously_complained", "no");
    walk.next("progress");
    walk.answer("progress", s.progress);
    const auto keys = process_dates_for(s.progress);
    if (!keys.empty()) {
        walk.next("process-dates");
        std::size_t k = 0;
        for (const std::string& key : keys) {
            if (key.find("acknowledged") != std::string::npos || key.find("extension") != std::string::npos)
                continue;  // optional
            REQUIRE(k < s.process_dates.size());
            walk.date(key, s.process_dates[k++]);
        }
    }
    walk.next("result");
}

void answer_details_to_documents(Walk& walk, bool escalation);

// Answers everything and goes back from the documents to the check page, where Change links are.
void answer_to_check(Walk& walk, const Story& s) {
    answer_to_result(walk, s);
    answer_details_to_documents(walk, !process_dates_for(s.progress).empty() && s.progress != "stage1-waiting");
    walk.send({{"type", "back"}});
    REQUIRE(walk.page() == "check");
}

void answer_details_to_documents(Walk& walk, bool escalation) {
    walk.next("your-details");
    walk.answer("complainant.name", "Sam Taylor");
    walk.next("complaint-details");
    walk.answer("issue.summary", "The bathroom ceiling leaks.");
    walk.answer("issue.outcome_sought", "Repair the leak.");
    if (escalation) {
        walk.next("escalation-details");
        walk.next("adjustments");
    } else {
        walk.next("adjustments");
    }
    walk.next("check");
    walk.next("documents");
}

// The case the story describes, written directly as case JSON (not through the wizard), so the
// wizard's result can be checked against the engine's.
Case story_case(const Story& s) {
    nlohmann::json j = {{"landlord", s.landlord}, {"today", format_iso_date(kToday)}};
    j["issue"] = {{"category", s.category}, {"event_date", s.event}, {"ongoing", s.ongoing}};
    if (s.who != "none") j["representative"] = {{"kind", s.who}, {"name", "Alex Rep"}, {"consent", s.consent}};
    InputError error;
    auto c = parse_case(j.dump(), test::catalogue(), kToday, error);
    REQUIRE_MESSAGE(c.has_value(), error.to_string());
    return *c;
}

std::string all_text(const ViewModel& v) {
    std::string out = v.heading + "\n";
    for (const wizard::Block& b : v.content) {
        out += b.text + "\n" + b.cite + "\n";
        for (const auto& i : b.items) out += i + "\n";
        for (const auto& r : b.rows) out += r.key + ": " + r.value + "\n";
    }
    return out;
}

}  // namespace

TEST_CASE("a Halton tenant in time goes from the first page to a stage 1 complaint") {
    Walk walk;
    CHECK(walk.page() == "start");
    CHECK_FALSE(walk.view().back);
    Story s;
    answer_to_result(walk, s);
    const Verdict v = evaluate(story_case(s), test::catalogue());
    CHECK(v.outcome == Outcome::complaint);
    CHECK(walk.view().heading == v.headline);
    CHECK(walk.view().heading == "Halton Housing should treat this as a complaint.");
    // Every reason on the page carries its clause.
    int findings = 0;
    for (const wizard::Block& b : walk.view().content)
        if (b.type == BlockType::finding) {
            ++findings;
            CHECK_MESSAGE(!b.cite.empty(), b.text);
        }
    CHECK(findings > 0);
    answer_details_to_documents(walk, false);
    REQUIRE(!walk.view().documents.empty());
    CHECK(walk.view().documents.front().kind == "stage1");
    CHECK(walk.view().documents.front().text.find("The bathroom ceiling leaks.") != std::string::npos);
}

TEST_CASE("a Together Housing repair ten months old shows the policy's six months and the Code's twelve") {
    Walk walk;
    Story s;
    s.landlord = "together-housing";
    s.event = "2025-01-20";
    answer_to_result(walk, s);
    const Verdict v = evaluate(story_case(s), test::catalogue());
    CHECK(walk.view().heading == v.headline);
    REQUIRE(v.time_limit.policy_months == 6);
    REQUIRE(v.time_limit.code_months == 12);
    const std::string text = all_text(walk.view());
    CHECK(text.find("policy gives 6 months to complain") != std::string::npos);
    CHECK(text.find("Code gives 12 months") != std::string::npos);
    CHECK(text.find(format_long_date(v.time_limit.policy_ends)) != std::string::npos);
    // What the page says about the policy and the Code carries its source too.
    for (const wizard::Block& b : walk.view().content)
        if (b.type == BlockType::paragraph && (b.text.find("Code gives") != std::string::npos || b.text.find("law's floor") != std::string::npos))
            CHECK_MESSAGE(!b.cite.empty(), b.text);
}

TEST_CASE("an MP acting for a Kirklees tenant gets the consent declaration") {
    Walk walk;
    Story s;
    s.who = "mp";
    s.landlord = "kirklees-homes-neighbourhoods";
    s.consent = "none";
    answer_to_result(walk, s);
    const Case c = story_case(s);
    const Verdict v = evaluate(c, test::catalogue());
    CHECK(walk.view().heading == v.headline);
    answer_details_to_documents(walk, false);
    std::set<std::string> kinds;
    for (const auto& d : walk.view().documents) kinds.insert(d.kind);
    std::set<std::string> expected;
    for (DocumentKind k : recommended_documents(c, v)) expected.insert(std::string(name_of(k)));
    CHECK(kinds == expected);
    CHECK(kinds.count("consent") == 1);
}

TEST_CASE("a caseworker's references, contact details and enclosures reach the letters") {
    Walk walk;
    Story s;
    s.who = "mp";
    s.landlord = "halton-housing";
    s.progress = "stage1-waiting";
    s.process_dates = {"2025-10-06"};
    answer_to_result(walk, s);
    walk.next("your-details");
    walk.answer("complainant.name", "Sam Taylor");
    walk.next("complaint-details");
    walk.answer("issue.summary", "The heating does not work.");
    walk.answer("issue.outcome_sought", "Repair the boiler.");
    std::string many;
    for (int k = 0; k < 21; ++k) many += "Photo " + std::to_string(k + 1) + "\n";
    walk.answer("issue.enclosures", many);
    walk.send({{"type", "continue"}});
    REQUIRE(walk.view().errors.size() == 1);
    CHECK(walk.view().errors[0].message == "Enter 20 things or fewer, one a line");
    walk.answer("issue.enclosures", "Photos of the boiler\n\n  A letter from the GP  \n");
    walk.next("adjustments");
    walk.next("check");
    // The representative's page asks for their email, phone and reference; the dates page for
    // the landlord's reference.
    walk.send({{"type", "change"}, {"page", "representative"}});
    REQUIRE(walk.page() == "representative");
    walk.answer("representative.email", "office@mp.example");
    walk.answer("representative.phone", "020 7946 0000");
    walk.answer("representative.reference", "JB/4471");
    walk.next("check");
    walk.send({{"type", "change"}, {"page", "process-dates"}});
    REQUIRE(walk.page() == "process-dates");
    walk.answer("process.complaint_reference", "C-2025-0456");
    walk.next("check");
    walk.next("documents");
    const std::optional<Case> answered = walk.w.current_case();
    REQUIRE(answered.has_value());
    const Case& c = *answered;
    CHECK(c.issue.enclosures == std::vector<std::string>{"Photos of the boiler", "A letter from the GP"});
    const std::string letter = render_text(write_document(DocumentKind::representation, c, test::catalogue()));
    for (const char* words : {"Our reference: JB/4471", "Your reference: C-2025-0456", "Email: office@mp.example",
                              "Phone: 020 7946 0000", "- Photos of the boiler\n- A letter from the GP\n"})
        CHECK_MESSAGE(letter.find(words) != std::string::npos, words);
}

TEST_CASE("another landlord asks the landlord's name and uses the Code") {
    Walk walk;
    Story s;
    s.landlord = "ombudsman-code";
    answer_to_result(walk, s);
    // The headline and next steps name the landlord the reader gave, not "your landlord".
    CHECK(walk.view().heading == "Northfield Homes should treat this as a complaint.");
    walk.send({{"type", "back"}});
    CHECK(walk.page() == "progress");
}

TEST_CASE("every path through the flow reaches documents that match the engine") {
    // Each kind of person filling it in, each landlord, each point in the process.
    const std::vector<std::string> whos = {"none", "relative", "friend", "advocate", "support-worker",
                                           "advice-agency", "solicitor", "mp", "councillor"};
    const std::vector<std::pair<std::string, std::vector<std::string>>> progresses = {
        {"not-yet", {}},
        {"stage1-waiting", {"2025-10-02"}},
        {"stage1-answered", {"2025-10-02", "2025-10-20"}},
        {"stage2-waiting", {"2025-10-02", "2025-10-20", "2025-10-27"}},
        {"stage2-answered", {"2025-10-02", "2025-10-20", "2025-10-27", "2025-11-10"}}};
    int walks = 0;
    for (const std::string& who : whos)
        for (const Policy& p : test::catalogue().policies())
            for (const auto& stage : progresses) {
                // Named copies: clang 14 cannot capture structured bindings in CAPTURE's lambda.
                const std::string& progress = stage.first;
                const std::vector<std::string>& dates = stage.second;
                CAPTURE(who);
                CAPTURE(p.id);
                CAPTURE(progress);
                Walk walk;
                Story s;
                s.who = who;
                s.landlord = p.id;
                s.progress = progress;
                s.process_dates = dates;
                s.consent = walks % 2 == 0 ? "none" : "written";
                answer_to_result(walk, s);
                // Every page so far had a heading and a title naming it.
                CHECK(!walk.view().heading.empty());
                CHECK(walk.view().title == walk.view().heading + " - Redress");
                answer_details_to_documents(walk, progress != "not-yet" && progress != "stage1-waiting");

                const auto c = walk.w.current_case();
                REQUIRE(c.has_value());
                const Verdict v = evaluate(*c, test::catalogue());
                REQUIRE(!walk.view().documents.empty());
                CHECK(walk.view().documents.front().kind == name_of(main_document(*c, v)));
                CHECK(name_of(c->representative.kind) == who);
                CHECK(c->process.stage1_submitted.has_value() == (progress != "not-yet"));
                CHECK(c->process.stage2_response.has_value() == (progress == "stage2-answered"));
                ++walks;
            }
    CHECK(walks == 9 * int(test::catalogue().policies().size()) * 5);
}

// The question pages are templates ("{you|the tenant}", "{landlord}"): every one must come out
// filled in, whoever answers and whatever the landlord and progress, and GOV.UK marks every
// optional question "(optional)" and no required one.
TEST_CASE("every question page reads as finished text, with optional questions marked") {
    std::size_t pages = 0;
    for (const std::string who : {"none", "mp"})
        for (const Policy& landlord : test::catalogue().policies())
            for (const std::string progress : {"not-yet", "stage2-answered"}) {
                const Answers a = {{"representative.kind", who}, {"landlord", landlord.id}, {"progress", progress},
                                   {"landlord_name", "Northfield {you|x} Homes"}};
                for (const PageRow& row : Vocabulary<PageId>::rows) {
                    const PageId id = row.value;
                    if (!is_question_page(id) || !page_applies(id, FlowState{a, test::catalogue(), kToday})) continue;
                    const PageSpec spec = page_spec(id, a, test::catalogue());
                    ++pages;
                    INFO(row.name << " for " << who << ", " << landlord.id << ", " << progress);
                    REQUIRE(!spec.questions.empty());
                    CHECK(!spec.heading.empty());
                    CHECK(!spec.caption.empty());
                    std::vector<std::string> texts = {spec.heading, spec.hint};
                    for (const Question& q : spec.questions) {
                        const Field& f = q.field;
                        texts.insert(texts.end(), {f.label, f.hint, f.autocomplete, q.missing, q.date_name});
                        for (const Option& o : f.options) texts.insert(texts.end(), {o.label, o.hint});
                        const bool marked = f.label.size() > 11 && f.label.ends_with(" (optional)");
                        CHECK_MESSAGE(marked == f.optional, f.id << ": \"" << f.label << "\"");
                        CHECK(f.optional == q.missing.empty());
                        if (f.type == FieldType::date) CHECK(!q.date_name.empty());
                    }
                    // The landlord's own name is copied as typed, braces and all; nothing else is left over.
                    for (std::string text : texts) {
                        for (std::size_t at; (at = text.find("Northfield {you|x} Homes")) != std::string::npos;)
                            text.erase(at, 24);
                        CHECK_MESSAGE(text.find_first_of("{|}") == std::string::npos, "\"" << text << "\"");
                    }
                    if (id == PageId::landlord) CHECK(spec.questions[0].field.options.size() == test::catalogue().policies().size());
                }
            }
    CHECK(pages > 80);
}

TEST_CASE("Continue with no answer shows an error summary and keeps the page") {
    Walk walk;
    walk.next("who");
    const auto r = walk.send({{"type", "continue"}});
    CHECK(r.has_errors);
    CHECK(walk.page() == "who");
    REQUIRE(walk.view().errors.size() == 1);
    CHECK(walk.view().errors[0].message == "Select who is filling this in");
    CHECK(walk.view().errors[0].target == "representative.kind.none");  // the first radio
    CHECK(walk.view().title == "Error: Who is filling this in? - Redress");
    REQUIRE(walk.view().fields.size() == 1);
    CHECK(walk.view().fields[0].error == "Select who is filling this in");
    // Answering and continuing clears it.
    walk.answer("representative.kind", "none");
    walk.next("landlord");
    CHECK(walk.view().errors.empty());
}

TEST_CASE("date questions are checked the GOV.UK way and the answers are kept") {
    Walk walk;
    answer_to_check(walk, Story{});
    walk.send({{"type", "change"}, {"page", "event-date"}});
    REQUIRE(walk.page() == "event-date");
    struct Bad {
        const char *day, *month, *year, *message, *target;
    };
    const Bad cases[] = {
        {"", "", "", "Enter the date it happened", "issue.event_date.day"},
        {"3", "", "2025", "The date it happened must include a month", "issue.event_date.month"},
        {"", "4", "2025", "The date it happened must include a day", "issue.event_date.day"},
        {"3", "4", "", "The date it happened must include a year", "issue.event_date.year"},
        {"31", "2", "2025", "The date it happened must be a real date", "issue.event_date.day"},
        {"3", "Apr", "2025", "The date it happened must be a real date", "issue.event_date.month"},
        {"3", "4", "25", "Year must include 4 numbers", "issue.event_date.year"},
        {"21", "11", "2025", "The date it happened must be today or in the past", "issue.event_date.day"},
        {"1", "1", "1999", "The date it happened must be a real date", "issue.event_date.day"},
    };
    for (const Bad& b : cases) {
        CAPTURE(b.message);
        walk.answer("issue.event_date.day", b.day);
        walk.answer("issue.event_date.month", b.month);
        walk.answer("issue.event_date.year", b.year);
        const auto r = walk.send({{"type", "continue"}});
        CHECK(r.has_errors);
        CHECK(walk.page() == "event-date");
        REQUIRE(walk.view().errors.size() == 1);
        CHECK(walk.view().errors[0].message == b.message);
        CHECK(walk.view().errors[0].target == b.target);
        REQUIRE(walk.view().fields.size() == 1);
        REQUIRE(walk.view().fields[0].parts.size() == 3);
        CHECK(walk.view().fields[0].parts[0].value == b.day);  // kept, never cleared
        CHECK(walk.view().fields[0].parts[1].value == b.month);
        CHECK(walk.view().fields[0].parts[2].value == b.year);
    }
    // 20 November 2025 is today: allowed. The flow goes back to the check page.
    walk.date("issue.event_date", "2025-11-20");
    walk.next("check");
}

TEST_CASE("a date found out cannot come before the date it happened") {
    Walk walk;
    Story late;  // Halton 5.1: more than 12 months old, and its awareness wording is open
    late.event = "2024-09-10";
    late.ongoing = false;
    late.asks_aware = late.asks_last_raised = true;
    answer_to_check(walk, late);
    walk.send({{"type", "change"}, {"page", "aware-date"}});
    walk.date("issue.aware_date", "2024-09-01");
    walk.send({{"type", "continue"}});
    REQUIRE(walk.view().errors.size() == 1);
    CHECK(walk.view().errors[0].message == "The date you found out must be the same as or after the date it happened");
    walk.date("issue.aware_date", "2024-10-05");
    walk.next("check");
}

TEST_CASE("process dates must come in order") {
    Walk walk;
    Story s;
    s.progress = "stage1-answered";
    s.process_dates = {"2025-10-02", "2025-10-20"};
    answer_to_check(walk, s);
    walk.send({{"type", "change"}, {"page", "process-dates"}});
    walk.date("process.stage1_response", "2025-09-30");
    walk.send({{"type", "continue"}});
    REQUIRE(walk.view().errors.size() == 1);
    CHECK(walk.view().errors[0].target == "process.stage1_response.day");
}

TEST_CASE("text answers: required, length, email and phone") {
    Walk walk;
    answer_to_result(walk, Story{});
    walk.next("your-details");
    walk.answer("complainant.email", "sam at example");
    walk.answer("complainant.phone", "call me");
    walk.send({{"type", "continue"}});
    REQUIRE(walk.view().errors.size() == 3);
    CHECK(walk.view().errors[0].message == "Enter the full name");  // in the page's order
    CHECK(walk.view().errors[1].message == "Enter an email address in the correct format, like name@example.com");
    CHECK(walk.view().errors[2].message.rfind("Enter a phone number", 0) == 0);
    walk.answer("complainant.name", std::string(501, 'x'));
    walk.answer("complainant.email", "sam@example.org");
    walk.answer("complainant.phone", "+44 (0)1632 960001");
    walk.send({{"type", "continue"}});
    REQUIRE(walk.view().errors.size() == 1);
    CHECK(walk.view().errors[0].message == "Full name must be 500 characters or fewer");
    // 500 characters of three bytes each is still 500 characters.
    std::string chinese;
    for (int k = 0; k < 500; ++k) chinese += "\xe6\x88\x91";
    walk.answer("complainant.name", chinese);
    walk.next("complaint-details");
}

TEST_CASE("None of these and the other checkboxes exclude each other") {
    Walk walk;
    answer_to_check(walk, Story{});
    walk.send({{"type", "change"}, {"page", "circumstances"}});
    walk.tick("circumstances", "disrepair");
    CHECK(walk.w.answers().at("circumstances") == "disrepair");
    walk.tick("circumstances", "health_and_safety");
    CHECK(walk.w.answers().at("circumstances") == "health_and_safety,disrepair");
    walk.tick("circumstances", "none");
    CHECK(walk.w.answers().at("circumstances") == "none");
    walk.tick("circumstances", "safeguarding");
    CHECK(walk.w.answers().at("circumstances") == "safeguarding");
    walk.tick("circumstances", "safeguarding", false);
    CHECK(walk.w.answers().at("circumstances").empty());
    walk.send({{"type", "continue"}});
    REQUIRE(walk.view().errors.size() == 1);
    CHECK(walk.view().errors[0].target == "circumstances.health_and_safety");
    walk.tick("circumstances", "disrepair");
    walk.next("check");
    REQUIRE(walk.w.current_case().has_value());
    CHECK(walk.w.current_case()->issue.disrepair);
    CHECK_FALSE(walk.w.current_case()->issue.safeguarding);
}

TEST_CASE("Back skips pages that do not apply, and goes to the check page after a Change") {
    Walk walk;
    answer_to_result(walk, Story{});
    walk.send({{"type", "back"}});
    CHECK(walk.page() == "progress");  // "not-yet" has no process dates page
    walk.send({{"type", "back"}});
    CHECK(walk.page() == "previous-complaint");
    for (int k = 0; k < 9; ++k) walk.send({{"type", "back"}});
    // No representative or consent pages for a tenant, no dates that cannot matter, no hazard
    // dates when the answer to the hazard question was "No".
    CHECK(walk.page() == "landlord");
    walk.send({{"type", "back"}});
    CHECK(walk.page() == "who");
    walk.send({{"type", "back"}});
    CHECK(walk.page() == "start");
    CHECK_FALSE(walk.send({{"type", "back"}}).ok);
    CHECK(walk.page() == "start");
}

TEST_CASE("a Change that calls for new questions asks them, then returns to the check page") {
    Walk walk;
    answer_to_result(walk, Story{});
    answer_details_to_documents(walk, false);
    walk.send({{"type", "back"}});
    REQUIRE(walk.page() == "check");
    // The check page lists the answers with Change links to their pages.
    bool landlord_row = false;
    for (const wizard::Block& b : walk.view().content)
        for (const Row& r : b.rows)
            if (r.change == "landlord") landlord_row = r.value == "Halton Housing";
    CHECK(landlord_row);
    std::vector<std::string> first_request_rows;
    for (const wizard::Block& b : walk.view().content)
        for (const Row& r : b.rows)
            if (r.change == "first-request") first_request_rows.push_back(r.value);
    CHECK(first_request_rows == std::vector<std::string>{"No"});  // the story answered no

    walk.send({{"type", "change"}, {"page", "who"}});
    walk.answer("representative.kind", "advocate");
    walk.next("representative");
    walk.answer("representative.name", "Jo Advocate");
    walk.next("consent");
    walk.answer("representative.consent", "written");
    walk.next("check");
    walk.send({{"type", "change"}, {"page", "landlord"}});
    walk.answer("landlord", "hhal");
    walk.next("check");
    walk.next("documents");
    CHECK(walk.w.current_case()->landlord == "hhal");
    CHECK(walk.w.current_case()->representative.name == "Jo Advocate");
}

TEST_CASE("Start again clears every answer") {
    Walk walk;
    answer_to_result(walk, Story{});
    walk.send({{"type", "start-again"}});
    CHECK(walk.page() == "start");
    CHECK(walk.w.answers().empty());
    CHECK_FALSE(walk.w.current_case().has_value());
}

TEST_CASE("Clear my answers asks first: keeping them goes back with nothing lost, clearing starts again") {
    Walk walk;
    answer_to_result(walk, Story{});
    const Answers before = walk.w.answers();
    const ViewModel& result = walk.view();
    const Button& clear = result.buttons.back();
    CHECK(clear.label == "Clear my answers and start again");
    InputError error;
    REQUIRE(walk.w.dispatch(*parse_action(clear.action, error)).page_changed);
    CHECK(walk.page() == "clear");
    CHECK(walk.w.answers() == before);  // one press clears nothing
    CHECK(walk.view().heading == "Are you sure you want to clear your answers?");
    REQUIRE(walk.view().buttons.size() == 2);
    CHECK(walk.view().buttons[0].label == "No, keep my answers");
    CHECK(walk.view().buttons[1].label == "Yes, clear my answers");
    CHECK(walk.view().buttons[1].style == ButtonStyle::warning);
    walk.w.dispatch(*parse_action(walk.view().buttons[0].action, error));
    CHECK(walk.page() == "result");
    CHECK(walk.w.answers() == before);
    walk.w.dispatch(*parse_action(walk.view().buttons.back().action, error));  // ask again, then clear
    walk.w.dispatch(*parse_action(walk.view().buttons[1].action, error));
    CHECK(walk.page() == "start");
    CHECK(walk.w.answers().empty());
}

// 18.5: the flow asks when the tenant found out, and when they last raised it, only where the
// answer could change whether the complaint is in time, by each policy's own time limit
// (its clause) and the Code's 12 months from when it happened or the tenant found out (Code 2.3).
TEST_CASE("the dates found out and last raised are asked only where they could change the time limit") {
    struct Row {
        const char* landlord;
        const char* event;
        bool ongoing, asks_aware, asks_last_raised;
        const char* why;
    };
    const Row rows[] = {
        {"halton-housing", "2025-10-01", false, false, false, "Halton 5.1: within 12 months of when it happened"},
        {"halton-housing", "2024-09-10", false, true, true, "Halton 5.1: over 12 months; its wording leaves awareness open"},
        {"halton-housing", "2024-09-10", true, false, false, "still happening: measured from today"},
        {"together-housing", "2025-03-01", false, false, false, "Together 2.4: 6 months from the event, Code 2.3 within 12"},
        {"together-housing", "2024-09-10", false, true, false, "past the Code's 12 months, which count from awareness"},
        {"kirklees-homes-neighbourhoods", "2024-09-10", false, true, true, "Kirklees: 12 months from when it was last raised"},
        {"kirklees-homes-neighbourhoods", "2025-01-10", false, false, false, "Kirklees: within 12 months"},
        {"hhal", "2025-03-01", false, false, false, "HHAL 4.3: 6 months from the event; Code 2.3 within 12"},
    };
    for (const Row& row : rows) {
        CAPTURE(row.why);
        Story s;
        s.landlord = row.landlord;
        s.event = row.event;
        s.ongoing = row.ongoing;
        s.asks_aware = row.asks_aware;
        s.asks_last_raised = row.asks_last_raised;
        Walk walk;
        answer_to_result(walk, s);
    }
}

TEST_CASE("the check page shows each question once, and answers on pages that no longer apply") {
    Walk walk;
    Story late;
    late.event = "2024-09-10";
    late.ongoing = false;
    late.asks_aware = late.asks_last_raised = true;
    answer_to_check(walk, Story{});
    for (const wizard::Block& b : walk.view().content) {
        if (b.rows.size() == 1) CHECK_MESSAGE(b.text.empty(), b.text);  // one question: its own row, no heading
        if (b.rows.size() > 1) CHECK_FALSE(b.text.empty());
    }
    // A date found out, given while the problem seemed over and late, still counts once the
    // tenant says it is still happening: the check page still shows it, with a Change link that works.
    Walk changed;
    answer_to_check(changed, late);
    changed.send({{"type", "change"}, {"page", "aware-date"}});
    changed.date("issue.aware_date", "2024-10-05");
    changed.next("check");
    changed.send({{"type", "change"}, {"page", "ongoing"}});
    changed.answer("issue.ongoing", "yes");
    changed.next("check");
    bool shown = false;
    for (const wizard::Block& b : changed.view().content)
        for (const Row& r : b.rows) shown = shown || (r.change == "aware-date" && r.value == "Saturday 5 October 2024");
    CHECK(shown);
    CHECK(changed.send({{"type", "change"}, {"page", "aware-date"}}).ok);
}

TEST_CASE("hostile actions are refused and change nothing") {
    Walk walk;
    walk.next("who");
    const std::string before = walk.w.draft();
    // Names of pages, kinds and formats are read where the action comes in: an unknown one is not an action.
    const std::vector<std::string> bad_json = {"", "[]", "{\"type\":\"fly\"}", "{\"type\":\"answer\"}",
                                               "{\"type\":1}", "{\"type\":\"change\"}", std::string(100, '['),
                                               R"({"type":"change","page":"nowhere"})",
                                               R"({"type":"export","kind":"poem","format":"text"})",
                                               R"({"type":"export","kind":"stage1","format":"pdf"})"};
    for (const std::string& text : bad_json) {
        InputError error;
        CHECK_FALSE(parse_action(text, error).has_value());
        CHECK(!error.message.empty());
    }
    const std::vector<nlohmann::json> refused = {
        {{"type", "answer"}, {"field", "landlord"}, {"value", "halton-housing"}},  // not on this page
        {{"type", "answer"}, {"field", "representative.kind"}, {"value", "king"}},  // not an option
        {{"type", "toggle"}, {"field", "representative.kind"}, {"value", "none"}},  // not checkboxes
        {{"type", "change"}, {"page", "documents"}},
        {{"type", "export"}, {"kind", "stage1"}, {"format", "text"}},  // no case yet
    };
    for (const auto& action : refused) {
        CAPTURE(action.dump());
        const auto r = walk.send(action);
        CHECK_FALSE(r.ok);
        CHECK(!r.error.empty());
        CHECK(walk.w.draft() == before);
    }
}

TEST_CASE("a draft restores the same page and answers; a bad draft is refused whole") {
    Walk walk;
    Story s;
    s.who = "advice-agency";
    s.progress = "stage1-waiting";
    s.process_dates = {"2025-10-02"};
    answer_to_result(walk, s);
    walk.next("your-details");
    walk.answer("complainant.name", test::kWorldText[0]);
    const std::string draft = walk.w.draft();

    Wizard restored(test::catalogue(), kToday);
    InputError error;
    REQUIRE_MESSAGE(restored.restore(draft, error), error.to_string());
    CHECK(restored.view().page == "your-details");
    CHECK(restored.answers() == walk.w.answers());
    // The same page, field for field (the revision counter aside).
    nlohmann::json before = nlohmann::json::parse(view_json(walk.view())), after = nlohmann::json::parse(view_json(restored.view()));
    before.erase("revision");
    after.erase("revision");
    CHECK(after == before);
    CHECK(restored.view().fields[0].value == test::kWorldText[0]);

    const std::vector<std::string> bad = {
        "not json",
        R"({"format":"something-else","schema":1,"page":"who","answers":{}})",
        R"({"format":"redress-draft","schema":2,"page":"who","answers":{}})",
        R"({"format":"redress-draft","schema":1,"page":"nowhere","answers":{}})",
        R"({"format":"redress-draft","schema":1,"page":"who","answers":{"password":"x"}})",
        R"({"format":"redress-draft","schema":1,"page":"who","answers":{"landlord":7}})",
        R"({"format":"redress-draft","schema":1,"page":"who","answers":{},"done":["nowhere"]})",
        R"({"format":"redress-draft","schema":1,"page":"who"})",
    };
    for (const std::string& text : bad) {
        CAPTURE(text);
        Wizard w(test::catalogue(), kToday);
        REQUIRE(w.restore(draft, error));
        CHECK_FALSE(w.restore(text, error));
        CHECK(!error.message.empty());
        CHECK(w.draft() == restored.draft());  // unchanged
    }
}

TEST_CASE("a draft on the result page whose answers no longer make a case starts again") {
    Wizard w(test::catalogue(), kToday);
    InputError error;
    REQUIRE(w.restore(R"({"format":"redress-draft","schema":1,"page":"result","answers":{"landlord":"hhal"}})", error));
    CHECK(w.view().page == "start");
}

TEST_CASE("answers and cases convert both ways without loss") {
    test::Generator g{2024};
    for (int k = 0; k < 300; ++k) {
        nlohmann::json j = test::generated_case(g);
        // A case with no representative has no representative's details to keep.
        if (j["representative"]["kind"] == "none") j.erase("representative");
        InputError error;
        const auto original = parse_case(j.dump(), test::catalogue(), kToday, error);
        REQUIRE_MESSAGE(original.has_value(), error.to_string());
        const Answers a = answers_from_case(*original);
        const auto back = parse_case(case_json_from_answers(a, original->today), test::catalogue(),
                                          original->today, error);
        REQUIRE_MESSAGE(back.has_value(), error.to_string() << "\n" << j.dump());
        CHECK_MESSAGE(case_json(*back) == case_json(*original), j.dump());
    }
}

TEST_CASE("an imported case file lands on the check page with every answer") {
    Story s;
    s.who = "councillor";
    s.landlord = "cheshire-west-forhousing";
    Case c = story_case(s);
    c.complainant.name = test::kWorldText[1];
    c.issue.summary = "The lift has been broken for a month.";
    c.issue.outcome_sought = test::kWorldText[3];
    const std::string file = export_case_file(c, {DocumentKind::stage1}, test::catalogue());
    Walk walk;
    const auto r = walk.send({{"type", "import"}, {"text", file}});
    CHECK(r.ok);
    CHECK_FALSE(r.has_errors);
    CHECK(walk.page() == "check");
    walk.next("documents");
    REQUIRE(walk.w.current_case().has_value());
    CHECK(case_json(*walk.w.current_case()) == case_json(c));

    Walk bad;
    const auto refused = bad.send({{"type", "import"}, {"text", R"({"format":"redress-case-file","schema":9})"}});
    CHECK(refused.has_errors);
    CHECK(bad.page() == "start");
    REQUIRE(bad.view().errors.size() == 1);
    CHECK(bad.view().errors[0].message.find("schema") != std::string::npos);
    // Plain words first, for a tenant; the detail after it, for whoever helps (issue 29).
    CHECK(bad.view().errors[0].message.rfind("Redress could not open this file. Choose the file you saved", 0) == 0);
    CHECK(bad.view().title.rfind("Error: ", 0) == 0);
}

TEST_CASE("exports from the documents page match redress letter's") {
    Walk walk;
    answer_to_result(walk, Story{});
    answer_details_to_documents(walk, false);
    const Case c = *walk.w.current_case();
    for (const char* format : {"text", "html", "large-print", "json", "ics", "copy", "print"}) {
        CAPTURE(format);
        const auto r = walk.send({{"type", "export"}, {"kind", "stage1"}, {"format", format}});
        REQUIRE(r.ok);
        REQUIRE(r.file.has_value());
        CHECK(!r.file->content.empty());
        std::string f = format;
        if (f == "copy") f = "text";
        if (f == "print") f = "html";
        std::string why;
        const auto direct = export_document(DocumentKind::stage1, *parse_name<ExportFormat>(f), c, test::catalogue(), false, why);
        REQUIRE(direct.has_value());
        CHECK(r.file->content == direct->content);
    }
    // Halton Housing publishes a complaints email, so the letter can open in an email app.
    const auto mail = walk.send({{"type", "export"}, {"kind", "stage1"}, {"format", "mailto"}});
    REQUIRE(mail.ok);
    CHECK(mail.intent == Intent::open);
    CHECK(mail.file->content.rfind("mailto:", 0) == 0);
}

TEST_CASE("the view model as JSON carries what the hosts draw") {
    Walk walk;
    walk.next("who");
    const nlohmann::json j = nlohmann::json::parse(view_json(walk.view()));
    CHECK(j["page"] == "who");
    CHECK(j["heading"] == "Who is filling this in?");
    CHECK(j["fields"][0]["type"] == "radio");
    CHECK(j["fields"][0]["is_heading"] == true);
    CHECK(j["fields"][0]["options"].size() == 9);
    CHECK(j["buttons"][0]["action"]["type"] == "continue");
    CHECK(j["back"] == true);
    const int revision = j["revision"];
    walk.answer("representative.kind", "friend");
    CHECK(walk.view().revision > revision);
}

// Danger first (issue 27): every way through the hazard pages, to the result. The page asks
// whether someone could be hurt soon, then (in an emergency) what kind of danger; the result's
// heading is what to do now, the gas line only for gas (../shared/docs/awaabs-law.md).
TEST_CASE("the hazard pages: the risk, the kind of danger, and what to do now on the result") {
    struct Row {
        const char* why;
        const char* hazard;
        const char* risk;
        const char* danger;
        const char* reported;
        const char* heading_has;  // "" when the heading is the complaint's own
        bool gas;
    };
    const Row rows[] = {
        {"a gas smell", "emergency", "", "gas", "", "0800 111 999", true},
        {"bare live wires, told yesterday", "emergency", "", "electricity", "2025-11-19", "emergency repairs line", false},
        {"no heating for someone old: another hazard, a risk of harm now", "other", "yes", "no-heat", "",
         "emergency repairs line", false},
        {"a loose handrail, not sure of the risk", "other", "not-sure", "", "", "", false},
        {"damp and mould, no risk of harm now", "damp-mould", "no", "", "2025-11-03", "", false},
        {"damp and mould and a child with asthma", "damp-mould", "yes", "", "2025-11-03", "emergency repairs line", false},
    };
    for (const Row& row : rows) {
        CAPTURE(row.why);
        Walk walk;
        Story s;
        s.hazard = row.hazard;
        s.risk = row.risk;
        s.danger = row.danger;
        s.hazard_reported = row.reported;
        answer_to_result(walk, s);
        const std::string& heading = walk.view().heading;
        if (*row.heading_has) CHECK(heading.find(row.heading_has) != std::string::npos);
        else CHECK(heading.find("emergency repairs line") == std::string::npos);
        CHECK((heading.find("0800 111 999") != std::string::npos) == row.gas);
    }
}
