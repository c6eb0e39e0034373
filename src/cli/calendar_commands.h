#pragma once
#include <string>
#include <vector>

namespace redress::cli {

// `redress holidays FROM_YEAR TO_YEAR`
int run_holidays(const std::vector<std::string>& args);
// `redress add-working-days DATE N`
int run_add_working_days(const std::vector<std::string>& args);

}  // namespace redress::cli
