#pragma once
#include <string>
#include <vector>

namespace redress::cli {

// `redress check [--jsonl] FILE`
int run_check(const std::vector<std::string>& args);
// `redress policies`
int run_policies(const std::vector<std::string>& args);

}  // namespace redress::cli
