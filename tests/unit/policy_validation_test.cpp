// A bad policy file fails with the file, the field and the reason.
#include <doctest/doctest.h>

#include <string>

#include "rules/policy.h"
#include "rules/policy_catalogue.h"
#include "util/embedded_files.h"

using namespace redress;

namespace {

// A small valid policy: a base for breaking one thing at a time.
std::string baseline_text() {
    return R"({"schema":2,"id":"test-landlord","name":"Test","short_name":"Test","document":"Doc","date":"2025",
      "source":"x","cite_prefix":"Test","contact":{"cite":"1","quote":"q"},
      "service_request":{"cite":"1","quote":"q"},
      "time_limit":{"months":12,"from":"event","cite":"2","quote":"q"},
      "exclusions":[{"id":"x","when":"legal-proceedings-started","result":"excluded","code":"allowed","code_cite":"Code 2.2","cite":"3","quote":"q","reason":"r"}],
      "consent":[{"for":["relative","friend","advocate","support-worker","advice-agency","solicitor","tenant-panel"],
                  "needs":"signed","cite":"4","quote":"q"},
                 {"for":["mp","councillor"],"needs":"nothing","cite":"4","quote":"q","reason":"r"}],
      "stages":{"stage1":{"acknowledge":{"count":5,"unit":"working-days","from":"receipt","cite":"5","quote":"q"}}}})";
}

std::string replaced(std::string text, const std::string& from, const std::string& to) {
    const auto at = text.find(from);
    REQUIRE_MESSAGE(at != std::string::npos, "test edit not found: " << from);
    return text.replace(at, from.size(), to);
}

}  // namespace

TEST_CASE("a valid policy loads") {
    InputError error;
    const auto p = load_policy(baseline_text(), "test-landlord.json", error);
    REQUIRE_MESSAGE(p.has_value(), error.to_string());
    CHECK(p->time_limit.months == 12);
    CHECK(p->stage1.acknowledge->count == 5);
}

TEST_CASE("each kind of bad policy names the file and field") {
    struct Row {
        const char* from;
        const char* to;
        const char* field;
        const char* words;
    };
    const Row rows[] = {
        {R"("schema":2)", R"("schema":1)", "test-landlord.json: schema", "must be 2"},
        {R"("months":12,)", R"("months":"twelve",)", "test-landlord.json: time_limit.months", "whole number"},
        {R"("unit":"working-days")", R"("unit":"weeks")", "test-landlord.json: stages.stage1.acknowledge.unit", "not one of"},
        {R"("when":"legal-proceedings-started")", R"("when":"full-moon")", "test-landlord.json: exclusions[0].when", "not one of"},
        {R"("code_cite":"Code 2.2",)", "", "test-landlord.json: exclusions[0].code_cite", "is required"},
        {R"(["mp","councillor"])", R"(["mp","wizard"])", "test-landlord.json: consent[1].for[1]", "not one of"},
        {R"(["mp","councillor"])", R"(["mp"])", "test-landlord.json: consent", "\"councillor\" is in 0 rules"},
        {R"(["mp","councillor"])", R"(["mp","councillor","friend"])", "test-landlord.json: consent", "\"friend\" is in 2 rules"},
        {R"("needs":"nothing")", R"("needs":"a letter")", "test-landlord.json: consent[1].needs", "not one of"},
        {R"("unit":"working-days","from":"receipt",)", R"("unit":"working-days",)", "test-landlord.json: stages.stage1.acknowledge.from", "is required"},
        {R"("from":"receipt")", R"("from":"whenever")", "test-landlord.json: stages.stage1.acknowledge.from", "not one of"},
        {R"("time_limit":{"months":12,"from":"event","cite":"2","quote":"q"},)", "", "test-landlord.json: time_limit", "is required"},
        {R"("id":"test-landlord")", R"("id":"Test Landlord")", "test-landlord.json: id", "lower-case"},
        {R"("cite":"4","quote":"q"})", R"("cite":"4"})", "test-landlord.json: consent[0].quote", "is required"},
        {R"("cite_prefix":"Test",)", R"("cite_prefix":"Test","baseline":true,)", "test-landlord.json: statutory", "is required"},
    };
    for (const Row& row : rows) {
        CAPTURE(row.field);
        InputError error;
        CHECK_FALSE(load_policy(replaced(baseline_text(), row.from, row.to), "test-landlord.json", error).has_value());
        CHECK(error.field == row.field);
        CHECK(error.message.find(row.words) != std::string::npos);
    }
    InputError error;
    CHECK_FALSE(load_policy("{not json", "broken.json", error).has_value());
    CHECK(error.to_string() == "broken.json: the input is not valid JSON");
}

TEST_CASE("a catalogue refuses a file whose name does not match its id, and needs the baseline") {
    const std::string text = baseline_text();
    const EmbeddedFile files[] = {{"wrong-name.json", text}};
    const PolicyCatalogue catalogue(files);
    REQUIRE(catalogue.errors().size() == 1);
    CHECK(catalogue.errors()[0].to_string().find("must then be named test-landlord.json") != std::string::npos);
    const EmbeddedFile right[] = {{"test-landlord.json", text}};
    const PolicyCatalogue no_baseline(right);
    REQUIRE(no_baseline.errors().size() == 1);
    CHECK(no_baseline.errors()[0].message.find("baseline") != std::string::npos);
}

TEST_CASE("the baseline must carry the Code's stage 2 provisions the engine and letters cite") {
    std::string code;
    for (const EmbeddedFile& f : policies::embedded_files())
        if (f.name == "ombudsman-code.json") code = std::string(f.data);
    REQUIRE_FALSE(code.empty());
    InputError error;
    CHECK(load_policy(code, "ombudsman-code.json", error).has_value());
    CHECK_FALSE(load_policy(replaced(code, "\"escalation-no-reasons\"", "\"renamed\""), "ombudsman-code.json", error).has_value());
    CHECK(error.field == "ombudsman-code.json: notes");
}
