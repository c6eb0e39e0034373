#include "json_input.h"

#include "utf8.h"

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

namespace {

// The deepest nesting of arrays and objects, counted outside strings, stopping past `limit`.
int nesting_depth(std::string_view text, int limit) {
    int depth = 0, deepest = 0;
    bool in_string = false, escaped = false;
    for (char c : text) {
        if (in_string) {
            if (escaped) escaped = false;
            else if (c == '\\') escaped = true;
            else if (c == '"') in_string = false;
            continue;
        }
        if (c == '"') in_string = true;
        else if (c == '{' || c == '[') {
            if (++depth > deepest && (deepest = depth) > limit) return deepest;
        } else if (c == '}' || c == ']') --depth;
    }
    return deepest;
}

const char* type_name(const nlohmann::json& value) {
    switch (value.type()) {
        case nlohmann::json::value_t::null: return "null";
        case nlohmann::json::value_t::boolean: return "true/false";
        case nlohmann::json::value_t::string: return "text";
        case nlohmann::json::value_t::array: return "a list";
        case nlohmann::json::value_t::object: return "an object";
        default: return "a number";
    }
}

}  // namespace

std::optional<nlohmann::json> parse_json(std::string_view text, InputError& error, std::size_t max_bytes) {
    if (text.size() > max_bytes) {
        error = {"", "the input is larger than " + std::to_string(max_bytes / (1024 * 1024)) + " MB"};
        return std::nullopt;
    }
    if (const auto bad = find_invalid_utf8(text)) {
        error = {"", "the input is not valid UTF-8 (at byte " + std::to_string(*bad) + ")"};
        return std::nullopt;
    }
    if (nesting_depth(text, kMaxJsonDepth) > kMaxJsonDepth) {
        error = {"", "the input is nested more than " + std::to_string(kMaxJsonDepth) + " levels deep"};
        return std::nullopt;
    }
    nlohmann::json value = nlohmann::json::parse(text.begin(), text.end(), nullptr, /*allow_exceptions=*/false);
    if (value.is_discarded()) {
        error = {"", "the input is not valid JSON"};
        return std::nullopt;
    }
    return value;
}

FieldReader::FieldReader(const nlohmann::json& object, std::string path, InputError* error)
    : object_(object), path_(std::move(path)), error_(error) {}

const nlohmann::json* FieldReader::find(const char* key) const {
    if (!object_.is_object()) return nullptr;
    const auto it = object_.find(key);
    return it == object_.end() ? nullptr : &*it;
}

bool FieldReader::has(const char* key) const {
    const auto* v = find(key);
    return v != nullptr && !v->is_null();
}

void FieldReader::fail(const std::string& field, std::string message) {
    if (ok()) *error_ = {field, std::move(message)};
}

std::size_t utf8_length(std::string_view text) {
    std::size_t n = 0;
    for (char ch : text) n += (static_cast<unsigned char>(ch) & 0xC0) != 0x80;  // count all but continuation bytes
    return n;
}

std::string FieldReader::string(const char* key, bool required, std::size_t max_length) {
    auto value = optional_string(key, max_length);
    if (!value && required && ok()) fail(path_of(key), "is required");
    return value.value_or("");
}

std::optional<std::string> FieldReader::optional_string(const char* key, std::size_t max_length) {
    const auto* v = find(key);
    if (!ok() || v == nullptr || v->is_null()) return std::nullopt;
    if (!v->is_string()) {
        fail(path_of(key), std::string("must be text, not ") + type_name(*v));
        return std::nullopt;
    }
    const auto& text = v->get_ref<const std::string&>();
    if (text.size() > max_length && utf8_length(text) > max_length) {
        fail(path_of(key), "is too long (at most " + std::to_string(max_length) + " characters)");
        return std::nullopt;
    }
    return text;
}

bool FieldReader::boolean(const char* key, bool fallback) {
    const auto* v = find(key);
    if (!ok() || v == nullptr || v->is_null()) return fallback;
    if (!v->is_boolean()) {
        fail(path_of(key), std::string("must be true or false, not ") + type_name(*v));
        return fallback;
    }
    return v->get<bool>();
}

int FieldReader::integer(const char* key, int low, int high, bool required, int fallback) {
    const auto* v = find(key);
    if (!ok()) return fallback;
    if (v == nullptr || v->is_null()) {
        if (required) fail(path_of(key), "is required");
        return fallback;
    }
    if (!v->is_number_integer()) {
        fail(path_of(key), std::string("must be a whole number, not ") + type_name(*v));
        return fallback;
    }
    const auto n = v->get<long long>();
    if (n < low || n > high) {
        fail(path_of(key), "must be from " + std::to_string(low) + " to " + std::to_string(high));
        return fallback;
    }
    return int(n);
}

std::string FieldReader::choice(const char* key, const std::vector<std::string_view>& allowed,
                                std::string_view fallback, bool required) {
    auto value = optional_string(key, 100);
    if (!ok()) return std::string(fallback);
    if (!value) {
        if (required) fail(path_of(key), "is required");
        return std::string(fallback);
    }
    for (auto a : allowed)
        if (*value == a) return *value;
    fail(path_of(key), "\"" + value->substr(0, 60) + "\" is not one of: " + join(allowed, ", "));
    return std::string(fallback);
}

std::vector<std::string> FieldReader::string_list(const char* key, const std::vector<std::string_view>& allowed) {
    std::vector<std::string> out;
    const auto* list = array(key);
    if (list == nullptr) return out;
    for (std::size_t i = 0; i < list->size() && ok(); ++i) {
        const auto& item = (*list)[i];
        const std::string field = path_of(key) + "[" + std::to_string(i) + "]";
        if (!item.is_string()) {
            fail(field, std::string("must be text, not ") + type_name(item));
            break;
        }
        const auto& text = item.get_ref<const std::string&>();
        bool known = allowed.empty();
        for (auto a : allowed) known = known || text == a;
        if (!known) {
            fail(field, "\"" + text.substr(0, 60) + "\" is not one of: " + join(allowed, ", "));
            break;
        }
        out.push_back(text);
    }
    return out;
}

const nlohmann::json* FieldReader::container(const char* key, bool required, bool want_object) {
    const auto* v = find(key);
    if (!ok()) return nullptr;
    if (v == nullptr || v->is_null()) {
        if (required) fail(path_of(key), "is required");
        return nullptr;
    }
    if (want_object ? !v->is_object() : !v->is_array()) {
        fail(path_of(key), std::string(want_object ? "must be an object, not " : "must be a list, not ") + type_name(*v));
        return nullptr;
    }
    return v;
}

const nlohmann::json* FieldReader::object(const char* key, bool required) { return container(key, required, true); }
const nlohmann::json* FieldReader::array(const char* key, bool required) { return container(key, required, false); }

std::vector<std::string> FieldReader::unknown_keys(const std::vector<std::string_view>& known) const {
    std::vector<std::string> out;
    if (!object_.is_object()) return out;
    for (const auto& item : object_.items()) {
        bool found = false;
        for (auto k : known) found = found || item.key() == k;
        if (!found) out.push_back(path_of(item.key().c_str()));
    }
    return out;
}

std::string join(const std::vector<std::string_view>& items, std::string_view separator) {
    std::string out;
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (i) out += separator;
        out += items[i];
    }
    return out;
}

}  // namespace redress
