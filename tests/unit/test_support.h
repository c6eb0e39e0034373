#pragma once
// Small helpers shared by the unit tests.
#include <doctest/doctest.h>

#include <string>

#include "calendar/iso_date.h"

namespace redress::test {

// A date literal for tests; a malformed literal fails the test rather than crashing.
inline Date d(const char* iso) {
    std::string problem;
    auto parsed = parse_iso_date(iso, &problem);
    REQUIRE_MESSAGE(parsed.has_value(), "bad date literal in test: " << iso << ": " << problem);
    return parsed.value_or(Date{});
}

// A small deterministic generator (a linear congruential generator), so generated cases are the
// same on every platform, natively and as WebAssembly.
struct Generator {
    unsigned state;
    unsigned next(unsigned n) {
        state = state * 1664525u + 1013904223u;
        return (state >> 8) % n;
    }
    bool coin() { return next(2) == 1; }
    std::string date_between(Date from, Date to) {
        const int span = int((to - from).count());
        return format_iso_date(from + date::days{int(next(unsigned(span + 1)))});
    }
};

}  // namespace redress::test
