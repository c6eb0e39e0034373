#pragma once
// England and Wales working days: weekends and bank holidays, counted the way the policies and
// the Complaint Handling Code count them (see docs/conventions.md).
#include "calendar/iso_date.h"

#include <string_view>
#include <vector>

namespace redress {

// The years the holiday table holds. Inputs are limited to kFirstYear..kLastYear (iso_date.h), so
// every deadline the engine can reach falls inside; beyond it only weekends would be known, so
// callers refuse to go there (the CLI bounds add-working-days).
inline constexpr int kCalendarFirstYear = 1999;
inline constexpr int kCalendarLastYear = 2150;

struct BankHoliday {
    Date date;
    std::string_view title;   // as on the official England and Wales list
    bool substitute = false;  // a weekday standing in for a holiday that fell on a weekend
};

// Every England and Wales bank holiday in `year` (empty outside the table), sorted by date: the standing rules with their
// substitute days, plus the one-off moves and extra days (jubilees, a state funeral, ...).
std::vector<BankHoliday> bank_holidays(int year);

// Bank holidays in a range, in date order, as a view of the calendar's own table.
struct HolidaySpan {
    const BankHoliday* first;
    const BankHoliday* last;
    const BankHoliday* begin() const { return first; }
    const BankHoliday* end() const { return last; }
    bool empty() const { return first == last; }
};

// The bank holidays after `after` and on or before `until`.
HolidaySpan bank_holidays_between(Date after, Date until);

// The holiday on `d`, or nullptr.
const BankHoliday* bank_holiday_on(Date d);

bool is_weekend(Date d);
bool is_working_day(Date d);

// The |n|th working day after `from` (before it when n < 0). `from` itself never counts, so
// add_working_days(Friday, 1) is the next Monday that is not a bank holiday. n == 0 gives `from`.
Date add_working_days(Date from, int n);

// The working days in (from, to]: how many working days `to` is after `from`. 0 when to <= from.
int working_days_between(Date from, Date to);

// The corresponding date `months` later (earlier when negative); where that month is too short,
// its last day (31 August + 6 months = 28 or 29 February).
Date add_months(Date from, int months);

Date add_days(Date from, int days);

}  // namespace redress
