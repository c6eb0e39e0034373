#pragma once
// UTF-8 sequences checked one at a time, for the input check (json_input) and the output
// writer (json_writer) alike.
#include <cstddef>

namespace redress {

// The length of the valid UTF-8 sequence at the start of `s` (`n` bytes left; s[0] >= 0x80), or 0
// when it is not valid: a stray continuation byte, an overlong form, a surrogate, past U+10FFFF,
// or cut short.
inline std::size_t utf8_sequence_length(const unsigned char* s, std::size_t n) {
    const unsigned c = s[0];
    std::size_t length;
    unsigned min;
    if (c >= 0xC2 && c <= 0xDF) length = 2, min = 0x80;
    else if (c >= 0xE0 && c <= 0xEF) length = 3, min = 0x800;
    else if (c >= 0xF0 && c <= 0xF4) length = 4, min = 0x10000;
    else return 0;
    if (length > n) return 0;
    unsigned code = c & (0xFFu >> (length + 1));
    for (std::size_t k = 1; k < length; ++k) {
        if ((s[k] & 0xC0) != 0x80) return 0;
        code = (code << 6) | (s[k] & 0x3F);
    }
    if (code < min || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF)) return 0;
    return length;
}

}  // namespace redress
