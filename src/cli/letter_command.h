#pragma once
#include <string>
#include <vector>

namespace redress::cli {

// `redress letter FILE [--kind KIND] [--format text|html|json|ics] [--large-print]`
int run_letter(const std::vector<std::string>& args);

}  // namespace redress::cli
