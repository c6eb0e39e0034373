// libFuzzer target over everything that reads untrusted input: dates, and the calendar
// arithmetic driven by them. Built by the `fuzz` preset (clang, ASan + UBSan); tests/run.py runs
// it for a bounded time, and `build/fuzz/fuzz_case -max_total_time=3600 build/fuzz/corpus` runs
// it for longer.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "calendar.h"
#include "iso_date.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    std::string problem;
    if (const auto d = redress::parse_supported_date(text.substr(0, 10), &problem)) {
        const int n = size > 10 ? int(data[10]) - 128 : 5;
        const auto due = redress::add_working_days(*d, n);
        if (n > 0 && !(due > *d)) __builtin_trap();
        if (redress::working_days_between(*d, due) != (n > 0 ? n : 0)) __builtin_trap();
        (void)redress::add_months(*d, n);
        (void)redress::format_long_date(*d);
    }
    return 0;
}
