#pragma once
// Helpers for engine tests: build a case from JSON text and evaluate it.
#include <doctest/doctest.h>

#include <string>

#include "rules/case.h"
#include "rules/engine.h"
#include "rules/policy_catalogue.h"
#include "test_support.h"

namespace redress::test {

inline Verdict verdict_for(const std::string& json) {
    InputError error;
    const auto c = parse_case(json, test::catalogue(), d("2025-11-20"), error);
    REQUIRE_MESSAGE(c.has_value(), "case did not parse: " << error.to_string() << "\n" << json);
    return evaluate(*c, test::catalogue());
}

inline const Finding* finding(const Verdict& v, const std::string& rule) {
    for (const Finding& f : v.findings)
        if (f.rule.name() == rule) return &f;
    return nullptr;
}

inline std::string deadline(const Verdict& v, const std::string& key) {
    for (const Deadline& x : v.deadlines)
        if (name_of(x.key) == key) return format_iso_date(x.date);
    return "";
}

}  // namespace redress::test
