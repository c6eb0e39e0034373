#include "json/tree.h"

namespace redress {

JsonTree::Builder::Builder(JsonTree& tree, std::size_t text_size, int max_depth) : tree_(tree), max_depth_(max_depth) {
    tree_.nodes_.clear();
    tree_.text_.clear();
    tree_.open_.clear();
    tree_.nesting_exceeded_ = false;
    // Decoded text is never longer than the JSON that spells it, so this is the only allocation
    // text_ needs (and none once a tree has read a text as long).
    tree_.text_.resize(text_size);
}

std::uint32_t JsonTree::Builder::keep(std::string_view decoded) {
    const auto at = static_cast<std::uint32_t>(tree_.text_.size());
    tree_.text_.append(decoded);
    return at;
}

JsonTree::Node& JsonTree::Builder::add(JsonType type) {
    Node& n = tree_.nodes_.emplace_back();
    n.type = type;
    n.end = static_cast<std::uint32_t>(tree_.nodes_.size());
    if (!tree_.open_.empty()) {
        Node& parent = tree_.nodes_[tree_.open_.back()];
        ++parent.count;
        if (parent.type == JsonType::object) n.key_at = tree_.key_at_, n.key_size = tree_.key_size_;
    }
    return n;
}

bool JsonTree::Builder::open(JsonType type) {
    if (static_cast<int>(tree_.open_.size()) >= max_depth_) {
        tree_.nesting_exceeded_ = true;
        return false;
    }
    add(type);
    tree_.open_.push_back(static_cast<std::uint32_t>(tree_.nodes_.size() - 1));
    return true;
}

void JsonTree::Builder::close() {
    tree_.nodes_[tree_.open_.back()].end = static_cast<std::uint32_t>(tree_.nodes_.size());
    tree_.open_.pop_back();
}

bool JsonTree::Builder::finish(bool ok, std::size_t text_used) {
    tree_.text_.resize(text_used);
    ok = ok && !tree_.nodes_.empty() && tree_.open_.empty();
    if (!ok) tree_.nodes_.clear(), tree_.text_.clear();
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
