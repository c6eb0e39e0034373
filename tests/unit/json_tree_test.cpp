// JsonTree, filled by Redress's own parser and by nlohmann's (the reference, through its parse
// events: json_tree_compare.h), against nlohmann's own document: the same texts accepted and refused, and the same values read
// back (types, text, numbers, keys, the last of a repeated key), over generated cases, their
// mutations and hand-written edge cases. The tree is what every input is read through, so any
// difference here would change what Redress accepts.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include <string>

#include "case_generator.h"
#include "json/input.h"
#include "json/tree.h"
#include "json_tree_compare.h"

using namespace redress;

namespace {

void check_agrees(const std::string& text) {
    CAPTURE(text);
    const nlohmann::json j = nlohmann::json::parse(text, nullptr, /*allow_exceptions=*/false);
    // One deliberate difference: nlohmann stops at a NUL byte and accepts what came before it;
    // the tree refuses any text with one (JSON never holds one raw).
    const bool valid = !j.is_discarded() && text.find('\0') == std::string::npos;
    for (const JsonParser parser : {&json_parse, &test::nlohmann_parse}) {
        const std::string which = parser == &json_parse ? "Redress" : "nlohmann";
        CAPTURE(which);
        JsonTree tree;
        const bool accepted = parser(text, tree, 100000);
        REQUIRE(accepted == valid);
        if (accepted) CHECK(test::same(tree.root(), j));
    }
}

}  // namespace

TEST_CASE("the tree accepts what nlohmann accepts and reads the same values") {
    // 2^1024 - 2^970: halfway from the largest double to 2^1024; it and every real above it round to infinity.
    const std::string kOverflow =
        "1797693134862315807937289714053034150799341327100378269361737789804449682927647509466490179775872070963"
        "3028641669288791094655554785194040263065748867150582068190890200070838367627385484581771153176447573027"
        "0069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497792";
    const std::vector<std::string> texts = {
        "{}", "[]", "0", "-0", "\"\"", "null", "true", "false", "-12", "1.5e3", "1E-2", "18446744073709551615",
        "9223372036854775807", "-9223372036854775808", "9223372036854775808", "1e400",
        R"({"a":1,"a":2})", R"({"a":{"b":[1,{"c":null}]},"a":"x"})", R"(["\u00e9\ud83d\ude00\n\t\"\\\/"])",
        R"({"":""})", " \t\r\n{ \"k\" : [ 1 , 2 ] } \n", "\xEF\xBB\xBF{}",
        // Refused: not JSON, or more than one document.
        "", " ", "{", "}", "[1,]", "{\"a\":}", "{'a':1}", "01", "1.", ".5", "+1", "NaN", "[1] [2]", "{} x",
        "\"\\x\"", "\"\\ud800\"", "\"a\x01\"", "tru", "nul", "[1,2", "{\"a\" 1}", "/* c */ {}", "{\"a\":1}/**/",
        "\"\xC3\"", "\"\xFF\"", "\"\xED\xA0\x80\"", "\"\xC0\xAF\"", "\"\xF4\x90\x80\x80\"",
        // Where a parser of its own could easily differ from nlohmann's.
        R"(["\u0000", "\uD834\uDD1E", "\u00E9\u00e9", "a\/b", "\b\f\r"])", "\"\\uDD1E\"", "\"\\uD834\\u0041\"",
        "\"\\uD834x\"", "\"\\u12\"", "\"\\u12G4\"", "\"\\", "\"abc", "\"\x7F\"", "\"\xF0\x9F\x98\x80\"",
        "\"\xF0\x9F\x98\"", "\"\xE0\x9F\xBF\"", "\"\xEF\xBF\xBF\"", "\"\xF4\x8F\xBF\xBF\"", "\"0123456789abcdefghij\\n\"",
        "\"0123456789abcdef\x1F\"", "\"0123456789abcdefghijklmnopqrstuv\xC3\xA9wxyz0123456789\"",
        "-", "-a", "-01", "00", "1e", "1e+", "1E5", "1e-400", "-1.0e+2", "2.", "1.e5", "0.0", "-0.0e0",
        "-9223372036854775809", "18446744073709551616", "123456789012345678901234567890", "1" + std::string(400, '0'),
        "[1 2]", "[,1]", "[1,,2]", "{\"a\":1,}", "{,}", "{\"a\"}", "{\"a\":1 \"b\":2}", "{1:2}", "[}", "{]", "]", ",",
        "truex", "[true false]", "nulll", "fals", "\xEF\xBB{}", " \xEF\xBB\xBF{}", "\xEF\xBB\xBF", "\x00", "[\x00]",
        "\f1", "\v1", "[\r\n\t ]", "{\"\\u0000\":0}", std::string("\"a\0b\"", 5),
        std::string("1\0x", 3), std::string("{}\0", 3), std::string("[1]\0\0", 5),
        // Reals either side of the smallest that overflows to infinity, 2^1024 - 2^970 (json/parser.cpp
        // decides on the digits, nlohmann with strtod), spelled in several ways.
        kOverflow, kOverflow.substr(0, 308) + "1", kOverflow + ".0", kOverflow + "e-0", "0." + kOverflow + "e309",
        "0." + kOverflow + "0e+309", "0.000" + kOverflow + "e312", kOverflow.substr(0, 1) + "." + kOverflow.substr(1) + "e308",
        "-" + kOverflow.substr(0, 308) + "1", "-" + kOverflow, kOverflow.substr(0, 308) + "1.9999", kOverflow + "0e-1",
        "1.7976931348623157e308", "1.7976931348623158e308", "1.7976931348623159e308", "1.8e308", "1e308", "1e309",
        "0.1e310", "10e307", "0e99999999999999999999", "0.0e400", "1e-99999999999999999999", "1e99999999999999999999",
        "-1e400", "0.00000000000000000000000000001e330", "123.456e-789", "5e-324", "2e-400"};
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
    for (const JsonParser parser : {&json_parse, &test::nlohmann_parse}) {
        const std::string which = parser == &json_parse ? "Redress" : "nlohmann";
        CAPTURE(which);
        JsonTree tree;
        CHECK(parser(nested(16), tree, 16));
        CHECK_FALSE(tree.nesting_exceeded());
        CHECK_FALSE(parser(nested(17), tree, 16));
        CHECK(tree.nesting_exceeded());
        CHECK_FALSE(parser("[" + nested(16), tree, 16));  // refused at the 17th, before the text runs out
        CHECK(tree.nesting_exceeded());
        CHECK_FALSE(parser("[1,", tree, 16));
        CHECK_FALSE(tree.nesting_exceeded());
        // Neither parser recurses, so a deep text is no danger to the stack.
        CHECK(parser(nested(100000), tree, 100000));
        REQUIRE(parser(R"({"a":[true,"x"],"b":{}})", tree, 16));
        CHECK(tree.root().size() == 2);  // reusable after a refusal
    }
    JsonTree tree;
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
