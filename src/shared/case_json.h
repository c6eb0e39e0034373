#pragma once
// A case written back as case JSON (the same fields parse_case reads), so that
// parse_case(case_to_json(c)) == c: the case file and the browser's drafts rely on it.
#include <nlohmann/json.hpp>

#include "case.h"

namespace redress {

nlohmann::json case_to_json(const Case& c);

}  // namespace redress
