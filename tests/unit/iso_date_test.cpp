#include <doctest/doctest.h>

#include <string>

#include "calendar/iso_date.h"
#include "test_support.h"

using namespace redress;

TEST_CASE("ISO dates: only real YYYY-MM-DD dates are accepted") {
    std::string problem;
    CHECK(parse_iso_date("2024-02-29").has_value());
    CHECK_FALSE(parse_iso_date("2025-02-29", &problem).has_value());
    CHECK(problem == "2025-02-29 is not a real date (February 2025 has 28 days)");
    CHECK_FALSE(parse_iso_date("2025-02-30", &problem).has_value());
    CHECK_FALSE(parse_iso_date("2025-13-01", &problem).has_value());
    CHECK(problem.find("no month 13") != std::string::npos);
    for (const char* bad : {"", "2025-1-01", "25-01-01", "2025/01/01", "2025-01-01T00:00", "２０２５-01-01", "2025-0a-01"}) {
        CAPTURE(bad);
        CHECK_FALSE(parse_iso_date(bad, &problem).has_value());
    }
}

TEST_CASE("supported dates run from 2000 to 2100") {
    std::string problem;
    CHECK(parse_supported_date("2000-01-01").has_value());
    CHECK(parse_supported_date("2100-12-31").has_value());
    CHECK_FALSE(parse_supported_date("1999-12-31", &problem).has_value());
    CHECK(problem.find("2000 to 2100") != std::string::npos);
    CHECK_FALSE(parse_supported_date("2101-01-01").has_value());
}

TEST_CASE("dates format back to ISO and to long English form") {
    CHECK(format_iso_date(redress::test::d("2025-11-20")) == "2025-11-20");
    CHECK(format_long_date(redress::test::d("2025-11-21")) == "Friday 21 November 2025");
}
