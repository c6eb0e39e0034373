#include "json/writer.h"

#include <algorithm>
#include <charconv>
#include <cstdint>
#include <cstring>

#include "json/special_bytes.h"
#include "util/utf8.h"

namespace redress {
namespace {

using json_bytes::first_flagged_byte;
using json_bytes::special_bytes;

// Writes the special byte at s[i] (a character that must be escaped, or the start of a UTF-8
// sequence, checked) at p, and moves both on.
void write_special(const unsigned char* s, std::size_t n, std::size_t& i, char*& p) {
    static constexpr char kHex[] = "0123456789abcdef";
    const unsigned char c = s[i];
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
        return;
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

}  // namespace

void JsonWriter::string(std::string_view text) {
    const auto* s = reinterpret_cast<const unsigned char*>(text.data());
    const std::size_t n = text.size();
    // Room for the worst case (every byte becomes \u00XX), plus a block: whole blocks are stored
    // even when only part of one is text.
    char* const start = room(2 + 6 * n + 16);
    char* p = start;
    *p++ = '"';

    // Plain ASCII, the usual case, is checked and copied 16 bytes at a time where the processor
    // has vector instructions, then a word at a time. Each block is stored whole; only the bytes
    // before its first special one count.
    std::size_t i = 0;
#if defined(__SSE2__) || defined(__wasm_simd128__)
    while (n - i >= 16) {
        std::memcpy(p, s + i, 16);
        if (const unsigned special = json_bytes::special_mask16(s + i); special == 0) {
            i += 16;
            p += 16;
        } else {
            const auto plain = static_cast<std::size_t>(std::countr_zero(special));
            i += plain;
            p += plain;
            write_special(s, n, i, p);
        }
    }
#endif
    while (n - i >= 8) {
        std::uint64_t word;
        std::memcpy(&word, s + i, 8);
        std::memcpy(p, &word, 8);
        if (const std::uint64_t special = special_bytes(word); special == 0) {
            i += 8;
            p += 8;
        } else {
            const std::size_t plain = first_flagged_byte(special);
            i += plain;
            p += plain;
            write_special(s, n, i, p);
        }
    }
    // A text shorter than a word ("pass", "days") a byte at a time: reading it into a word would
    // take a copy of variable length (a call, then a stall reading the word back).
    if (n < 8) {
        while (i < n) {
            if (json_bytes::plain(s[i])) *p++ = static_cast<char>(s[i++]);
            else write_special(s, n, i, p);
        }
    }
    // The last few bytes of a longer text are read as the end of its last word, shifted down and
    // padded with 'A' (which is plain), and checked the same way.
    while (i < n) {
        const std::size_t left = n - i;
        std::uint64_t word;
        std::memcpy(&word, s + n - 8, 8);
        word = (word >> (8 * (8 - left))) | (0x4141414141414141ull << (8 * left));
        std::memcpy(p, &word, 8);
        const std::uint64_t special = special_bytes(word);
        if (special == 0) {
            p += left;
            break;
        }
        const std::size_t plain = first_flagged_byte(special);
        i += plain;
        p += plain;
        write_special(s, n, i, p);
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

void JsonWriter::separate() {
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

JsonWriter& JsonWriter::raw(std::string_view json) {
    before_value();
    put(json.data(), json.size());
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
