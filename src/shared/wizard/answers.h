#pragma once
// The wizard's answers and the case they describe, both ways: answers to case JSON (which
// parse_case then checks, the same as for the CLI), and a case back to answers (to carry on from
// an imported case file).
#include <optional>
#include <string>
#include <vector>

#include "rules/case.h"
#include "rules/policy_catalogue.h"
#include "wizard/pages.h"

namespace redress::wizard {

// The date a date question's parts give, as YYYY-MM-DD ("" when every part is blank). The parts
// must have been checked (check_date) first.
std::string date_answer(const Answers& a, const std::string& id);

// Checks a date question's parts the GOV.UK way: on failure returns the message ("The date it
// happened must include a month") and sets `part` to the part to focus.
std::string check_date(const Answers& a, const std::string& id, const std::string& date_name, bool optional,
                       std::string& part);

// The case JSON text the answers give (with `today` as the case's date). Only the process dates the
// "progress" answer calls for are included, so going back and choosing an earlier stage drops
// the later dates rather than keeping them unseen.
std::string case_json_from_answers(const Answers& a, Date today);

// The non-blank lines of a text answer, trimmed: one item a line (a list such as the enclosures).
std::vector<std::string> lines_of(const std::string& text);

// The answers a case gives, so every page shows what the case says.
Answers answers_from_case(const Case& c);

// The case the answers describe so far, once the questions the engine needs (the landlord and
// when it happened) are answered and the case reads.
std::optional<Case> case_so_far(const Answers& a, const PolicyCatalogue& catalogue, Date today);

// Every key an answer may have: the drafts refuse anything else.
bool is_answer_key(const std::string& key);

}  // namespace redress::wizard
