#pragma once
// The verdict as JSON (docs/cli.md): the contract fields first, then the detail.
#include <nlohmann/json.hpp>

#include "input_error.h"
#include "verdict.h"

namespace redress {

nlohmann::json verdict_to_json(const Verdict& v);
nlohmann::json error_to_json(const InputError& e);

}  // namespace redress
