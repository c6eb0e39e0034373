#pragma once
// Small helpers shared by the unit tests.
#include <doctest/doctest.h>

#include <cstdlib>
#include <fstream>
#include <string>

#include "calendar/iso_date.h"
#include "rules/policy_catalogue.h"

namespace redress::test {

// The policies compiled in, loaded once for all the tests (verdicts point into them).
inline const PolicyCatalogue& catalogue() {
    static const PolicyCatalogue loaded(policies::embedded_files());
    return loaded;
}

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

// With REDRESS_VIEW_DUMP=<file>, the wizard tests append every action they send, what dispatch
// answered and the view model after it: a restructuring of the wizard can then be checked to
// change no byte a host sees (docs/architecture.md, "Checking a restructuring").
inline void record_view(const std::string& action, const std::string& result, const std::string& view) {
    static const char* path = std::getenv("REDRESS_VIEW_DUMP");
    if (path == nullptr) return;
    std::ofstream(path, std::ios::app) << action << "\n" << result << "\n" << view << "\n";
}

}  // namespace redress::test
