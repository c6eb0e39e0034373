#include "json/input.h"

#include <algorithm>
#include <set>

#include "util/utf8.h"

namespace redress {

std::optional<std::size_t> find_invalid_utf8(std::string_view text) {
    const auto* s = reinterpret_cast<const unsigned char*>(text.data());
    const std::size_t n = text.size();
    for (std::size_t i = 0; i < n;) {
        if (s[i] < 0x80) {
            ++i;
            continue;
        }
        const std::size_t length = utf8_sequence_length(s + i, n - i);
        if (length == 0) return i;
        i += length;
    }
    return std::nullopt;
}

const char* type_name(JsonValue value) {
    switch (value.type()) {
        case JsonType::null: return "null";
        case JsonType::boolean: return "true/false";
        case JsonType::string: return "text";
        case JsonType::array: return "a list";
        case JsonType::object: return "an object";
        default: return "a number";
    }
}

bool parse_json(std::string_view text, JsonTree& tree, InputError& error, std::size_t max_bytes, JsonParser parser) {
    if (text.size() > max_bytes) {
        error = {"", "the input is larger than " + std::to_string(max_bytes / (1024 * 1024)) + " MB"};
        return false;
    }
    if (parser(text, tree, kMaxJsonDepth)) return true;
    // The parser rejects invalid UTF-8 and the tree deep nesting; which problem it was is
    // only worked out for the message, so valid input is read in one pass. UTF-8 comes first, as
    // before anything else about the text can be said.
    if (const auto bad = find_invalid_utf8(text))
        error = {"", "the input is not valid UTF-8 (at byte " + std::to_string(*bad) + ")"};
    else if (tree.nesting_exceeded())
        error = {"", "the input is nested more than " + std::to_string(kMaxJsonDepth) + " levels deep"};
    else
        error = {"", "the input is not valid JSON"};
    return false;
}

FieldReader::FieldReader(JsonValue object, std::string path, InputError* error)
    : object_(object), path_(std::move(path)), error_(error) {}

bool FieldReader::has(std::string_view key) const {
    const auto v = find(key);
    return v && !v.is_null();
}

void FieldReader::fail(const std::string& field, std::string message) {
    if (ok()) *error_ = {field, std::move(message)};
}

std::size_t utf8_length(std::string_view text) {
    std::size_t n = 0;
    for (char ch : text) n += (static_cast<unsigned char>(ch) & 0xC0) != 0x80;  // count all but continuation bytes
    return n;
}

std::string FieldReader::string(std::string_view key, bool required, std::size_t max_length) {
    auto value = optional_string(key, max_length);
    if (!value && required && ok()) fail(path_of(key), "is required");
    return value.value_or("");
}

std::optional<std::string> FieldReader::optional_string(std::string_view key, std::size_t max_length) {
    const auto text = optional_text(key, max_length);
    if (!text) return std::nullopt;
    return std::string(*text);
}

std::optional<std::string_view> FieldReader::optional_text(std::string_view key, std::size_t max_length) {
    const auto v = find(key);
    if (!ok() || !v || v.is_null()) return std::nullopt;
    if (!v.is_string()) {
        fail(path_of(key), std::string("must be text, not ") + type_name(v));
        return std::nullopt;
    }
    const std::string_view text = v.text();
    if (text.size() > max_length && utf8_length(text) > max_length) {
        fail(path_of(key), "is too long (at most " + std::to_string(max_length) + " characters)");
        return std::nullopt;
    }
    return text;
}

bool FieldReader::boolean(std::string_view key, bool fallback) {
    const auto v = find(key);
    if (!ok() || !v || v.is_null()) return fallback;
    if (!v.is_boolean()) {
        fail(path_of(key), std::string("must be true or false, not ") + type_name(v));
        return fallback;
    }
    return v.boolean();
}

int FieldReader::integer(std::string_view key, int low, int high, bool required, int fallback) {
    const auto v = find(key);
    if (!ok()) return fallback;
    if (!v || v.is_null()) {
        if (required) fail(path_of(key), "is required");
        return fallback;
    }
    if (!v.is_integer()) {
        fail(path_of(key), std::string("must be a whole number, not ") + type_name(v));
        return fallback;
    }
    const long long n = v.integer();
    if (n < low || n > high) {
        fail(path_of(key), "must be from " + std::to_string(low) + " to " + std::to_string(high));
        return fallback;
    }
    return int(n);
}

std::string FieldReader::choice(std::string_view key, std::span<const std::string_view> allowed,
                                std::string_view fallback, bool required) {
    const auto value = optional_text(key, 100);
    if (!ok()) return std::string(fallback);
    if (!value) {
        if (required) fail(path_of(key), "is required");
        return std::string(fallback);
    }
    for (auto a : allowed)
        if (*value == a) return std::string(a);
    fail_not_one_of(path_of(key), *value, allowed);
    return std::string(fallback);
}

void FieldReader::fail_not_one_of(const std::string& path, std::string_view value,
                                  std::span<const std::string_view> allowed) {
    fail(path, "\"" + std::string(value.substr(0, 60)) + "\" is not one of: " + join(allowed, ", "));
}

std::size_t FieldReader::pick_index(std::string_view key, Names names, std::size_t fallback, bool required) {
    const auto value = optional_text(key, 100);
    if (!ok()) return fallback;
    if (!value) {
        if (required) fail(path_of(key), "is required");
        return fallback;
    }
    if (const auto index = find_name(names, *value)) return *index;
    fail_not_one_of(path_of(key), *value, all_names(names));
    return fallback;
}

std::vector<std::string> FieldReader::string_list(std::string_view key, std::span<const std::string_view> allowed) {
    std::vector<std::string> out;
    const auto list = array(key);
    if (!list) return out;
    std::size_t i = 0;
    for (const JsonValue item : list.children()) {
        const auto field = [&] { return path_of(key) + "[" + std::to_string(i) + "]"; };
        if (!item.is_string()) {
            fail(field(), std::string("must be text, not ") + type_name(item));
            break;
        }
        const std::string_view text = item.text();
        bool known = allowed.empty();
        for (auto a : allowed) known = known || text == a;
        if (!known) {
            fail(field(), "\"" + std::string(text.substr(0, 60)) + "\" is not one of: " + join(allowed, ", "));
            break;
        }
        out.emplace_back(text);
        ++i;
    }
    return out;
}

std::vector<std::string> FieldReader::text_list(std::string_view key, std::size_t max_items, std::size_t max_length) {
    std::vector<std::string> out;
    const auto list = array(key);
    if (!list) return out;
    if (list.size() > max_items) {
        fail(path_of(key), "has " + std::to_string(list.size()) + " items (at most " + std::to_string(max_items) + ")");
        return out;
    }
    std::size_t i = 0;
    for (const JsonValue item : list.children()) {
        const std::string field = path_of(key) + "[" + std::to_string(i++) + "]";
        if (!item.is_string()) {
            fail(field, std::string("must be text, not ") + type_name(item));
            break;
        }
        if (item.text().size() > max_length && utf8_length(item.text()) > max_length) {
            fail(field, "is too long (at most " + std::to_string(max_length) + " characters)");
            break;
        }
        // One line each, as the flow takes them (one item a line): line breaks become spaces,
        // spaces at either end go, and a blank item is dropped.
        std::string text(item.text());
        for (char& ch : text)
            if (ch == '\n' || ch == '\r' || ch == '\t') ch = ' ';
        const auto first = text.find_first_not_of(' ');
        if (first == std::string::npos) continue;
        out.push_back(text.substr(first, text.find_last_not_of(' ') - first + 1));
    }
    return out;
}

JsonValue FieldReader::container(std::string_view key, bool required, bool want_object) {
    const auto v = find(key);
    if (!ok()) return {};
    if (!v || v.is_null()) {
        if (required) fail(path_of(key), "is required");
        return {};
    }
    if (want_object ? !v.is_object() : !v.is_array()) {
        fail(path_of(key), std::string(want_object ? "must be an object, not " : "must be a list, not ") + type_name(v));
        return {};
    }
    return v;
}

JsonValue FieldReader::object(std::string_view key, bool required) { return container(key, required, true); }

std::vector<FieldReader> FieldReader::objects(std::string_view key, bool required) {
    std::vector<FieldReader> out;
    const auto list = array(key, required);
    if (!list) return out;
    for (const JsonValue item : list.children()) {
        std::string path = path_of(key) + "[" + std::to_string(out.size()) + "]";
        if (!item.is_object()) {
            fail(path, "must be an object");
            break;
        }
        out.emplace_back(item, std::move(path), error_);
    }
    return out;
}
JsonValue FieldReader::array(std::string_view key, bool required) { return container(key, required, false); }

std::vector<std::string> FieldReader::unknown_keys(std::span<const std::string_view> known) const {
    if (!object_ || !object_.is_object()) return {};
    // In key order, each once, as they were when nlohmann's document (a std::map) was read. A
    // std::set rather than std::sort, whose code the portal's download would carry only for this.
    std::set<std::string> keys;
    for (const JsonValue member : object_.children()) {
        bool found = false;
        for (auto k : known) found = found || member.key() == k;
        if (!found) keys.insert(path_of(member.key()));
    }
    return {keys.begin(), keys.end()};
}

std::string join(std::span<const std::string_view> items, std::string_view separator) {
    std::string out;
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (i) out += separator;
        out += items[i];
    }
    return out;
}

}  // namespace redress
