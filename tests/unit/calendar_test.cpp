// The calendar against the official England and Wales bank holiday list, year by year.
#include <doctest/doctest.h>

#include <map>
#include <string>
#include <vector>

#include "calendar/calendar.h"
#include "test_support.h"

using namespace redress;
using redress::test::d;

namespace {

// Transcribed by hand from the official list of England and Wales bank holidays (GOV.UK), not
// from this code. 2028 to 2030 are not yet published there; they follow the standing rules
// (Banking and Financial Dealings Act 1971 and the annual proclamations' pattern).
const std::map<int, std::vector<std::string>> kOfficial = {
    {2012, {"2012-01-02", "2012-04-06", "2012-04-09", "2012-05-07", "2012-06-04", "2012-06-05", "2012-08-27", "2012-12-25", "2012-12-26"}},
    {2013, {"2013-01-01", "2013-03-29", "2013-04-01", "2013-05-06", "2013-05-27", "2013-08-26", "2013-12-25", "2013-12-26"}},
    {2014, {"2014-01-01", "2014-04-18", "2014-04-21", "2014-05-05", "2014-05-26", "2014-08-25", "2014-12-25", "2014-12-26"}},
    {2015, {"2015-01-01", "2015-04-03", "2015-04-06", "2015-05-04", "2015-05-25", "2015-08-31", "2015-12-25", "2015-12-28"}},
    {2016, {"2016-01-01", "2016-03-25", "2016-03-28", "2016-05-02", "2016-05-30", "2016-08-29", "2016-12-26", "2016-12-27"}},
    {2017, {"2017-01-02", "2017-04-14", "2017-04-17", "2017-05-01", "2017-05-29", "2017-08-28", "2017-12-25", "2017-12-26"}},
    {2018, {"2018-01-01", "2018-03-30", "2018-04-02", "2018-05-07", "2018-05-28", "2018-08-27", "2018-12-25", "2018-12-26"}},
    {2019, {"2019-01-01", "2019-04-19", "2019-04-22", "2019-05-06", "2019-05-27", "2019-08-26", "2019-12-25", "2019-12-26"}},
    {2020, {"2020-01-01", "2020-04-10", "2020-04-13", "2020-05-08", "2020-05-25", "2020-08-31", "2020-12-25", "2020-12-28"}},
    {2021, {"2021-01-01", "2021-04-02", "2021-04-05", "2021-05-03", "2021-05-31", "2021-08-30", "2021-12-27", "2021-12-28"}},
    {2022, {"2022-01-03", "2022-04-15", "2022-04-18", "2022-05-02", "2022-06-02", "2022-06-03", "2022-08-29", "2022-09-19", "2022-12-26", "2022-12-27"}},
    {2023, {"2023-01-02", "2023-04-07", "2023-04-10", "2023-05-01", "2023-05-08", "2023-05-29", "2023-08-28", "2023-12-25", "2023-12-26"}},
    {2024, {"2024-01-01", "2024-03-29", "2024-04-01", "2024-05-06", "2024-05-27", "2024-08-26", "2024-12-25", "2024-12-26"}},
    {2025, {"2025-01-01", "2025-04-18", "2025-04-21", "2025-05-05", "2025-05-26", "2025-08-25", "2025-12-25", "2025-12-26"}},
    {2026, {"2026-01-01", "2026-04-03", "2026-04-06", "2026-05-04", "2026-05-25", "2026-08-31", "2026-12-25", "2026-12-28"}},
    {2027, {"2027-01-01", "2027-03-26", "2027-03-29", "2027-05-03", "2027-05-31", "2027-08-30", "2027-12-27", "2027-12-28"}},
    {2028, {"2028-01-03", "2028-04-14", "2028-04-17", "2028-05-01", "2028-05-29", "2028-08-28", "2028-12-25", "2028-12-26"}},
    {2029, {"2029-01-01", "2029-03-30", "2029-04-02", "2029-05-07", "2029-05-28", "2029-08-27", "2029-12-25", "2029-12-26"}},
    {2030, {"2030-01-01", "2030-04-19", "2030-04-22", "2030-05-06", "2030-05-27", "2030-08-26", "2030-12-25", "2030-12-26"}},
};

}  // namespace

TEST_CASE("bank holidays match the official England and Wales list, 2012 to 2030") {
    for (const auto& entry : kOfficial) {
        const int year = entry.first;  // (clang 14 cannot capture a structured binding in CAPTURE)
        CAPTURE(year);
        std::vector<std::string> actual;
        for (const BankHoliday& h : bank_holidays(year)) actual.push_back(format_iso_date(h.date));
        CHECK(actual == entry.second);
    }
}

TEST_CASE("one-off holidays carry their official titles") {
    CHECK(bank_holiday_on(d("2012-06-05"))->title == "Queen\u2019s Diamond Jubilee");
    CHECK(bank_holiday_on(d("2020-05-08"))->title == "Early May bank holiday (VE day)");
    CHECK(bank_holiday_on(d("2022-06-03"))->title == "Platinum Jubilee bank holiday");
    CHECK(bank_holiday_on(d("2022-09-19"))->title == "Bank Holiday for the State Funeral of Queen Elizabeth II");
    CHECK(bank_holiday_on(d("2023-05-08"))->title == "Bank holiday for the coronation of King Charles III");
    CHECK(bank_holiday_on(d("2020-05-04")) == nullptr);  // the early May holiday moved away from here
    CHECK(bank_holiday_on(d("2022-05-30")) == nullptr);  // so did the 2022 spring holiday
}

TEST_CASE("substitute days are marked and named after the day they replace") {
    const BankHoliday* boxing = bank_holiday_on(d("2026-12-28"));
    REQUIRE(boxing != nullptr);
    CHECK(boxing->title == "Boxing Day");
    CHECK(boxing->substitute);
    const BankHoliday* christmas = bank_holiday_on(d("2022-12-27"));
    REQUIRE(christmas != nullptr);
    CHECK(christmas->title == "Christmas Day");
    CHECK(christmas->substitute);
    CHECK_FALSE(bank_holiday_on(d("2022-12-26"))->substitute);
}

TEST_CASE("working days skip weekends and bank holidays; the start day never counts") {
    CHECK(add_working_days(d("2025-11-21"), 1) == d("2025-11-24"));  // Friday -> Monday
    CHECK(add_working_days(d("2025-11-22"), 1) == d("2025-11-24"));  // from a Saturday
    CHECK(add_working_days(d("2025-12-19"), 5) == d("2025-12-30"));  // over Christmas and Boxing Day
    CHECK(add_working_days(d("2025-12-24"), 1) == d("2025-12-29"));
    CHECK(add_working_days(d("2026-04-02"), 1) == d("2026-04-07"));  // over Easter 2026
    CHECK(add_working_days(d("2025-11-20"), 10) == d("2025-12-04"));
    CHECK(add_working_days(d("2025-11-20"), 0) == d("2025-11-20"));
    CHECK(add_working_days(d("2025-11-24"), -1) == d("2025-11-21"));
    CHECK(working_days_between(d("2025-12-19"), d("2025-12-30")) == 5);
    CHECK(working_days_between(d("2025-12-30"), d("2025-12-19")) == 0);
    CHECK_FALSE(is_working_day(d("2025-12-25")));
    CHECK_FALSE(is_working_day(d("2025-11-22")));
    CHECK(is_working_day(d("2025-11-20")));
}

TEST_CASE("months follow the corresponding-date rule") {
    CHECK(add_months(d("2025-01-15"), 12) == d("2026-01-15"));
    CHECK(add_months(d("2025-08-31"), 6) == d("2026-02-28"));
    CHECK(add_months(d("2023-08-31"), 6) == d("2024-02-29"));
    CHECK(add_months(d("2024-02-29"), 12) == d("2025-02-28"));
    CHECK(add_months(d("2025-01-31"), 1) == d("2025-02-28"));
    CHECK(add_months(d("2025-03-31"), -1) == d("2025-02-28"));
    CHECK(add_months(d("2025-05-31"), 2) == d("2025-07-31"));
}

TEST_CASE("properties over generated dates: deadlines land on working days, after their anchor") {
    // A fixed linear-congruential sequence: the same dates every run, on every platform.
    unsigned state = 12345u;
    const Date first = d("2000-01-01");
    for (int i = 0; i < 5000; ++i) {
        state = state * 1103515245u + 12345u;
        const Date anchor = first + date::days{int((state >> 8) % 36890u)};
        const int n = int(state % 41u);
        const Date due = add_working_days(anchor, n);
        CAPTURE(format_iso_date(anchor));
        CAPTURE(n);
        if (n > 0) {
            CHECK(due > anchor);
            CHECK(is_working_day(due));
        }
        CHECK(working_days_between(anchor, due) == n);
        const Date later = add_months(anchor, int(state % 25u));
        CHECK(later >= anchor);
    }
}

TEST_CASE("counted working days and holiday ranges agree with walking the calendar day by day") {
    // working_days_between counts weekdays by arithmetic and looks holidays up by range; walking
    // each day with is_working_day and bank_holiday_on is the plain definition it must match.
    unsigned state = 777u;
    const Date first = d("1998-06-01");
    for (int i = 0; i < 3000; ++i) {
        state = state * 1103515245u + 12345u;
        const Date from = first + date::days{int((state >> 8) % 56000u)};  // to beyond the table's end
        const Date to = from + date::days{int(state % 800u) - 20};
        CAPTURE(format_iso_date(from));
        CAPTURE(format_iso_date(to));
        int walked = 0;
        std::vector<Date> holidays;
        for (Date day = from + date::days{1}; day <= to; day += date::days{1}) {
            walked += is_working_day(day) ? 1 : 0;
            if (bank_holiday_on(day) != nullptr) holidays.push_back(day);
        }
        CHECK(working_days_between(from, to) == walked);
        std::vector<Date> ranged;
        for (const BankHoliday& h : bank_holidays_between(from, to)) ranged.push_back(h.date);
        CHECK(ranged == holidays);
    }
}

TEST_CASE("every year has at least the eight standing holidays, all on weekdays") {
    for (int year = 2000; year <= 2100; ++year) {
        CAPTURE(year);
        const auto list = bank_holidays(year);
        CHECK(list.size() >= 8);
        for (const BankHoliday& h : list) CHECK_FALSE(is_weekend(h.date));
    }
}
