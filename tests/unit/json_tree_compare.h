#pragma once
// nlohmann/json as the reference Redress's JSON parser (src/shared/json/parser.cpp) is held to:
// a JsonTree filled from nlohmann's parse events, and whether a tree reads the same as nlohmann's
// own document of the same text. Shared by the unit test (tests/unit/json_tree_test.cpp) and the
// fuzz target (tests/fuzz/fuzz_case.cpp).
#include <nlohmann/json.hpp>

#include <cstdint>
#include <cstring>
#include <string>

#include "json/tree.h"

namespace redress::test {

// Receives nlohmann's parse events (its SAX interface) and adds each value to a tree.
struct NlohmannTreeSax {
    JsonTree::Builder& tree;

    // The SAX interface (nlohmann/detail/input/json_sax.hpp).
    bool null() { return tree.null(), true; }
    bool boolean(bool b) { return tree.boolean(b), true; }
    bool number_integer(std::int64_t n) { return tree.integer(n), true; }
    bool number_unsigned(std::uint64_t n) { return tree.unsigned_integer(n), true; }
    bool number_float(double, const std::string&) { return tree.real(), true; }
    bool string(std::string& s) {
        tree.string(tree.keep(s), static_cast<std::uint32_t>(s.size()));
        return true;
    }
    bool binary(nlohmann::json::binary_t&) { return false; }  // not in JSON text
    bool start_object(std::size_t) { return tree.open(JsonType::object); }
    bool key(std::string& s) {
        tree.key(tree.keep(s), static_cast<std::uint32_t>(s.size()));
        return true;
    }
    bool end_object() { return tree.close(), true; }
    bool start_array(std::size_t) { return tree.open(JsonType::array); }
    bool end_array() { return tree.close(), true; }
    bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception&) { return false; }
};

// A JsonParser (json/tree.h) that is nlohmann's parser: the tree its parse events build. Like
// Redress's parser, it refuses a text with a NUL byte, which nlohmann alone takes for the end of
// the text (accepting what came before it).
inline bool nlohmann_parse(std::string_view text, JsonTree& tree, int max_depth) {
    JsonTree::Builder builder(tree, 0, max_depth);
    NlohmannTreeSax sax{builder};
    return builder.finish(nlohmann::json::sax_parse(text.data(), text.data() + text.size(), &sax) &&
                          std::memchr(text.data(), 0, text.size()) == nullptr);
}

// True when the tree's value reads the same as nlohmann's document of the same text.
inline bool same(JsonValue v, const nlohmann::json& j) {
    switch (v.type()) {
        case JsonType::null: return j.is_null();
        case JsonType::boolean: return j.is_boolean() && j.get<bool>() == v.boolean();
        case JsonType::integer:
        case JsonType::unsigned_integer: return j.is_number_integer() && j.get<long long>() == v.integer();
        case JsonType::real: return j.is_number_float();
        case JsonType::string: return j.is_string() && j.get_ref<const std::string&>() == v.text();
        case JsonType::array: {
            if (!j.is_array() || j.size() != v.size()) return false;
            std::size_t i = 0;
            for (JsonValue item : v.children())
                if (!same(item, j[i++])) return false;
            return true;
        }
        case JsonType::object: {
            if (!j.is_object()) return false;
            // nlohmann keeps one value per key (the last); the tree keeps every member and find()
            // gives the last, so compare key by key both ways.
            for (JsonValue member : v.children())
                if (!j.contains(std::string(member.key()))) return false;
            for (const auto& [key, value] : j.items()) {
                const JsonValue found = v.find(key);
                if (!found || !same(found, value)) return false;
            }
            return true;
        }
    }
    return false;
}

}  // namespace redress::test
