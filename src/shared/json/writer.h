#pragma once
// Writes JSON text into a buffer it owns, without building a document first.
//
// nlohmann/json reads Redress's input (policies, cases, drafts), but building an nlohmann
// document only to print it cost most of `redress check --jsonl`'s time (a map node and a
// string copy per field, then a second pass to escape) and its serializer is a large part of the
// browser download. This writer escapes each value once as it appends it, in the same format as
// nlohmann's dump(): the same escapes and the same spacing, compact or indented, so output is
// unchanged for anyone reading it (tests/unit/json_writer_test.cpp checks it against dump()).
//
//     JsonWriter w;
//     w.begin_object().field("id", "halton-housing").field("months", 12).end_object();
//     std::string text = w.take();
//
// Keys are written in the order they are given: callers that must match nlohmann's output give
// them in sorted order. Invalid UTF-8 in a string is written as U+FFFD, so the output is always
// valid JSON whatever the input. Values written one after another at the top level are simply
// joined, which is how `redress check --jsonl` writes one verdict per line through one writer.
#include <cstddef>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

namespace redress {

class JsonWriter {
public:
    // `indent` < 0 writes compact JSON (like dump()); >= 0 writes one item per line (like dump(indent)).
    explicit JsonWriter(int indent = -1) : indent_(indent) {}

    JsonWriter& begin_object() { return open('{'); }
    JsonWriter& end_object() { return close('}'); }
    JsonWriter& begin_array() { return open('['); }
    JsonWriter& end_array() { return close(']'); }

    // The key of the next value in an object.
    JsonWriter& key(std::string_view name);
    // A key written in the source as a string literal, such as key("cite"): nearly every key is
    // one. Its length is N - 1, known to the compiler in each instantiation even where it is not
    // inlined, so the copy is a few moves, with no strlen or memcpy call (both showed in profiles
    // of the Node build). (A key that does need escapes still gets them, through
    // key(string_view).)
    template <std::size_t N>
    JsonWriter& key(const char (&name)[N]) {
        constexpr std::size_t length = N - 1;
        if (!plain_ascii(name, length)) return key(std::string_view(name, length));
        return plain_key(name, length);
    }

    JsonWriter& value(std::string_view text);
    JsonWriter& value(const char* text) { return value(std::string_view(text)); }
    JsonWriter& value(const std::string& text) { return value(std::string_view(text)); }
    JsonWriter& value(bool b);
    JsonWriter& value(int n) { return value(static_cast<long long>(n)); }
    JsonWriter& value(long n) { return value(static_cast<long long>(n)); }
    JsonWriter& value(long long n);
    JsonWriter& null();
    // A value that is already JSON text, written by a JsonWriter (such as a button's action), so
    // it is valid and in the same format. It is copied as it is.
    JsonWriter& raw(std::string_view json);

    template <typename T>
    JsonWriter& field(std::string_view name, const T& v) {
        key(name);
        return value(v);
    }
    template <std::size_t N, typename T>
    JsonWriter& field(const char (&name)[N], const T& v) {
        key(name);
        return value(v);
    }
    JsonWriter& string_list(const std::vector<std::string>& items);

    // Text outside any JSON value, such as the newline between JSON Lines records.
    void text(std::string_view plain) { put(plain.data(), plain.size()); }

    std::string_view view() const { return {buffer_.data(), used_}; }
    std::size_t size() const { return used_; }
    // Forgets what was written (keeping the memory) and starts again at the top level.
    void clear();
    // What was written; the writer is left empty.
    std::string take();

private:
    JsonWriter& open(char bracket);
    JsonWriter& close(char bracket);
    // Before any value: nothing after its key (the usual case, inline), else the comma and
    // line break between items.
    void before_value() {
        if (after_key_) after_key_ = false;
        else separate();
    }
    void separate();
    void newline();
    void string(std::string_view text);
    // Inline, so a literal's length is known where it is copied.
    JsonWriter& plain_key(const char* name, std::size_t length) {
        before_value();
        char* p = room(length + 4);
        *p++ = '"';
        std::memcpy(p, name, length);
        p += length;
        *p++ = '"';
        *p++ = ':';
        if (indent_ >= 0) *p++ = ' ';
        used_ = static_cast<std::size_t>(p - buffer_.data());
        after_key_ = true;
        return *this;
    }
    static constexpr bool plain_ascii(const char* s, std::size_t n) {
        for (std::size_t i = 0; i < n; ++i)
            if (s[i] < 0x20 || s[i] == '"' || s[i] == '\\' || s[i] > 0x7E) return false;
        return true;
    }

    // At least `n` writable bytes at the end of what was written.
    char* room(std::size_t n) {
        if (buffer_.size() - used_ < n) grow(n);
        return buffer_.data() + used_;
    }
    void grow(std::size_t n);
    void put(char c) {
        *room(1) = c;
        ++used_;
    }
    void put(const char* s, std::size_t n);

    // buffer_ is kept larger than what was written (used_), so appending is a bounds check and a
    // copy rather than a call into std::string for every piece.
    std::string buffer_;
    std::size_t used_ = 0;
    int indent_;
    int depth_ = 0;
    bool empty_ = true;       // the container just opened has nothing in it yet
    bool after_key_ = false;  // the next value follows its key on the same line
};

}  // namespace redress
