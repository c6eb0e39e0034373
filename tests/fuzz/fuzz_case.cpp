// libFuzzer target over everything that reads untrusted input: any JSON through Redress's parser
// and nlohmann's (the reference, through its parse events) against nlohmann's own document; case JSON (or a case file) through parsing, evaluation,
// serialisation and every document in every format; and dates through the calendar arithmetic.
// Built by the `fuzz` preset (clang, ASan + UBSan); tests/run.py runs it for a bounded time and
// fails on any finding. A longer run: build/fuzz/fuzz_case -max_total_time=3600 build/fuzz/corpus tests/fuzz/seeds
#include <nlohmann/json.hpp>

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "../unit/json_tree_compare.h"
#include "calendar/calendar.h"
#include "calendar/iso_date.h"
#include "documents/case_file.h"
#include "documents/deadline_calendar.h"
#include "documents/letter_writer.h"
#include "documents/letters.h"
#include "documents/mailto.h"
#include "documents/render.h"
#include "json/tree.h"
#include "rules/case.h"
#include "rules/case_json.h"
#include "rules/engine.h"
#include "rules/policy_catalogue.h"
#include "rules/verdict_json.h"

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

    // Every input is read through JsonTree, filled by Redress's parser: it must accept exactly what
    // nlohmann's parser accepts (except a text with a NUL byte, which nlohmann takes for its end
    // and the tree refuses), read the same values as nlohmann's document and as the tree
    // nlohmann's parse events fill, and with a small depth limit refuse the same texts for nesting.
    {
        const nlohmann::json j = nlohmann::json::parse(text, nullptr, /*allow_exceptions=*/false);
        const bool valid = !j.is_discarded() && text.find('\0') == std::string_view::npos;
        redress::JsonTree tree, reference;
        const bool accepted = tree.parse(text, 1 << 20);
        if (accepted != valid) __builtin_trap();
        if (accepted && !redress::test::same(tree.root(), j)) __builtin_trap();
        if (redress::test::nlohmann_parse(text, reference, 1 << 20) != accepted) __builtin_trap();
        if (accepted && !redress::test::same(reference.root(), j)) __builtin_trap();
        if (tree.parse(text, 3) != redress::test::nlohmann_parse(text, reference, 3) ||
            tree.nesting_exceeded() != reference.nesting_exceeded())
            __builtin_trap();
    }

    static const redress::PolicyCatalogue catalogue(redress::policies::embedded_files());
    redress::InputError error;
    const redress::Date today{date::year{2025} / 11 / 20};
    const auto c = redress::import_case(text, catalogue, today, error);
    if (!c) {
        if (error.message.empty()) __builtin_trap();  // a refusal must always say why
        return 0;
    }
    const redress::Verdict v = redress::evaluate(*c, catalogue);
    if (!redress::row_of(v.outcome).name.size() || !redress::row_of(v.policy_outcome).name.size()) __builtin_trap();
    for (const auto& d : v.deadlines)
        if (d.date < d.anchor_date) __builtin_trap();
    // Awaab's Law never changes the complaint's outcome.
    if (c->issue.hazard != redress::Hazard::none) {
        redress::Case plain = *c;
        plain.issue.hazard = redress::Hazard::none;
        const redress::Verdict p = redress::evaluate(plain, catalogue);
        if (p.outcome != v.outcome || p.policy_outcome != v.policy_outcome) __builtin_trap();
    }
    // The writer's output must always be JSON that nlohmann reads back.
    if (nlohmann::json::parse(redress::verdict_json(v), nullptr, false).is_discarded()) __builtin_trap();

    // Documents: every kind that suits the case, in every format; the case file reads back equal.
    for (redress::DocumentKind kind : redress::values_of<redress::DocumentKind>()) {
        if (redress::unsuitable_because(kind, *c, v)) continue;
        const redress::Document d = redress::write_document(kind, *c, catalogue);
        if (d.blocks.empty()) __builtin_trap();
        (void)redress::render_text(d);
        (void)redress::render_html(d, {true});
        (void)redress::mailto_link(d);
    }
    (void)redress::deadlines_ics(*c, v, redress::landlord_display_name(*c, *catalogue.find(c->landlord)));
    if (c->ignored_fields.empty()) {
        const std::string file = redress::export_case_file(*c, redress::recommended_documents(*c, v), catalogue);
        const auto back = redress::import_case(file, catalogue, today, error);
        if (!back || !(*back == *c)) __builtin_trap();
    }
    return 0;
}
