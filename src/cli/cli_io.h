#pragma once
// Input and output for the `redress` command: bounded reads, one-line errors, exit codes.
#include <cstdio>
#include <optional>
#include <string>
#include <string_view>

#include "calendar/iso_date.h"
#include "rules/policy_catalogue.h"

namespace redress::cli {

inline constexpr int kExitOk = 0;
inline constexpr int kExitBadInput = 2;

// The largest input accepted from a file or stdin (issue 3: over 1 MB is refused).
inline constexpr std::size_t kMaxInputBytes = 1024 * 1024;

// Reads FILE ("-" for stdin) up to `max_bytes`. On failure returns nullopt and sets `problem`.
std::optional<std::string> read_input(const std::string& path, std::string& problem,
                                      std::size_t max_bytes = kMaxInputBytes);

// Prints "redress: <message>" on one line on stderr and returns kExitBadInput.
int fail(std::string_view message);

// Today's date from the system clock. The CLI is where the clock is read: the engine only ever
// gets "today" as an input.
Date system_today();

// The built-in policies, or nullptr after reporting (via fail) that one of them is broken.
const PolicyCatalogue* builtin_catalogue_or_fail(int& exit_code);

// Writes `text` to stdout all at once, so a failure never leaves half an answer there.
int emit(std::string_view text);

}  // namespace redress::cli
