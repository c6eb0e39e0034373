#pragma once
// Input and output for the `redress` command: bounded reads, one-line errors, exit codes.
#include <cstdio>
#include <optional>
#include <string>
#include <string_view>

namespace redress::cli {

inline constexpr int kExitOk = 0;
inline constexpr int kExitBadInput = 2;

// The largest input accepted from a file or stdin (issue 3: over 1 MB is refused).
inline constexpr std::size_t kMaxInputBytes = 1024 * 1024;

// Reads FILE ("-" for stdin) up to kMaxInputBytes. On failure returns nullopt and sets `problem`.
std::optional<std::string> read_input(const std::string& path, std::string& problem);

// Prints "redress: <message>" on one line on stderr and returns kExitBadInput.
int fail(std::string_view message);

// Writes `text` to stdout all at once, so a failure never leaves half an answer there.
int emit(const std::string& text);

}  // namespace redress::cli
