#include "calendar/iso_date.h"

#include <array>
#include <cstring>

namespace redress {
namespace {

constexpr std::array<const char*, 12> kMonthNames = {
    "January", "February", "March",     "April",   "May",      "June",
    "July",    "August",   "September", "October", "November", "December"};
constexpr std::array<const char*, 7> kWeekdayNames = {
    "Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"};

bool read_digits(std::string_view text, std::size_t from, std::size_t count, int& out) {
    out = 0;
    for (std::size_t i = from; i < from + count; ++i) {
        const char c = text[i];
        if (c < '0' || c > '9') return false;
        out = out * 10 + (c - '0');
    }
    return true;
}

void set(std::string* problem, std::string text) {
    if (problem) *problem = std::move(text);
}

}  // namespace

std::optional<Date> parse_iso_date(std::string_view text, std::string* problem) {
    int y = 0, m = 0, d = 0;
    if (text.size() != 10 || text[4] != '-' || text[7] != '-' || !read_digits(text, 0, 4, y) ||
        !read_digits(text, 5, 2, m) || !read_digits(text, 8, 2, d)) {
        set(problem, "must be a date written as YYYY-MM-DD, for example 2025-11-20");
        return std::nullopt;
    }
    if (m < 1 || m > 12) {
        set(problem, std::string(text) + " is not a real date (there is no month " + std::to_string(m) + ")");
        return std::nullopt;
    }
    const date::year_month_day ymd{date::year{y}, date::month{unsigned(m)}, date::day{unsigned(d)}};
    if (!ymd.ok()) {
        const auto last = date::year_month_day_last{date::year{y}, date::month_day_last{date::month{unsigned(m)}}};
        set(problem, std::string(text) + " is not a real date (" + kMonthNames[std::size_t(m - 1)] + " " +
                         std::to_string(y) + " has " + std::to_string(unsigned(last.day())) + " days)");
        return std::nullopt;
    }
    return Date{ymd};
}

bool in_supported_range(Date d) {
    const date::year_month_day ymd{d};
    return ymd.year() >= date::year{kFirstYear} && ymd.year() <= date::year{kLastYear};
}

std::optional<Date> parse_supported_date(std::string_view text, std::string* problem) {
    auto parsed = parse_iso_date(text, problem);
    if (parsed && !in_supported_range(*parsed)) {
        set(problem, std::string(text) + " is outside the years Redress can check (" + std::to_string(kFirstYear) +
                         " to " + std::to_string(kLastYear) + ")");
        return std::nullopt;
    }
    return parsed;
}

bool write_iso_date(Date d, char* out) {
    // By hand rather than snprintf: printf's machinery is large in the browser build.
    const date::year_month_day ymd{d};
    const int y = int(ymd.year());
    if (y < 0 || y > 9999) return false;
    const unsigned m = unsigned(ymd.month()), day = unsigned(ymd.day());
    const char text[10] = {char('0' + y / 1000),  char('0' + y / 100 % 10), char('0' + y / 10 % 10), char('0' + y % 10),
                           '-',  char('0' + m / 10), char('0' + m % 10),  '-', char('0' + day / 10), char('0' + day % 10)};
    std::memcpy(out, text, sizeof text);
    return true;
}

std::string format_iso_date(Date d) {
    char text[10];
    if (write_iso_date(d, text)) return std::string(text, sizeof text);
    const date::year_month_day ymd{d};
    const unsigned m = unsigned(ymd.month()), day = unsigned(ymd.day());
    const char month_day[6] = {'-', char('0' + m / 10), char('0' + m % 10), '-', char('0' + day / 10), char('0' + day % 10)};
    return std::to_string(int(ymd.year())) + std::string(month_day, sizeof month_day);
}

std::string format_long_date(Date d) {
    const date::year_month_day ymd{d};
    const date::weekday wd{d};
    return std::string(kWeekdayNames[wd.c_encoding()]) + " " + std::to_string(unsigned(ymd.day())) + " " +
           kMonthNames[unsigned(ymd.month()) - 1] + " " + std::to_string(int(ymd.year()));
}

}  // namespace redress
