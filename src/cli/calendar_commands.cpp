#include "calendar_commands.h"

#include <charconv>

#include "calendar/calendar.h"
#include "cli_io.h"
#include "json/writer.h"

namespace redress::cli {
namespace {

// A whole decimal integer in [low, high], or nullopt.
std::optional<int> parse_int(const std::string& text, int low, int high) {
    int value = 0;
    const char* end = text.data() + text.size();
    const auto [ptr, ec] = std::from_chars(text.data(), end, value);
    if (text.empty() || ec != std::errc() || ptr != end || value < low || value > high) return std::nullopt;
    return value;
}

// The furthest add-working-days may go: about 10 years, so the answer stays inside the years
// whose bank holidays the calendar holds.
constexpr int kMaxWorkingDays = 2500;

}  // namespace

int run_holidays(const std::vector<std::string>& args) {
    if (args.size() != 2) return fail("holidays: expected FROM_YEAR TO_YEAR, for example: redress holidays 2025 2026");
    const auto from = parse_int(args[0], kFirstYear, kLastYear);
    const auto to = parse_int(args[1], kFirstYear, kLastYear);
    if (!from) return fail("holidays: FROM_YEAR must be a year from 2000 to 2100, got \"" + args[0] + "\"");
    if (!to) return fail("holidays: TO_YEAR must be a year from 2000 to 2100, got \"" + args[1] + "\"");
    if (*to < *from) return fail("holidays: TO_YEAR (" + args[1] + ") is before FROM_YEAR (" + args[0] + ")");
    JsonWriter w(2);
    w.begin_array();
    for (int year = *from; year <= *to; ++year)
        for (const BankHoliday& h : bank_holidays(year)) {
            w.begin_object().field("date", format_iso_date(h.date));
            if (h.substitute) w.field("substitute", true);
            w.field("title", h.title).end_object();
        }
    w.end_array();
    w.text("\n");
    return emit(w.view());
}

int run_add_working_days(const std::vector<std::string>& args) {
    if (args.size() != 2) return fail("add-working-days: expected DATE N, for example: redress add-working-days 2025-11-20 10");
    std::string problem;
    const auto start = parse_supported_date(args[0], &problem);
    if (!start) return fail("add-working-days: DATE " + problem);
    const auto n = parse_int(args[1], -kMaxWorkingDays, kMaxWorkingDays);
    if (!n) return fail("add-working-days: N must be a whole number from -2500 to 2500, got \"" + args[1] + "\"");
    return emit(format_iso_date(add_working_days(*start, *n)) + "\n");
}

}  // namespace redress::cli
