#pragma once
// Strict ISO 8601 calendar dates (YYYY-MM-DD), the only date form Redress reads or writes.
#include <date/date.h>

#include <optional>
#include <string>
#include <string_view>

namespace redress {

using Date = date::sys_days;

// The years the calendar knows every bank holiday for; dates outside are refused as input.
inline constexpr int kFirstYear = 2000;
inline constexpr int kLastYear = 2100;

// Parses exactly "YYYY-MM-DD". On failure returns nullopt and, if `problem` is given, says why
// in words a user can act on ("2025-02-30 is not a real date (February 2025 has 28 days)").
std::optional<Date> parse_iso_date(std::string_view text, std::string* problem = nullptr);

// Like parse_iso_date, and also refuses dates outside kFirstYear..kLastYear.
std::optional<Date> parse_supported_date(std::string_view text, std::string* problem = nullptr);

std::string format_iso_date(Date d);

// Writes d's ten characters, YYYY-MM-DD, at `out`, without making a string (the verdict writes
// dozens of dates per case). False, with nothing written, for a year outside 0 to 9999, which
// Redress never reads or reaches; format_iso_date writes such a year in full.
bool write_iso_date(Date d, char* out);

// "Friday 21 November 2025": for letters and the result page.
std::string format_long_date(Date d);

bool in_supported_range(Date d);

}  // namespace redress
