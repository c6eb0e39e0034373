#pragma once
// Reading untrusted JSON safely: size, UTF-8 and nesting are limited, each with its own message,
// and FieldReader reads typed fields with the path of each one, so every problem names the field
// it is about.
#include <initializer_list>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "json/tree.h"
#include "util/input_error.h"
#include "util/vocabulary.h"

namespace redress {

inline constexpr std::size_t kMaxJsonBytes = 1024 * 1024;
inline constexpr int kMaxJsonDepth = 16;

// The byte offset of the first invalid UTF-8 sequence, or nullopt when `text` is valid UTF-8.
std::optional<std::size_t> find_invalid_utf8(std::string_view text);

// The number of characters (code points) in valid UTF-8: limits on text count characters, not
// bytes, so a name in Bengali or Chinese gets the same room as one in English.
std::size_t utf8_length(std::string_view text);

// Parses one JSON document of at most `max_bytes` into `tree`, with Redress's parser unless told
// otherwise (json/tree.h). On failure returns false and fills `error`.
bool parse_json(std::string_view text, JsonTree& tree, InputError& error, std::size_t max_bytes = kMaxJsonBytes,
                JsonParser parser = &json_parse);

// Reads a data file compiled into the binary (a policy, the law) with read(root, out), which
// reports through `error`: the result, or nullopt with `error` naming the file and the field
// ("hhal.json: time_limit.months").
template <typename T, typename Read>
std::optional<T> read_data_file(std::string_view text, std::string_view file_name, InputError& error, Read read) {
    error = {};
    JsonTree tree;
    T out;
    if (parse_json(text, tree, error)) {
        if (!tree.root().is_object()) error = {"", "must be a JSON object"};
        else read(tree.root(), out);
    }
    if (error.message.empty()) return out;
    error.field = std::string(file_name) + (error.field.empty() ? "" : ": " + error.field);
    return std::nullopt;
}

// The name of a JSON value's type, for messages: "text", "a list", "a number"...
const char* type_name(JsonValue value);

// Reads fields of one JSON object; the first problem is kept in error(), later reads are no-ops
// that return defaults, so callers read everything and check ok() once.
class FieldReader {
public:
    FieldReader(JsonValue object, std::string path, InputError* error);

    bool ok() const { return error_->message.empty(); }
    bool has(std::string_view key) const;
    std::string path_of(std::string_view key) const {
        return path_.empty() ? std::string(key) : std::string(path_).append(".").append(key);
    }

    // Text of at most `max_length` characters.
    std::string string(std::string_view key, bool required = false, std::size_t max_length = 2000);
    std::optional<std::string> optional_string(std::string_view key, std::size_t max_length = 2000);
    // The same without a copy: the text stays valid while the JsonTree does.
    std::optional<std::string_view> optional_text(std::string_view key, std::size_t max_length = 2000);
    bool boolean(std::string_view key, bool fallback = false);
    int integer(std::string_view key, int low, int high, bool required = false, int fallback = 0);
    // One of `allowed`; `fallback` when absent.
    std::string choice(std::string_view key, std::span<const std::string_view> allowed, std::string_view fallback,
                       bool required = false);
    std::vector<std::string> string_list(std::string_view key, std::span<const std::string_view> allowed = {});
    // A list of at most `max_items` texts, each of at most `max_length` characters, each made one
    // line: line breaks become spaces, spaces at either end are trimmed, blank items are dropped.
    std::vector<std::string> text_list(std::string_view key, std::size_t max_items, std::size_t max_length);
    // A value of the closed list E (util/vocabulary.h), read by its name; `fallback` when absent.
    template <typename E>
    E pick(std::string_view key, E fallback, bool required = false) {
        return static_cast<E>(pick_index(key, names<E>(), static_cast<std::size_t>(fallback), required));
    }
    // A list of values of E, each once in the order given.
    template <typename E>
    std::vector<E> pick_list(std::string_view key);
    // The named child object or list (not found() when absent or the wrong type, with an error
    // if the wrong type).
    JsonValue object(std::string_view key, bool required = false);
    JsonValue array(std::string_view key, bool required = false);
    // A reader for each item of the list `key`, with its path ("exclusions[2]"); an item that is
    // not an object fails, and the readers stop there.
    std::vector<FieldReader> objects(std::string_view key, bool required = false);
    // Keys of the object not in `known`, sorted, each once.
    std::vector<std::string> unknown_keys(std::initializer_list<std::string_view> known) const {
        return unknown_keys(std::span<const std::string_view>(known.begin(), known.size()));
    }
    std::vector<std::string> unknown_keys(std::span<const std::string_view> known) const;

    void fail(const std::string& field, std::string message);
    // "\"x\" is not one of: a, b, c" for the field at `path`.
    void fail_not_one_of(const std::string& path, std::string_view value, std::span<const std::string_view> allowed);

private:
    // pick() for every closed list: the index of the value's name in `names`.
    std::size_t pick_index(std::string_view key, Names names, std::size_t fallback, bool required);
    JsonValue find(std::string_view key) const { return object_.find(key); }
    JsonValue container(std::string_view key, bool required, bool want_object);
    JsonValue object_;
    std::string path_;
    InputError* error_;
};

std::string join(std::span<const std::string_view> items, std::string_view separator);

template <typename E>
std::vector<E> FieldReader::pick_list(std::string_view key) {
    std::vector<E> out;
    const std::vector<std::string> names = string_list(key, names_of<E>());
    for (const std::string& name : names)
        if (const auto e = parse_name<E>(name)) out.push_back(*e);
    return out;
}

}  // namespace redress
