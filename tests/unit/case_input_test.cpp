// Bad cases are refused with the field and the problem; nothing crashes or hangs.
#include <doctest/doctest.h>

#include <string>

#include "rules/case.h"
#include "rules/policy_catalogue.h"
#include "test_support.h"

using namespace redress;

namespace {

InputError error_for(const std::string& json) {
    InputError error;
    const auto c = parse_case(json, test::catalogue(), test::d("2025-11-20"), error);
    CHECK_FALSE(c.has_value());
    return error;
}

}  // namespace

TEST_CASE("the embedded policies all load") {
    CHECK(test::catalogue().errors().empty());
    // One policy a file (the tables of test cases are embedded elsewhere): the five landlords and the Code at least.
    CHECK(test::catalogue().policies().size() == policies::embedded_files().size());
    CHECK(test::catalogue().policies().size() >= 6);
    CHECK(test::catalogue().baseline() != nullptr);
}

TEST_CASE("minimal case: only landlord and issue.event_date") {
    InputError error;
    const auto c = parse_case(R"({"landlord":"hhal","issue":{"event_date":"2025-01-01"}})", test::catalogue(),
                              test::d("2025-11-20"), error);
    REQUIRE(c.has_value());
    CHECK(c->today == test::d("2025-11-20"));
    CHECK(c->complainant.role == Role::tenant);
    CHECK(c->representative.kind == RepresentativeKind::none);
    CHECK(c->issue.legal_proceedings == LegalProceedings::none);
}

TEST_CASE("each kind of bad input names its field") {
    struct Row {
        const char* json;
        const char* field;
        const char* words;
    };
    const Row rows[] = {
        {R"({"landlord":"hhal","issue":{"event_date":"2025-02-30"}})", "issue.event_date", "not a real date"},
        {R"({"landlord":"hhal","issue":{"event_date":"1999-12-31"}})", "issue.event_date", "2000 to 2100"},
        {R"({"landlord":"hhal","issue":{"event_date":"2101-01-01"}})", "issue.event_date", "2000 to 2100"},
        {R"({"landlord":"hhal","issue":{"event_date":"2025-12-01"}})", "issue.event_date", "after today"},
        {R"({"landlord":"hhal","issue":{}})", "issue.event_date", "is required"},
        {R"({"landlord":"hhal"})", "issue", "is required"},
        {R"({"issue":{"event_date":"2025-01-01"}})", "landlord", "is required"},
        {R"({"landlord":"acme","issue":{"event_date":"2025-01-01"}})", "landlord", "halton-housing"},
        {R"({"landlord":"hhal","issue":{"event_date":"2025-01-01","category":"plumbing"}})", "issue.category", "not one of"},
        {R"({"landlord":"hhal","issue":{"event_date":"2025-01-01","ongoing":"yes"}})", "issue.ongoing", "true or false"},
        {R"({"landlord":"hhal","issue":{"event_date":20250101}})", "issue.event_date", "must be text"},
        {R"({"landlord":"hhal","issue":{"event_date":"2025-01-01","aware_date":"2024-12-01"}})", "issue.aware_date", "before issue.event_date"},
        {R"({"landlord":"hhal","issue":{"event_date":"2025-01-01"},"representative":{"kind":"lawyer"}})", "representative.kind", "not one of"},
        {R"({"landlord":"hhal","issue":{"event_date":"2025-01-01"},"process":{"stage1_submitted":"2025-03-01","stage1_response":"2025-02-01"}})", "process.stage1_response", "before process.stage1_submitted"},
        {R"({"landlord":"hhal","issue":{"event_date":"2025-01-01"},"process":{"stage2_response":"2026-01-01"}})", "process.stage2_response", "after today"},
        {R"({"landlord":"hhal","issue":{"event_date":"2025-01-01"},"adjustments":["large-print","telepathy"]})", "adjustments[1]", "not one of"},
        {R"({"landlord":"hhal","today":"2025-13-01","issue":{"event_date":"2025-01-01"}})", "today", "no month 13"},
        {R"({"landlord":"hhal","issue":{"event_date":"2025-01-01","enclosures":"photos"}})", "issue.enclosures", "list"},
        {R"({"landlord":"hhal","issue":{"event_date":"2025-01-01","enclosures":["photos",7]}})", "issue.enclosures[1]", "must be text"},
        {R"({"landlord":"hhal","issue":{"event_date":"2025-01-01","enclosures":["a","a","a","a","a","a","a","a","a","a","a","a","a","a","a","a","a","a","a","a","a"]}})",
         "issue.enclosures", "at most 20"},
        {R"({"landlord":"hhal","issue":{"event_date":"2025-01-01"},"representative":{"kind":"mp","email":42}})", "representative.email", "must be text"},
        {R"(["not","an","object"])", "", "JSON object"},
        {R"({"landlord":"hhal",)", "", "not valid JSON"},
    };
    for (const Row& row : rows) {
        CAPTURE(row.json);
        const InputError e = error_for(row.json);
        CHECK(e.field == row.field);
        CHECK(e.message.find(row.words) != std::string::npos);
    }
}

TEST_CASE("hostile input: deep nesting, huge input, invalid UTF-8") {
    const InputError deep = error_for(std::string(100000, '[') + std::string(100000, ']'));
    CHECK(deep.message.find("nested") != std::string::npos);
    const InputError big = error_for("{\"landlord\":\"" + std::string(1100000, 'a') + "\"}");
    CHECK(big.message.find("1 MB") != std::string::npos);
    const InputError utf8 = error_for("{\"landlord\":\"h\xC3\x28l\"}");
    CHECK(utf8.message.find("UTF-8") != std::string::npos);
    const InputError overlong = error_for("{\"landlord\":\"\xC0\xAF\"}");
    CHECK(overlong.message.find("UTF-8") != std::string::npos);
    const InputError surrogate = error_for("{\"landlord\":\"\xED\xA0\x80\"}");
    CHECK(surrogate.message.find("UTF-8") != std::string::npos);
    // Non-Latin text and emoji are welcome.
    InputError error;
    const auto c = parse_case(R"({"landlord":"hhal","complainant":{"name":"Zofia Łukasiewicz 张伟 আমিনা عائشہ 🙂"},"issue":{"event_date":"2025-01-01"}})",
                              test::catalogue(), test::d("2025-11-20"), error);
    REQUIRE(c.has_value());
    CHECK(c->complainant.name == "Zofia Łukasiewicz 张伟 আমিনা عائشہ 🙂");
}

TEST_CASE("the caseworker's fields: references, contacts, and what is sent, one line an item") {
    InputError error;
    const auto c = parse_case(R"({"landlord":"hhal","issue":{"event_date":"2025-01-01",
        "enclosures":["  Photos of the damp  ","A GP letter\nfrom March","   ",""]},
        "process":{"complaint_reference":"C-123"},
        "representative":{"kind":"mp","name":"Jo","email":"jo@example.org","phone":"0161 496 0000","reference":"JB/1"}})",
                              test::catalogue(), test::d("2025-11-20"), error);
    REQUIRE_MESSAGE(c.has_value(), error.to_string());
    CHECK(c->issue.enclosures == std::vector<std::string>{"Photos of the damp", "A GP letter from March"});
    CHECK(c->process.complaint_reference == "C-123");
    CHECK(c->representative.email == "jo@example.org");
    CHECK(c->representative.phone == "0161 496 0000");
    CHECK(c->representative.reference == "JB/1");
}

TEST_CASE("unknown fields are reported back, not silently dropped") {
    InputError error;
    const auto c = parse_case(R"({"landlord":"hhal","notes":"x","issue":{"event_date":"2025-01-01","evnt_date":"2025-01-02"}})",
                              test::catalogue(), test::d("2025-11-20"), error);
    REQUIRE(c.has_value());
    REQUIRE(c->ignored_fields.size() == 2);
    CHECK(c->ignored_fields[0] == "notes");
    CHECK(c->ignored_fields[1] == "issue.evnt_date");
}
