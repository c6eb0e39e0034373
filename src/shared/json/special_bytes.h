#pragma once
// Finding the bytes of JSON text that need attention: below 0x20, '"', '\\', and 0x80 and up
// (the start of a UTF-8 sequence, to be checked). Plain ASCII, nearly all of Redress's text, is
// then checked 16 bytes at a time where the processor has vector instructions, or 8 at a time
// with bit tricks on a word. Shared by JsonWriter (escaping) and the fast parser (unescaping).
#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#elif defined(__wasm_simd128__)
#include <wasm_simd128.h>
#endif

namespace redress::json_bytes {

// A byte that can be copied into or out of a JSON string as it is.
inline bool plain(unsigned char c) { return c >= 0x20 && c < 0x80 && c != '"' && c != '\\'; }

// The high bit of each byte of `x` (read little-endian) that needs attention. A borrow can flag
// a plain byte above a special one, but never one below it, so the lowest flag is always exact,
// and that is the only one read.
inline std::uint64_t special_bytes(std::uint64_t x) {
    constexpr std::uint64_t kOnes = 0x0101010101010101ull, kHigh = 0x8080808080808080ull;
    const auto has_zero = [](std::uint64_t v) { return (v - kOnes) & ~v & kHigh; };
    return ((x - kOnes * 0x20) | has_zero(x ^ (kOnes * '"')) | has_zero(x ^ (kOnes * '\\')) | x) & kHigh;
}

// The index of the first byte in memory order whose flag is set in `flags` (not zero).
// (Words are read little-endian, as on x86, ARM and WebAssembly: the borrows above run from
// earlier bytes to later ones only when the first byte in memory is the lowest in the word.)
static_assert(std::endian::native == std::endian::little, "special_bytes reads words little-endian");
inline std::size_t first_flagged_byte(std::uint64_t flags) { return static_cast<std::size_t>(std::countr_zero(flags)) / 8; }

#if defined(__SSE2__) || defined(__wasm_simd128__)
// One bit for each of the 16 bytes at `s` that needs attention (bit k for s[k]). A signed "less
// than 0x20" catches both the control characters and every byte of 0x80 and up, which are
// negative as signed bytes.
inline unsigned special_mask16(const unsigned char* s) {
#if defined(__SSE2__)
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s));
    const __m128i special = _mm_or_si128(_mm_cmplt_epi8(v, _mm_set1_epi8(0x20)),
                                         _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('"')), _mm_cmpeq_epi8(v, _mm_set1_epi8('\\'))));
    return static_cast<unsigned>(_mm_movemask_epi8(special));
#else
    const v128_t v = wasm_v128_load(s);
    const v128_t special = wasm_v128_or(wasm_i8x16_lt(v, wasm_i8x16_splat(0x20)),
                                        wasm_v128_or(wasm_i8x16_eq(v, wasm_i8x16_splat('"')), wasm_i8x16_eq(v, wasm_i8x16_splat('\\'))));
    return static_cast<unsigned>(wasm_i8x16_bitmask(special));
#endif
}
#endif

// The first byte in [s, end) that needs attention, or `end`.
inline const unsigned char* find_special(const unsigned char* s, const unsigned char* end) {
#if defined(__SSE2__) || defined(__wasm_simd128__)
    while (end - s >= 16) {
        if (const unsigned mask = special_mask16(s)) return s + std::countr_zero(mask);
        s += 16;
    }
#endif
    while (end - s >= 8) {
        std::uint64_t word;
        std::memcpy(&word, s, 8);
        if (const std::uint64_t flags = special_bytes(word)) return s + first_flagged_byte(flags);
        s += 8;
    }
    while (s != end && plain(*s)) ++s;
    return s;
}

}  // namespace redress::json_bytes
