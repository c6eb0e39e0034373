#pragma once
// Small helpers shared by the unit tests.
#include <doctest/doctest.h>

#include <string>

#include "iso_date.h"

namespace redress::test {

// A date literal for tests; a malformed literal fails the test rather than crashing.
inline Date d(const char* iso) {
    std::string problem;
    auto parsed = parse_iso_date(iso, &problem);
    REQUIRE_MESSAGE(parsed.has_value(), "bad date literal in test: " << iso << ": " << problem);
    return parsed.value_or(Date{});
}

}  // namespace redress::test
