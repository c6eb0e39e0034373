#pragma once
// Does a JsonTree read the same as nlohmann's own document of the same text? Shared by the unit
// test (tests/unit/json_tree_test.cpp) and the fuzz target (tests/fuzz/fuzz_case.cpp).
#include <nlohmann/json.hpp>

#include <string>

#include "json/tree.h"

namespace redress::test {

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
