#pragma once
// The rules engine: a pure function of the case, the policies and the date. It reads no clock,
// no files and no globals, so the CLI, the browser and the tests always agree.
#include "case.h"
#include "policy_catalogue.h"
#include "verdict.h"

namespace redress {

// The date from which the Housing Ombudsman's Complaint Handling Code is statutory.
inline constexpr date::year_month_day kCodeStatutoryFrom{date::year{2024}, date::month{4}, date::day{1}};

// `c` must come from parse_case with the same catalogue (so its landlord exists).
Verdict evaluate(const Case& c, const PolicyCatalogue& catalogue);

}  // namespace redress
