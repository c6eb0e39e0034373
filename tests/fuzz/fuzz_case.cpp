// libFuzzer target over everything that reads untrusted input: case JSON through parsing,
// evaluation and serialisation, and dates through the calendar arithmetic. Built by the `fuzz`
// preset (clang, ASan + UBSan); tests/run.py runs it for a bounded time and fails on any
// finding. A longer run: build/fuzz/fuzz_case -max_total_time=3600 build/fuzz/corpus tests/fuzz/seeds
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "calendar.h"
#include "case.h"
#include "engine.h"
#include "iso_date.h"
#include "policy_catalogue.h"
#include "verdict_json.h"

namespace {

void fuzz_dates(std::string_view text, const std::uint8_t* data, std::size_t size) {
    std::string problem;
    if (const auto d = redress::parse_supported_date(text.substr(0, 10), &problem)) {
        const int n = size > 10 ? int(data[10]) - 128 : 5;
        const auto due = redress::add_working_days(*d, n);
        if (n > 0 && !(due > *d)) __builtin_trap();
        if (redress::working_days_between(*d, due) != (n > 0 ? n : 0)) __builtin_trap();
        (void)redress::add_months(*d, n);
        (void)redress::format_long_date(*d);
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    fuzz_dates(text, data, size);

    const auto& catalogue = redress::builtin_catalogue();
    redress::InputError error;
    const auto c = redress::parse_case(text, catalogue, redress::Date{date::year{2025} / 11 / 20}, error);
    if (!c) {
        if (error.message.empty()) __builtin_trap();  // a refusal must always say why
        return 0;
    }
    const redress::Verdict v = redress::evaluate(*c, catalogue);
    if (v.outcome.empty() || v.policy_outcome.empty()) __builtin_trap();
    for (const auto& d : v.deadlines)
        if (d.date < d.anchor_date) __builtin_trap();
    (void)redress::verdict_to_json(v).dump();
    return 0;
}
