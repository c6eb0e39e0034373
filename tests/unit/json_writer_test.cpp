// JsonWriter against nlohmann's dump(), the format readers of Redress's output have always seen:
// string escaping byte by byte, compact and indented layout, empty containers, and the verdict
// read back field by field against the Verdict it was written from.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include <string>

#include "case_generator.h"
#include "engine_support.h"
#include "json/writer.h"
#include "rules/engine.h"
#include "rules/policy_catalogue.h"
#include "rules/verdict_json.h"

using namespace redress;

namespace {

std::string written(std::string_view text) {
    JsonWriter w;
    w.value(text);
    return w.take();
}

}  // namespace

TEST_CASE("strings are escaped exactly as nlohmann's dump() escapes them") {
    // Every single byte below 0x80, in every position of the block-at-a-time and word-at-a-time
    // paths and the tail.
    for (int c = 0; c < 0x80; ++c) {
        // Every place in and around the 16-byte blocks and 8-byte words, and tails of every length.
        for (std::size_t before = 0; before <= 34; ++before) {
            for (const std::size_t after : {std::size_t{0}, std::size_t{1}, std::size_t{7}, std::size_t{9}, std::size_t{17}}) {
                const std::string text = std::string(before, 'a') + char(c) + std::string(after, 'b');
                CAPTURE(c);
                CAPTURE(before);
                CAPTURE(after);
                CHECK(written(text) == nlohmann::json(text).dump());
            }
        }
    }
    for (const std::string& text : test::kWorldText) CHECK(written(text) == nlohmann::json(text).dump());
    CHECK(written("") == "\"\"");
    CHECK(written("x") == "\"x\"");
    CHECK(written("12345678") == "\"12345678\"");
}

TEST_CASE("bytes that are not UTF-8 become U+FFFD, so the output is always valid JSON") {
    const std::string bad[] = {"\xFF", "ab\xC3", "\xC3(", "\xE2\x82", "\xED\xA0\x80", "\xF4\x90\x80\x80",
                               "\xC0\xAF", std::string("x\x80y") + std::string(20, 'z')};
    for (const std::string& text : bad) {
        CAPTURE(text);
        const std::string out = written(text);
        CHECK(out.find("\xEF\xBF\xBD") != std::string::npos);
        CHECK_FALSE(nlohmann::json::parse(out, nullptr, false).is_discarded());
    }
    CHECK(written("\xE2\x80\x99") == "\"\xE2\x80\x99\"");  // a valid ’ passes through unchanged
}

TEST_CASE("layout, compact and indented, matches dump() and dump(2)") {
    const nlohmann::json reference = {{"a", 1},
                                      {"b", nlohmann::json::array()},
                                      {"c", nlohmann::json::object()},
                                      {"d", {true, false, nullptr, -42}},
                                      {"e", {{"f", "g"}, {"h", {1, {{"i", nlohmann::json::array()}}}}}}};
    for (const int indent : {-1, 2, 4}) {
        JsonWriter w(indent);
        w.begin_object().field("a", 1);
        w.key("b").begin_array().end_array();
        w.key("c").begin_object().end_object();
        w.key("d").begin_array().value(true).value(false).null().value(-42).end_array();
        w.key("e").begin_object().field("f", "g");
        w.key("h").begin_array().value(1).begin_object().key("i").begin_array().end_array().end_object().end_array();
        w.end_object().end_object();
        CAPTURE(indent);
        CHECK(w.take() == reference.dump(indent));
    }
}

TEST_CASE("values at the top level are joined, and clear() starts again") {
    JsonWriter w;
    w.begin_object().field("n", 1).end_object();
    w.text("\n");
    w.begin_array().value("x").end_array();
    CHECK(w.view() == "{\"n\":1}\n[\"x\"]");
    w.clear();
    w.value(7);
    CHECK(w.take() == "7");
    CHECK(w.size() == 0);
}

TEST_CASE("a verdict read back holds what the engine concluded, for generated cases") {
    test::Generator g{2024u};
    const auto& catalogue = test::catalogue();
    for (int i = 0; i < 300; ++i) {
        const nlohmann::json input = test::generated_case(g);
        InputError error;
        const auto c = parse_case(input.dump(), catalogue, test::d("2025-11-20"), error);
        REQUIRE_MESSAGE(c.has_value(), error.to_string());
        const Verdict v = evaluate(*c, catalogue);
        const std::string text = verdict_json(v);
        const nlohmann::json j = nlohmann::json::parse(text, nullptr, false);
        REQUIRE_FALSE(j.is_discarded());
        CHECK(j.dump() == text);  // keys in sorted order, as nlohmann writes them
        CHECK(j["landlord"] == v.landlord);
        CHECK(j["outcome"] == name_of(v.outcome));
        CHECK(j["policy_outcome"] == name_of(v.policy_outcome));
        CHECK(j["consent_required"] == v.consent_required);
        CHECK(j["time_limit"]["months"] == v.time_limit.months);
        CHECK(j["time_limit"]["ends"] == format_iso_date(v.time_limit.ends));
        REQUIRE(j["findings"].size() == v.findings.size());
        for (std::size_t k = 0; k < v.findings.size(); ++k) {
            CHECK(j["findings"][k]["rule"] == v.findings[k].rule.name());
            CHECK(j["findings"][k]["result"] == name_of(v.findings[k].result));
            CHECK(j["findings"][k]["cite"] == v.findings[k].cite);
            CHECK(j["findings"][k]["reason"] == v.findings[k].reason);
        }
        REQUIRE(j["deadline_details"].size() == v.deadlines.size());
        for (const Deadline& d : v.deadlines) CHECK(j["deadlines"][std::string(name_of(d.key))] == format_iso_date(d.date));
        CHECK(j["next_steps"].size() == v.next_steps.size());
    }
}
