#include "calendar/calendar.h"

#include <algorithm>
#include <array>
#include <bitset>

#include "util/short_sort.h"

namespace redress {
namespace {

using namespace date::literals;

// The one-off changes to the standing rules, each made by royal proclamation. A `moves` entry
// takes a standing holiday (matched by title) to another date; an `adds` entry is an extra day.
struct OneOff {
    int year;
    std::string_view moves_title;  // empty for an extra day
    unsigned month, day;
    std::string_view title;
};
constexpr std::array<OneOff, 11> kOneOffs = {{
    {2002, "Spring bank holiday", 6, 4, "Spring bank holiday"},
    {2002, "", 6, 3, "Queen\u2019s Golden Jubilee"},
    {2011, "", 4, 29, "Royal wedding"},
    {2012, "Spring bank holiday", 6, 4, "Spring bank holiday"},
    {2012, "", 6, 5, "Queen\u2019s Diamond Jubilee"},
    {2020, "Early May bank holiday", 5, 8, "Early May bank holiday (VE day)"},
    {2022, "Spring bank holiday", 6, 2, "Spring bank holiday"},
    {2022, "", 6, 3, "Platinum Jubilee bank holiday"},
    {2022, "", 9, 19, "Bank Holiday for the State Funeral of Queen Elizabeth II"},
    {2023, "", 5, 8, "Bank holiday for the coronation of King Charles III"},
    {1999, "", 12, 31, "Millennium Celebrations"},
}};

Date easter_sunday(int year) {
    // Anonymous Gregorian algorithm (Meeus/Jones/Butcher).
    const int a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4;
    const int f = (b + 8) / 25, g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30;
    const int i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7;
    const int m = (a + 11 * h + 22 * l) / 451;
    const int month = (h + l - 7 * m + 114) / 31, day = (h + l - 7 * m + 114) % 31 + 1;
    return date::year{year} / date::month{unsigned(month)} / date::day{unsigned(day)};
}

Date nth_weekday(int year, unsigned month, date::weekday wd, unsigned n) {
    return date::year{year} / date::month{month} / wd[n];
}
Date last_weekday(int year, unsigned month, date::weekday wd) {
    return date::year{year} / date::month{month} / wd[date::last];
}

std::vector<BankHoliday> holidays_by_rule(int year) {
    std::vector<BankHoliday> out;
    const auto ymd = [year](unsigned m, unsigned d) { return Date{date::year{year} / date::month{m} / date::day{d}}; };

    // New Year's Day; on a weekend, the following Monday.
    const Date new_year = ymd(1, 1);
    if (is_weekend(new_year)) out.push_back({new_year + date::days{date::weekday{new_year} == date::Saturday ? 2 : 1}, "New Year\u2019s Day", true});
    else out.push_back({new_year, "New Year\u2019s Day"});

    const Date easter = easter_sunday(year);
    out.push_back({easter - date::days{2}, "Good Friday"});
    out.push_back({easter + date::days{1}, "Easter Monday"});
    out.push_back({nth_weekday(year, 5, date::Monday, 1), "Early May bank holiday"});
    out.push_back({last_weekday(year, 5, date::Monday), "Spring bank holiday"});
    out.push_back({last_weekday(year, 8, date::Monday), "Summer bank holiday"});

    // Christmas Day and Boxing Day; each one on a weekend moves to the next weekday not taken.
    const Date christmas = ymd(12, 25), boxing = ymd(12, 26);
    const auto wd = date::weekday{christmas};
    if (wd == date::Friday) {
        out.push_back({christmas, "Christmas Day"});
        out.push_back({boxing + date::days{2}, "Boxing Day", true});        // Sat -> Mon 28
    } else if (wd == date::Saturday) {
        out.push_back({christmas + date::days{2}, "Christmas Day", true});  // Mon 27
        out.push_back({boxing + date::days{2}, "Boxing Day", true});        // Tue 28
    } else if (wd == date::Sunday) {
        out.push_back({boxing, "Boxing Day"});                              // Mon 26
        out.push_back({christmas + date::days{2}, "Christmas Day", true});  // Tue 27
    } else {
        out.push_back({christmas, "Christmas Day"});
        out.push_back({boxing, "Boxing Day"});
    }
    return out;
}

std::vector<BankHoliday> compute_bank_holidays(int year) {
    std::vector<BankHoliday> out = holidays_by_rule(year);
    for (const OneOff& change : kOneOffs) {
        if (change.year != year) continue;
        const Date when = date::year{year} / date::month{change.month} / date::day{change.day};
        if (change.moves_title.empty()) {
            out.push_back({when, change.title});
            continue;
        }
        for (BankHoliday& h : out)
            if (h.title == change.moves_title) h = {when, change.title};
    }
    short_sort(out.begin(), out.end(), [](const BankHoliday& a, const BankHoliday& b) { return a.date < b.date; });
    return out;
}

// Every holiday from kCalendarFirstYear to kCalendarLastYear, with a bitset by day for
// constant-time checks: the engine counts working days for every deadline of every case.
constexpr int kTableFirstYear = kCalendarFirstYear, kTableLastYear = kCalendarLastYear;

struct HolidayTable {
    Date first;
    std::vector<BankHoliday> all;
    Date last;
    std::bitset<(kTableLastYear - kTableFirstYear + 1) * 366> is_holiday;

    HolidayTable() : first(date::year{kTableFirstYear} / 1 / 1), last(date::year{kTableLastYear} / 12 / 31) {
        for (int y = kTableFirstYear; y <= kTableLastYear; ++y)
            for (const BankHoliday& h : compute_bank_holidays(y)) {
                all.push_back(h);
                is_holiday.set(std::size_t((h.date - first).count()));
            }
    }
    bool covers(Date d) const { return d >= first && d <= last; }
};

const HolidayTable& table() {
    static const HolidayTable instance;
    return instance;
}

}  // namespace

bool is_weekend(Date d) {
    const date::weekday wd{d};
    return wd == date::Saturday || wd == date::Sunday;
}

std::vector<BankHoliday> bank_holidays(int year) {
    const HolidayTable& t = table();
    if (year < kTableFirstYear || year > kTableLastYear) return {};
    std::vector<BankHoliday> out;
    for (const BankHoliday& h : t.all)
        if (date::year_month_day{h.date}.year() == date::year{year}) out.push_back(h);
    return out;
}

const BankHoliday* bank_holiday_on(Date d) {
    const HolidayTable& t = table();
    if (!t.covers(d) || !t.is_holiday.test(std::size_t((d - t.first).count()))) return nullptr;
    const auto it = std::lower_bound(t.all.begin(), t.all.end(), d,
                                     [](const BankHoliday& h, Date x) { return h.date < x; });
    return (it != t.all.end() && it->date == d) ? &*it : nullptr;
}

bool is_working_day(Date d) {
    if (is_weekend(d)) return false;
    const HolidayTable& t = table();
    return !t.covers(d) || !t.is_holiday.test(std::size_t((d - t.first).count()));
}

Date add_working_days(Date from, int n) {
    const int step = n < 0 ? -1 : 1;
    for (int left = n < 0 ? -n : n; left > 0;) {
        from += date::days{step};
        if (is_working_day(from)) --left;
    }
    return from;
}

namespace {

// Monday to Friday days in [Monday 5 January 1970, d): weeks times five, plus the rest of the last week.
long weekdays_before(Date d) {
    const long n = (d - Date{date::year{1970} / 1 / 5}).count();
    const long weeks = n >= 0 ? n / 7 : -((-n + 6) / 7);  // rounded down, also before 1970
    return weeks * 5 + std::min(n - weeks * 7, 5L);
}

}  // namespace

HolidaySpan bank_holidays_between(Date after, Date until) {
    const HolidayTable& t = table();
    const auto by_date = [](const BankHoliday& h, Date x) { return h.date <= x; };
    const BankHoliday* begin = t.all.data();
    const BankHoliday* end = begin + t.all.size();
    if (until <= after) return {end, end};
    return {std::lower_bound(begin, end, after, by_date), std::lower_bound(begin, end, until, by_date)};
}

int working_days_between(Date from, Date to) {
    // Counted, not walked: the weekdays in (from, to], less the bank holidays among them. The
    // engine does this for every deadline of every case, some a year long.
    if (to <= from) return 0;
    long count = weekdays_before(to + date::days{1}) - weekdays_before(from + date::days{1});
    for (const BankHoliday& h : bank_holidays_between(from, to))
        if (!is_weekend(h.date)) --count;
    return static_cast<int>(count);
}

Date add_months(Date from, int months) {
    const date::year_month_day ymd{from};
    const date::year_month target = date::year_month{ymd.year(), ymd.month()} + date::months{months};
    const date::day last = date::year_month_day_last{target.year(), date::month_day_last{target.month()}}.day();
    return target / std::min(ymd.day(), last);
}

Date add_days(Date from, int days) { return from + date::days{days}; }

}  // namespace redress
