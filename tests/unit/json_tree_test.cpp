// JsonTree against nlohmann's own document: the same texts accepted and refused, and the same
// values read back (types, text, numbers, keys, the last of a repeated key), over generated
// cases, their mutations and hand-written edge cases. The tree is what every input is read
// through, so any difference here would change what Redress accepts.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include <string>

#include "case_generator.h"
#include "json_input.h"
#include "json_tree.h"
#include "json_tree_compare.h"

using namespace redress;

namespace {

void check_agrees(const std::string& text) {
    CAPTURE(text);
    JsonTree tree;
    const bool accepted = tree.parse(text, 100000);
    const nlohmann::json j = nlohmann::json::parse(text, nullptr, /*allow_exceptions=*/false);
    REQUIRE(accepted == !j.is_discarded());
    if (accepted) CHECK(test::same(tree.root(), j));
}

}  // namespace

TEST_CASE("the tree accepts what nlohmann accepts and reads the same values") {
    const std::vector<std::string> texts = {
        "{}", "[]", "0", "-0", "\"\"", "null", "true", "false", "-12", "1.5e3", "1E-2", "18446744073709551615",
        "9223372036854775807", "-9223372036854775808", "9223372036854775808", "1e400",
        R"({"a":1,"a":2})", R"({"a":{"b":[1,{"c":null}]},"a":"x"})", R"(["\u00e9\ud83d\ude00\n\t\"\\\/"])",
        R"({"":""})", " \t\r\n{ \"k\" : [ 1 , 2 ] } \n", "\xEF\xBB\xBF{}",
        // Refused: not JSON, or more than one document.
        "", " ", "{", "}", "[1,]", "{\"a\":}", "{'a':1}", "01", "1.", ".5", "+1", "NaN", "[1] [2]", "{} x",
        "\"\\x\"", "\"\\ud800\"", "\"a\x01\"", "tru", "nul", "[1,2", "{\"a\" 1}", "/* c */ {}", "{\"a\":1}/**/",
        "\"\xC3\"", "\"\xFF\"", "\"\xED\xA0\x80\"", "\"\xC0\xAF\"", "\"\xF4\x90\x80\x80\""};
    for (const std::string& text : texts) check_agrees(text);

    // Generated cases and their mutations: truncated, a byte changed, a byte dropped, a byte doubled.
    test::Generator g{77};
    const std::string bytes = "{}[],:\"\\ 0123456789.-+eEtrufalsn\x01\x7F\xC3\xA9\xFF";
    for (int k = 0; k < 400; ++k) {
        const std::string text = test::generated_case(g).dump();
        check_agrees(text);
        const std::size_t at = g.next(unsigned(text.size()));
        check_agrees(text.substr(0, at));
        std::string changed = text;
        changed[at] = bytes[g.next(unsigned(bytes.size()))];
        check_agrees(changed);
        check_agrees(text.substr(0, at) + text.substr(at + 1));
        check_agrees(text.substr(0, at + 1) + text.substr(at));
    }
}

TEST_CASE("nesting past the limit is refused and said so; the tree is reusable after a refusal") {
    const auto nested = [](int depth) { return std::string(std::size_t(depth), '[') + std::string(std::size_t(depth), ']'); };
    JsonTree tree;
    CHECK(tree.parse(nested(16), 16));
    CHECK_FALSE(tree.nesting_exceeded());
    CHECK_FALSE(tree.parse(nested(17), 16));
    CHECK(tree.nesting_exceeded());
    CHECK_FALSE(tree.parse("[1,", 16));
    CHECK_FALSE(tree.nesting_exceeded());
    REQUIRE(tree.parse(R"({"a":[true,"x"],"b":{}})", 16));
    const JsonValue root = tree.root();
    CHECK(root.size() == 2);
    CHECK(root.find("a").size() == 2);
    CHECK(root.find("b").is_object());
    CHECK_FALSE(root.find("c").found());
    CHECK_FALSE(root.find("a").find("x").found());  // not an object

    InputError error;
    CHECK_FALSE(parse_json(nested(17), tree, error));
    CHECK(error.message == "the input is nested more than 16 levels deep");
    CHECK_FALSE(parse_json("[\"\xFF\"", tree, error));  // invalid UTF-8 is named before anything else
    CHECK(error.message == "the input is not valid UTF-8 (at byte 2)");
    CHECK_FALSE(parse_json("[1,]", tree, error));
    CHECK(error.message == "the input is not valid JSON");
}

TEST_CASE("members keep document order; find gives the last of a repeated key") {
    JsonTree tree;
    REQUIRE(tree.parse(R"({"z":1,"a":[1,2,3],"z":"last","m":null})", 16));
    std::vector<std::string> keys;
    for (JsonValue member : tree.root().children()) keys.emplace_back(member.key());
    CHECK(keys == std::vector<std::string>{"z", "a", "z", "m"});
    CHECK(tree.root().find("z").text() == "last");
    CHECK(tree.root().find("m").is_null());

    InputError error;
    FieldReader r(tree.root(), "", &error);
    CHECK(r.unknown_keys({"a"}) == std::vector<std::string>{"m", "z"});  // sorted, each once
}
