// The calendar against the official England and Wales bank holiday list, year by year.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "calendar/calendar.h"
#include "gov_uk_bank_holidays.h"
#include "test_support.h"

using namespace redress;
using redress::test::d;

TEST_CASE("bank holidays match the official England and Wales list, 2012 to 2030") {
    for (const auto& entry : test::kOfficialBankHolidays) {
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
