// JsonTree::parse: Redress's own JSON parser (json/tree.h), for every JSON text Redress reads:
// policies, cases, case files, drafts, actions.
//
// It replaced nlohmann's parser, first in `redress check` and then everywhere. nlohmann's lexer
// handles one byte at a time, keeping a copy of every token for its error messages: reading a case
// with it was a quarter of `redress check --jsonl`'s time, and in the browser it and its messages
// were about 4.5 KB of the gzipped download (docs/build.md). This parser copies runs of plain text
// 16 bytes at a time (json/special_bytes.h) straight into the tree, and reads numbers and
// structure in one pass without recursion.
//
// It must accept exactly the texts nlohmann accepts (RFC 8259, strictly) and build the same tree:
// a case must read the same in Redress as in any other reader of it. So it follows nlohmann
// 3.11's choices where the RFC leaves room: a UTF-8 byte order mark is skipped at the very start;
// strings must be valid UTF-8 (RFC 3629: no overlong forms, no surrogates); \u escapes of
// surrogates must pair; "\u0000" is allowed; whole numbers are signed when they fit, unsigned
// above that, and otherwise real; a real that overflows to infinity is refused. One difference is
// deliberate: nlohmann takes a NUL byte for the end of the text and accepts what came before it;
// this parser refuses any text with one (JSON never holds one raw), so nothing can hide behind it.
// nlohmann stays the reference: tests/unit/json_tree_test.cpp and tests/fuzz/fuzz_case.cpp run
// every text through both and through nlohmann's own document.
#include <algorithm>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

#include "json/special_bytes.h"
#include "json/tree.h"
#include "util/utf8.h"

namespace redress {
namespace {

struct Parser {
    JsonTree::Builder& tree;
    const unsigned char* p;
    const unsigned char* const end;
    char* out;  // where the next decoded text goes, in the tree's text_room()

    static bool digit(unsigned char c) { return c >= '0' && c <= '9'; }

    void skip_space() {
        while (p != end && (*p == ' ' || *p == '\n' || *p == '\r' || *p == '\t')) ++p;
    }
    bool eat(char c) {
        if (p == end || *p != static_cast<unsigned char>(c)) return false;
        ++p;
        return true;
    }
    void skip_digits() {
        while (p != end && digit(*p)) ++p;
    }

    // Four hex digits of a \u escape, or -1.
    long hex4() {
        if (end - p < 4) return -1;
        long value = 0;
        for (int k = 0; k < 4; ++k) {
            const unsigned char c = *p++;
            int d;
            if (digit(c)) d = c - '0';
            else if (c >= 'a' && c <= 'f') d = c - 'a' + 10;
            else if (c >= 'A' && c <= 'F') d = c - 'A' + 10;
            else return -1;
            value = value * 16 + d;
        }
        return value;
    }

    void put_utf8(long code) {
        auto* o = reinterpret_cast<unsigned char*>(out);
        if (code < 0x80) {
            *o++ = static_cast<unsigned char>(code);
        } else if (code < 0x800) {
            *o++ = static_cast<unsigned char>(0xC0 | (code >> 6));
            *o++ = static_cast<unsigned char>(0x80 | (code & 0x3F));
        } else if (code < 0x10000) {
            *o++ = static_cast<unsigned char>(0xE0 | (code >> 12));
            *o++ = static_cast<unsigned char>(0x80 | ((code >> 6) & 0x3F));
            *o++ = static_cast<unsigned char>(0x80 | (code & 0x3F));
        } else {
            *o++ = static_cast<unsigned char>(0xF0 | (code >> 18));
            *o++ = static_cast<unsigned char>(0x80 | ((code >> 12) & 0x3F));
            *o++ = static_cast<unsigned char>(0x80 | ((code >> 6) & 0x3F));
            *o++ = static_cast<unsigned char>(0x80 | (code & 0x3F));
        }
        out = reinterpret_cast<char*>(o);
    }

    // The escape at p (just after its backslash), decoded to `out`.
    bool escape() {
        if (p == end) return false;
        switch (*p++) {
            case '"': *out++ = '"'; return true;
            case '\\': *out++ = '\\'; return true;
            case '/': *out++ = '/'; return true;
            case 'b': *out++ = '\b'; return true;
            case 'f': *out++ = '\f'; return true;
            case 'n': *out++ = '\n'; return true;
            case 'r': *out++ = '\r'; return true;
            case 't': *out++ = '\t'; return true;
            case 'u': break;
            default: return false;
        }
        long code = hex4();
        if (code < 0 || (code >= 0xDC00 && code <= 0xDFFF)) return false;  // a low surrogate alone
        if (code >= 0xD800 && code <= 0xDBFF) {                             // must be followed by a low one
            if (end - p < 2 || p[0] != '\\' || p[1] != 'u') return false;
            p += 2;
            const long low = hex4();
            if (low < 0xDC00 || low > 0xDFFF) return false;
            code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00);
        }
        // At most 4 bytes for the 6 or 12 read, so the text room (as long as the input) has room.
        put_utf8(code);
        return true;
    }

    // The string at p (its opening quote), decoded into the tree's text room; its place there in at/size.
    bool string(std::uint32_t& at, std::uint32_t& size) {
        ++p;
        char* const start = out;
        for (;;) {
            const unsigned char* const run = json_bytes::find_special(p, end);
            std::memcpy(out, p, static_cast<std::size_t>(run - p));
            out += run - p;
            p = run;
            if (p == end) return false;
            const unsigned char c = *p;
            if (c == '"') {
                ++p;
                break;
            }
            if (c == '\\') {
                ++p;
                if (!escape()) return false;
            } else if (c < 0x20) {
                return false;  // a control character must be escaped
            } else {
                const std::size_t length = utf8_sequence_length(p, static_cast<std::size_t>(end - p));
                if (length == 0) return false;
                std::memcpy(out, p, length);
                out += length;
                p += length;
            }
        }
        at = tree.offset_of(start);
        size = static_cast<std::uint32_t>(out - start);
        return true;
    }

    // The number at p: -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?
    bool number() {
        const unsigned char* const start = p;
        const bool negative = eat('-');
        if (p == end || !digit(*p)) return false;
        if (*p == '0') ++p;
        else skip_digits();
        const unsigned char* const digits_end = p;
        const unsigned char* fraction = p;
        const unsigned char* fraction_end = p;
        bool whole = true;
        if (eat('.')) {
            if (p == end || !digit(*p)) return false;
            fraction = p;
            skip_digits();
            fraction_end = p;
            whole = false;
        }
        bool exponent_negative = false;
        const unsigned char* exponent = p;
        if (p != end && (*p == 'e' || *p == 'E')) {
            ++p;
            if (p != end && (*p == '+' || *p == '-')) exponent_negative = *p++ == '-';
            if (p == end || !digit(*p)) return false;
            exponent = p;
            skip_digits();
            whole = false;
        }
        if (whole) {
            std::uint64_t magnitude = 0;
            bool overflow = false;
            for (const unsigned char* d = start + negative; d != digits_end && !overflow; ++d) {
                const unsigned v = *d - '0';
                overflow = magnitude > (UINT64_MAX - v) / 10;
                magnitude = magnitude * 10 + v;
            }
            // Signed where it fits, unsigned above that (as nlohmann); past both it is real.
            if (!overflow && negative && magnitude <= std::uint64_t(INT64_MAX) + 1) {
                tree.integer(magnitude == std::uint64_t(INT64_MAX) + 1 ? INT64_MIN : -static_cast<long long>(magnitude));
                return true;
            }
            if (!overflow && !negative) {
                tree.unsigned_integer(magnitude);
                return true;
            }
        }
        if (!finite_real(view(start + negative, digits_end), view(fraction, fraction_end), exponent_negative,
                         view(exponent, p)))
            return false;
        tree.real();
        return true;
    }

    static std::string_view view(const unsigned char* from, const unsigned char* to) {
        return {reinterpret_cast<const char*>(from), static_cast<std::size_t>(to - from)};
    }

    // Whether a real (its integer and fraction digits and its exponent's) is finite as a double:
    // nlohmann refuses one that overflows to infinity. Decided on the digits, not with strtod:
    // musl's scanner and the long double arithmetic under it were, with ImGui's one sscanf
    // (patches/imgui-1.86/0004), 9.4 KB of the browser's gzipped download (docs/build.md). The
    // value is 0.D x 10^P, D its digits from the first that is not 0; it overflows exactly when it
    // is at least 2^1024 - 2^970 (kOverflow, 0.1797... x 10^309): that is halfway from the largest
    // double to 2^1024, and a tie rounds to even, which is infinity.
    static bool finite_real(std::string_view integer, std::string_view fraction, bool exponent_negative,
                            std::string_view exponent) {
        static constexpr std::string_view kOverflow =
            "1797693134862315807937289714053034150799341327100378269361737789804449682927647509466490179775872070963"
            "3028641669288791094655554785194040263065748867150582068190890200070838367627385484581771153176447573027"
            "0069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497792";
        static constexpr long long kOverflowPower = 309;
        std::string digits(integer);
        digits.append(fraction);
        const std::size_t first = digits.find_first_not_of('0');
        if (first == std::string::npos) return true;  // zero
        const std::size_t last = digits.find_last_not_of('0');
        long long power = static_cast<long long>(integer.size()) - static_cast<long long>(first);
        long long e = 0;
        for (const char c : exponent) e = std::min(e * 10 + (c - '0'), 1'000'000'000'000LL);  // far past any text's length
        power += exponent_negative ? -e : e;
        if (power != kOverflowPower) return power < kOverflowPower;
        return std::string_view(digits).substr(first, last + 1 - first) < kOverflow;
    }

    bool literal(const char* word, std::size_t length) {
        if (static_cast<std::size_t>(end - p) < length || std::memcmp(p, word, length) != 0) return false;
        p += length;
        return true;
    }

    // One value that is not an array or object.
    bool scalar() {
        switch (*p) {
            case '"': {
                std::uint32_t at = 0, size = 0;
                if (!string(at, size)) return false;
                tree.string(at, size);
                return true;
            }
            case 't': return literal("true", 4) && (tree.boolean(true), true);
            case 'f': return literal("false", 5) && (tree.boolean(false), true);
            case 'n': return literal("null", 4) && (tree.null(), true);
            default: return number();
        }
    }

    // An object member's key and colon, at p.
    bool member_key() {
        std::uint32_t at = 0, size = 0;
        if (p == end || *p != '"' || !string(at, size)) return false;
        tree.key(at, size);
        skip_space();
        if (!eat(':')) return false;
        skip_space();
        return true;
    }

    // The whole text. Without recursion: the tree's stack of open containers says what may come
    // after each value.
    bool document() {
        if (end - p >= 3 && p[0] == 0xEF && p[1] == 0xBB && p[2] == 0xBF) p += 3;  // a byte order mark
        skip_space();
        for (;;) {
            // A value.
            if (p == end) return false;
            if (*p == '{' || *p == '[') {
                const bool object = *p == '{';
                if (!tree.open(object ? JsonType::object : JsonType::array)) return false;
                ++p;
                skip_space();
                if (!eat(object ? '}' : ']')) {
                    if (object && !member_key()) return false;
                    continue;  // its first value
                }
                tree.close();
            } else if (!scalar()) {
                return false;
            }
            // After a value: the end of the text, or a comma or the close of its container.
            for (;;) {
                skip_space();
                if (tree.complete()) return p == end;
                const bool object = tree.in_object();
                if (eat(',')) {
                    skip_space();
                    if (object && !member_key()) return false;
                    break;  // the next value
                }
                if (!eat(object ? '}' : ']')) return false;
                tree.close();
            }
        }
    }
};

}  // namespace

bool JsonTree::parse(std::string_view text, int max_depth) {
    Builder builder(*this, text.size(), max_depth);
    // The parser writes decoded text straight into the tree's text room, as long as the input.
    const auto* begin = reinterpret_cast<const unsigned char*>(text.data());
    Parser parser{builder, begin, begin + text.size(), builder.text_room()};
    const bool ok = parser.document();
    return builder.finish(ok, static_cast<std::size_t>(parser.out - builder.text_room()));
}

}  // namespace redress
