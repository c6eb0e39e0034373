#include "json/tree.h"

#include <nlohmann/json.hpp>

#include <cstring>

namespace redress {

void JsonTree::start_building(std::size_t text_size) {
    nodes_.clear();
    text_.clear();
    open_.clear();
    nesting_exceeded_ = false;
    // Decoded text is never longer than the JSON that spells it, so this is the only allocation
    // text_ needs (and none once a tree has read a text as long).
    text_.reserve(text_size);
}

JsonTree::Node& JsonTree::add(JsonType type) {
    Node& n = nodes_.emplace_back();
    n.type = type;
    n.end = static_cast<std::uint32_t>(nodes_.size());
    if (!open_.empty()) {
        Node& parent = nodes_[open_.back()];
        ++parent.count;
        if (parent.type == JsonType::object) n.key_at = key_at_, n.key_size = key_size_;
    }
    return n;
}

bool JsonTree::open(JsonType type, int max_depth) {
    if (static_cast<int>(open_.size()) >= max_depth) {
        nesting_exceeded_ = true;
        return false;
    }
    add(type);
    open_.push_back(static_cast<std::uint32_t>(nodes_.size() - 1));
    return true;
}

void JsonTree::close() {
    nodes_[open_.back()].end = static_cast<std::uint32_t>(nodes_.size());
    open_.pop_back();
}

bool JsonTree::finish_building(bool ok) {
    ok = ok && !nodes_.empty() && open_.empty();
    if (!ok) nodes_.clear(), text_.clear();
    return ok;
}

// Receives nlohmann's parse events (its SAX interface) and adds each value to the tree.
struct JsonTreeSax {
    JsonTree& tree;
    int max_depth;

    std::uint32_t keep(const std::string& s) {
        const auto at = static_cast<std::uint32_t>(tree.text_.size());
        tree.text_.append(s);
        return at;
    }

    // The SAX interface (nlohmann/detail/input/json_sax.hpp).
    bool null() { return tree.add(JsonType::null), true; }
    bool boolean(bool b) { return tree.add(JsonType::boolean).boolean = b, true; }
    bool number_integer(std::int64_t n) { return tree.add(JsonType::integer).integer = n, true; }
    bool number_unsigned(std::uint64_t n) {
        tree.add(n <= std::uint64_t(INT64_MAX) ? JsonType::integer : JsonType::unsigned_integer).integer = static_cast<long long>(n);
        return true;
    }
    bool number_float(double, const std::string&) { return tree.add(JsonType::real), true; }
    bool string(std::string& s) {
        const std::uint32_t at = keep(s);
        JsonTree::Node& n = tree.add(JsonType::string);
        n.text_at = at;
        n.text_size = static_cast<std::uint32_t>(s.size());
        return true;
    }
    bool binary(nlohmann::json::binary_t&) { return false; }  // not in JSON text
    bool start_object(std::size_t) { return tree.open(JsonType::object, max_depth); }
    bool key(std::string& s) {
        tree.key_at_ = keep(s);
        tree.key_size_ = static_cast<std::uint32_t>(s.size());
        return true;
    }
    bool end_object() { return tree.close(), true; }
    bool start_array(std::size_t) { return tree.open(JsonType::array, max_depth); }
    bool end_array() { return tree.close(), true; }
    bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception&) { return false; }
};

bool JsonTree::parse(std::string_view text, int max_depth) {
    start_building(text.size());
    JsonTreeSax sax{*this, max_depth};
    // nlohmann takes a NUL byte for the end of the text (as in a C string) and accepts what came
    // before it. JSON never holds one raw, so a text with one is refused, as parse_fast does, and
    // nothing can hide behind it.
    return finish_building(nlohmann::json::sax_parse(text.data(), text.data() + text.size(), &sax) &&
                           std::memchr(text.data(), 0, text.size()) == nullptr);
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
