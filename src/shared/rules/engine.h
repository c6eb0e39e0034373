#pragma once
// The rules engine: a pure function of the case, the policies and the date. It reads no clock,
// no files and no globals, so the CLI, the browser and the tests always agree.
#include "rules/case.h"
#include "rules/law.h"
#include "rules/policy_catalogue.h"
#include "rules/verdict.h"

namespace redress {

// `c` must come from parse_case with the same catalogue (so its landlord exists).
Verdict evaluate(const Case& c, const PolicyCatalogue& catalogue);

// Whether the day the tenant found out about the problem could change whether it is in time,
// given when it happened: not when it is still happening, and not when it happened within every
// time limit that counts from the day they found out (the landlord's, and the Code's where it is
// the floor). The guided flow asks only then.
bool awareness_can_matter(const Case& c, const PolicyCatalogue& catalogue);
// The same for the day it was last raised with the landlord, which only a policy that counts from
// it (or whose wording leaves that open) takes into account.
bool last_raised_can_matter(const Case& c, const PolicyCatalogue& catalogue);

// Whether the landlord wrote, by its answer's own deadline at `stage` (1 or 2), that it needed more
// time (`process.stageN_extension_notified`): only then does an extension count, as the Housing
// Ombudsman says ("waiting for a final response": reasons and a new date, within the timescales).
bool extension_notified_in_time(const Case& c, const Verdict& v, int stage);

// The day Awaab's Law's clock starts for the case's hazard: the first report the case shows on or
// after the law (or the phase covering the hazard) began: `issue.hazard_reported` if on or after
// it, else `issue.last_raised` if on or after it. None when the case shows no such report: then a
// letter reporting the hazard starts the clock (documents/letters.cpp: as_sent).
std::optional<Date> hazard_clock(const Case& c, const Law& law);

}  // namespace redress
