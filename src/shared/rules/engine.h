#pragma once
// The rules engine: a pure function of the case, the policies and the date. It reads no clock,
// no files and no globals, so the CLI, the browser and the tests always agree.
#include "rules/case.h"
#include "rules/policy_catalogue.h"
#include "rules/verdict.h"

namespace redress {

// `c` must come from parse_case with the same catalogue (so its landlord exists).
Verdict evaluate(const Case& c, const PolicyCatalogue& catalogue);

}  // namespace redress
