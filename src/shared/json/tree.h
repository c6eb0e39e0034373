#pragma once
// A parsed JSON document, read-only, filled by Redress's own parser (json/parser.cpp), which
// accepts exactly the texts nlohmann/json accepts and is tested against it.
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
#include <climits>
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
    // Parses `text` as one JSON document (nothing but whitespace after it), with Redress's own
    // parser (json/parser.cpp). Returns false, with the tree empty, when it is not JSON or is nested more than
    // `max_depth` arrays and objects deep (nesting_exceeded() then says so). The tree's memory is
    // kept for the next parse.
    bool parse(std::string_view text, int max_depth);
    bool nesting_exceeded() const { return nesting_exceeded_; }

    // The document's value (the tree must hold one).
    JsonValue root() const { return {this, 0}; }

    class Builder;

private:
    friend class JsonValue;
    struct Node {
        JsonType type = JsonType::null;
        bool boolean = false;
        std::uint32_t end = 0;    // the index after this value and everything inside it
        std::uint32_t count = 0;  // items or members, for an array or object
        // Offsets into text_, for a member's key and a string's text.
        std::uint32_t key_at = 0, key_size = 0, text_at = 0, text_size = 0;
        long long integer = 0;
    };

    std::vector<Node> nodes_;
    std::string text_;
    std::vector<std::uint32_t> open_;  // the containers not yet closed, innermost last
    std::uint32_t key_at_ = 0, key_size_ = 0;  // the key of the next value added to an object
    bool nesting_exceeded_ = false;
};

// Filling a tree, for a parser: values are added in document order (a member after its key), and
// a container's end is set when it closes. Redress's parser fills a tree through one (parse()),
// and so do the tests' nlohmann parse events, the reference it is held to
// (tests/unit/json_tree_compare.h).
class JsonTree::Builder {
public:
    // Empties `tree` for a text of `text_size` bytes. Decoded text is never longer than the JSON
    // that spells it, so a parser may decode straight into text_room()'s `text_size` bytes.
    Builder(JsonTree& tree, std::size_t text_size, int max_depth);

    // Room for the decoded text, and where a string decoded into it begins, as an offset.
    char* text_room() { return tree_.text_.data(); }
    std::uint32_t offset_of(const char* decoded) const { return static_cast<std::uint32_t>(decoded - tree_.text_.data()); }
    // Text decoded elsewhere, kept in the tree: its offset.
    std::uint32_t keep(std::string_view decoded);

    void key(std::uint32_t at, std::uint32_t size) { tree_.key_at_ = at, tree_.key_size_ = size; }
    void null() { add(JsonType::null); }
    void boolean(bool b) { add(JsonType::boolean).boolean = b; }
    // A whole number: signed where it fits, unsigned above that (as nlohmann keeps them).
    void integer(long long n) { add(JsonType::integer).integer = n; }
    void unsigned_integer(unsigned long long n) {
        add(n <= static_cast<unsigned long long>(INT64_MAX) ? JsonType::integer : JsonType::unsigned_integer).integer =
            static_cast<long long>(n);
    }
    void real() { add(JsonType::real); }
    void string(std::uint32_t at, std::uint32_t size) {
        Node& n = add(JsonType::string);
        n.text_at = at;
        n.text_size = size;
    }
    // Opens an array or object; false (and the tree's nesting_exceeded()) past the maximum depth.
    bool open(JsonType type);
    void close();
    // No container is open: the document's value is complete.
    bool complete() const { return tree_.open_.empty(); }
    bool in_object() const { return tree_.nodes_[tree_.open_.back()].type == JsonType::object; }

    // Ends a parse that succeeded (`ok`) or not, the decoded text having taken `text_used`
    // bytes of text_room() (for a parser that decodes into it); an unfinished tree is emptied.
    bool finish(bool ok, std::size_t text_used);
    bool finish(bool ok) { return finish(ok, tree_.text_.size()); }

private:
    Node& add(JsonType type);
    JsonTree& tree_;
    int max_depth_;
};

// A parser that fills a JsonTree: json_parse (Redress's own), or the tests' nlohmann reference.
using JsonParser = bool (*)(std::string_view text, JsonTree& tree, int max_depth);
inline bool json_parse(std::string_view text, JsonTree& tree, int max_depth) { return tree.parse(text, max_depth); }

}  // namespace redress
