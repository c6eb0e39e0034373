#include "json_writer.h"

#include <algorithm>
#include <charconv>
#include <cstdint>
#include <cstring>

#include "utf8.h"

namespace redress {
namespace {

// Bytes that cannot be copied as they are: control characters, '"', '\\' and non-ASCII
// (checked as UTF-8). A table keeps the common case, a run of plain text, to one load per byte.
struct SpecialBytes {
    bool special[256] = {};
    constexpr SpecialBytes() {
        for (int c = 0; c < 0x20; ++c) special[c] = true;
        special[static_cast<unsigned char>('"')] = true;
        special[static_cast<unsigned char>('\\')] = true;
        for (int c = 0x80; c < 0x100; ++c) special[c] = true;
    }
};
constexpr SpecialBytes kSpecial;

// True when any of the 8 bytes in `x` needs attention: below 0x20, '"', '\\' or 0x80 and up.
// Bit tricks on a whole word, so a run of plain text costs a few instructions per 8 bytes.
bool word_has_special(std::uint64_t x) {
    constexpr std::uint64_t kOnes = 0x0101010101010101ull, kHigh = 0x8080808080808080ull;
    const auto has_zero = [](std::uint64_t v) { return (v - kOnes) & ~v & kHigh; };
    return ((x - kOnes * 0x20) | has_zero(x ^ (kOnes * '"')) | has_zero(x ^ (kOnes * '\\')) | x) & kHigh;
}

}  // namespace

void JsonWriter::string(std::string_view text) {
    static constexpr char kHex[] = "0123456789abcdef";
    const auto* s = reinterpret_cast<const unsigned char*>(text.data());
    const std::size_t n = text.size();
    // Room for the worst case (every byte becomes \u00XX), plus a word: whole words are stored
    // even when only part of one is text.
    char* const start = room(2 + 6 * n + 8);
    char* p = start;
    *p++ = '"';

    // Plain ASCII, the usual case, is checked and copied a word at a time.
    std::size_t i = 0;
    for (std::uint64_t word; i + 8 <= n; i += 8, p += 8) {
        std::memcpy(&word, s + i, 8);
        if (word_has_special(word)) break;
        std::memcpy(p, &word, 8);
    }
    if (n - i < 8) {
        std::uint64_t tail = 0x4141414141414141ull;  // padded with 'A', which is plain
        if (i < n) std::memcpy(&tail, s + i, n - i);
        if (!word_has_special(tail)) {
            std::memcpy(p, &tail, 8);
            p += n - i;
            i = n;
        }
    }

    // The rest a byte at a time: escapes, and UTF-8 checked sequence by sequence.
    while (i < n) {
        const unsigned char c = s[i];
        if (!kSpecial.special[c]) {
            *p++ = static_cast<char>(c);
            ++i;
            continue;
        }
        if (c >= 0x80) {
            if (const std::size_t length = utf8_sequence_length(s + i, n - i)) {
                std::memcpy(p, s + i, length);
                p += length;
                i += length;
            } else {
                std::memcpy(p, "\xEF\xBF\xBD", 3);  // U+FFFD for a byte that is not valid UTF-8
                p += 3;
                ++i;
            }
            continue;
        }
        *p++ = '\\';
        switch (c) {
            case '"': *p++ = '"'; break;
            case '\\': *p++ = '\\'; break;
            case '\b': *p++ = 'b'; break;
            case '\f': *p++ = 'f'; break;
            case '\n': *p++ = 'n'; break;
            case '\r': *p++ = 'r'; break;
            case '\t': *p++ = 't'; break;
            default: {
                const char escape[] = {'u', '0', '0', kHex[c >> 4], kHex[c & 0xF]};
                std::memcpy(p, escape, sizeof escape);
                p += sizeof escape;
            }
        }
        ++i;
    }
    *p++ = '"';
    used_ += static_cast<std::size_t>(p - start);
}

void JsonWriter::grow(std::size_t n) { buffer_.resize(std::max(buffer_.size() * 2, used_ + n + 1024)); }

void JsonWriter::put(const char* s, std::size_t n) {
    std::memcpy(room(n), s, n);
    used_ += n;
}

void JsonWriter::clear() {
    used_ = 0;
    depth_ = 0;
    empty_ = true;
    after_key_ = false;
}

std::string JsonWriter::take() {
    buffer_.resize(used_);
    std::string out = std::move(buffer_);
    buffer_.clear();
    clear();
    return out;
}

void JsonWriter::newline() {
    const std::size_t spaces = static_cast<std::size_t>(indent_) * static_cast<std::size_t>(depth_);
    char* p = room(1 + spaces);
    *p = '\n';
    std::memset(p + 1, ' ', spaces);
    used_ += 1 + spaces;
}

void JsonWriter::before_value() {
    if (after_key_) {
        after_key_ = false;
        return;
    }
    if (depth_ == 0) return;
    if (!empty_) put(',');
    if (indent_ >= 0) newline();
    empty_ = false;
}

JsonWriter& JsonWriter::open(char bracket) {
    before_value();
    put(bracket);
    ++depth_;
    empty_ = true;
    return *this;
}

JsonWriter& JsonWriter::close(char bracket) {
    --depth_;
    if (!empty_ && indent_ >= 0) newline();
    put(bracket);
    empty_ = false;  // the container just closed is the parent's latest item
    return *this;
}

JsonWriter& JsonWriter::key(std::string_view name) {
    before_value();
    string(name);
    if (indent_ >= 0) put(": ", 2);
    else put(':');
    after_key_ = true;
    return *this;
}

JsonWriter& JsonWriter::value(std::string_view text) {
    before_value();
    string(text);
    return *this;
}

JsonWriter& JsonWriter::value(bool b) {
    before_value();
    if (b) put("true", 4);
    else put("false", 5);
    return *this;
}

JsonWriter& JsonWriter::value(long long n) {
    before_value();
    char* p = room(24);
    used_ += static_cast<std::size_t>(std::to_chars(p, p + 24, n).ptr - p);
    return *this;
}

JsonWriter& JsonWriter::null() {
    before_value();
    put("null", 4);
    return *this;
}

JsonWriter& JsonWriter::string_list(const std::vector<std::string>& items) {
    begin_array();
    for (const std::string& item : items) value(item);
    return end_array();
}

}  // namespace redress
