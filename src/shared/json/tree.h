#pragma once
// A parsed JSON document, read-only: nlohmann/json's parser fills it through its SAX interface,
// or, for `redress check`, Redress's own parser, which accepts exactly the same texts.
//
// Redress reads every JSON input (cases, policies, drafts, actions) field by field and then
// drops it. nlohmann's own document gives each object a std::map and each key and text its own
// allocation, which was most of the cost of reading a case in `redress check --jsonl`, and its
// document code was a large part of the browser download. Here the whole document is two
// allocations: the values in one array, in document order, and all their text in one buffer.
//
//     JsonTree tree;
//     if (!tree.parse(text)) ...;               // false for text that is not one JSON document
//     JsonValue root = tree.root();
//     if (JsonValue name = root.find("name"); name.found() && name.is_string()) use(name.text());
//     for (JsonValue member : root.children()) use(member.key(), member.text());
//
// Objects keep their members in document order. Where a key comes twice, find() gives the last,
// as nlohmann's document would have kept it.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace redress {

enum class JsonType : std::uint8_t { null, boolean, integer, unsigned_integer, real, string, array, object };

class JsonTree;

// One value in a JsonTree (cheap to copy; valid while the tree is).
class JsonValue {
public:
    JsonValue() = default;  // not found()
    JsonType type() const;
    bool is_null() const { return type() == JsonType::null; }
    bool is_boolean() const { return type() == JsonType::boolean; }
    bool is_string() const { return type() == JsonType::string; }
    bool is_object() const { return type() == JsonType::object; }
    bool is_array() const { return type() == JsonType::array; }
    // A whole number (nlohmann's is_number_integer): signed, or unsigned above the signed range.
    bool is_integer() const { return type() == JsonType::integer || type() == JsonType::unsigned_integer; }

    bool boolean() const;
    std::string_view text() const;  // a string's text
    long long integer() const;      // an integer's value (an unsigned one is cast, as nlohmann's get<long long>)
    // The member's name, for a value inside an object.
    std::string_view key() const;

    // The number of items in an array or members in an object.
    std::size_t size() const;
    // The member called `name` (the last, if it comes twice); found() is false when there is none.
    JsonValue find(std::string_view name) const;
    bool found() const { return tree_ != nullptr; }
    explicit operator bool() const { return found(); }

    // The items of an array or the members of an object, in document order.
    class Iterator {
    public:
        JsonValue operator*() const { return {tree_, index_}; }
        Iterator& operator++();
        bool operator!=(const Iterator& other) const { return index_ != other.index_; }

    private:
        friend class JsonValue;
        Iterator(const JsonTree* tree, std::uint32_t index) : tree_(tree), index_(index) {}
        const JsonTree* tree_;
        std::uint32_t index_;
    };
    struct Children {
        Iterator b, e;
        Iterator begin() const { return b; }
        Iterator end() const { return e; }
    };
    Children children() const;

private:
    friend class JsonTree;
    JsonValue(const JsonTree* tree, std::uint32_t index) : tree_(tree), index_(index) {}
    const JsonTree* tree_ = nullptr;
    std::uint32_t index_ = 0;
};

class JsonTree {
public:
    // Parses `text` as one JSON document (nothing but whitespace after it). Returns false, with
    // the tree empty, when it is not JSON or is nested more than `max_depth` arrays and objects
    // deep (nesting_exceeded() then says so). The tree's memory is kept for the next parse.
    bool parse(std::string_view text, int max_depth);
    // The same with Redress's own parser (json_fast_parse.cpp) instead of nlohmann's. It accepts
    // exactly the texts parse() accepts and builds the same tree, about five times as fast:
    // tests/unit/json_tree_test.cpp and the fuzz target compare the two on every text they try.
    // Only `redress check`, whose time went mostly on reading cases, uses it; everything else
    // (policies, the portal) uses parse(), so the browser carries one parser (docs/architecture.md).
    bool parse_fast(std::string_view text, int max_depth);
    bool nesting_exceeded() const { return nesting_exceeded_; }

    // The document's value (the tree must hold one).
    JsonValue root() const { return {this, 0}; }

private:
    friend class JsonValue;
    friend struct JsonTreeSax;
    friend struct JsonFastParser;
    struct Node {
        JsonType type = JsonType::null;
        bool boolean = false;
        std::uint32_t end = 0;    // the index after this value and everything inside it
        std::uint32_t count = 0;  // items or members, for an array or object
        // Offsets into text_, for a member's key and a string's text.
        std::uint32_t key_at = 0, key_size = 0, text_at = 0, text_size = 0;
        long long integer = 0;
    };

    // Building, for both parsers: values are added in document order, and a container's end is
    // set when it closes.
    void start_building(std::size_t text_size);
    // Adds a value to the innermost open container, with the pending key if that is an object.
    Node& add(JsonType type);
    // Adds an array or object and opens it; false (and nesting_exceeded()) past `max_depth`.
    bool open(JsonType type, int max_depth);
    void close();
    // Ends a parse that succeeded (`ok`) or not; an unfinished tree is emptied.
    bool finish_building(bool ok);

    std::vector<Node> nodes_;
    std::string text_;
    std::vector<std::uint32_t> open_;  // the containers not yet closed, innermost last
    std::uint32_t key_at_ = 0, key_size_ = 0;  // the key of the next value added to an object
    bool nesting_exceeded_ = false;
};

// Either of JsonTree's parsers, for a caller that lets its own caller choose (parse_json).
using JsonParser = bool (JsonTree::*)(std::string_view text, int max_depth);

}  // namespace redress
