#include "json_tree.h"

#include <nlohmann/json.hpp>

namespace redress {

// Receives nlohmann's parse events (its SAX interface) and appends each value to the tree.
// Values are appended in document order; a container's `end` is set when it closes.
struct JsonTreeBuilder {
    using Node = JsonTree::Node;
    JsonTree& tree;
    int max_depth;
    std::vector<std::uint32_t> open;  // the containers not yet closed, innermost last
    std::uint32_t key_at = 0, key_size = 0;

    std::uint32_t keep(const std::string& s) {
        const auto at = static_cast<std::uint32_t>(tree.text_.size());
        tree.text_.append(s);
        return at;
    }
    Node& add(JsonType type) {
        Node& n = tree.nodes_.emplace_back();
        n.type = type;
        n.end = static_cast<std::uint32_t>(tree.nodes_.size());
        if (!open.empty()) {
            Node& parent = tree.nodes_[open.back()];
            ++parent.count;
            if (parent.type == JsonType::object) n.key_at = key_at, n.key_size = key_size;
        }
        return n;
    }
    bool start(JsonType type) {
        if (static_cast<int>(open.size()) >= max_depth) {
            tree.nesting_exceeded_ = true;
            return false;
        }
        add(type);
        open.push_back(static_cast<std::uint32_t>(tree.nodes_.size() - 1));
        return true;
    }
    bool finish() {
        tree.nodes_[open.back()].end = static_cast<std::uint32_t>(tree.nodes_.size());
        open.pop_back();
        return true;
    }

    // The SAX interface (nlohmann/detail/input/json_sax.hpp).
    bool null() { return add(JsonType::null), true; }
    bool boolean(bool b) { return add(JsonType::boolean).boolean = b, true; }
    bool number_integer(std::int64_t n) { return add(JsonType::integer).integer = n, true; }
    bool number_unsigned(std::uint64_t n) {
        add(n <= std::uint64_t(INT64_MAX) ? JsonType::integer : JsonType::unsigned_integer).integer = static_cast<long long>(n);
        return true;
    }
    bool number_float(double, const std::string&) { return add(JsonType::real), true; }
    bool string(std::string& s) {
        const std::uint32_t at = keep(s);
        Node& n = add(JsonType::string);
        n.text_at = at;
        n.text_size = static_cast<std::uint32_t>(s.size());
        return true;
    }
    bool binary(nlohmann::json::binary_t&) { return false; }  // not in JSON text
    bool start_object(std::size_t) { return start(JsonType::object); }
    bool key(std::string& s) {
        key_at = keep(s);
        key_size = static_cast<std::uint32_t>(s.size());
        return true;
    }
    bool end_object() { return finish(); }
    bool start_array(std::size_t) { return start(JsonType::array); }
    bool end_array() { return finish(); }
    bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception&) { return false; }
};

bool JsonTree::parse(std::string_view text, int max_depth) {
    nodes_.clear();
    text_.clear();
    nesting_exceeded_ = false;
    // Decoded text is never longer than the JSON that spells it, so this is the only allocation
    // text_ needs.
    text_.reserve(text.size());
    JsonTreeBuilder builder{*this, max_depth, std::move(open_), 0, 0};
    builder.open.clear();
    const bool ok = nlohmann::json::sax_parse(text.data(), text.data() + text.size(), &builder) && !nodes_.empty();
    open_ = std::move(builder.open);  // kept for the next parse, like the nodes and text
    if (!ok) nodes_.clear(), text_.clear();
    return ok;
}

JsonType JsonValue::type() const { return tree_->nodes_[index_].type; }
bool JsonValue::boolean() const { return tree_->nodes_[index_].boolean; }
long long JsonValue::integer() const { return tree_->nodes_[index_].integer; }
std::size_t JsonValue::size() const { return tree_->nodes_[index_].count; }

std::string_view JsonValue::text() const {
    const auto& n = tree_->nodes_[index_];
    return {tree_->text_.data() + n.text_at, n.text_size};
}

std::string_view JsonValue::key() const {
    const auto& n = tree_->nodes_[index_];
    return {tree_->text_.data() + n.key_at, n.key_size};
}

JsonValue::Iterator& JsonValue::Iterator::operator++() {
    index_ = tree_->nodes_[index_].end;
    return *this;
}

JsonValue::Children JsonValue::children() const {
    const auto& n = tree_->nodes_[index_];
    const bool container = n.type == JsonType::array || n.type == JsonType::object;
    return {{tree_, container ? index_ + 1 : n.end}, {tree_, n.end}};
}

JsonValue JsonValue::find(std::string_view name) const {
    JsonValue match;
    if (!found() || type() != JsonType::object) return match;
    for (JsonValue member : children())
        if (member.key() == name) match = member;
    return match;
}

}  // namespace redress
