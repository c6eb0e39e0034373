#pragma once
// What went wrong with some input, in words a user can act on: which field, and what is wrong.
#include <string>

namespace redress {

struct InputError {
    std::string field;    // a path such as "issue.event_date", or "" for the input as a whole
    std::string message;  // "2025-02-30 is not a real date (February 2025 has 28 days)"

    std::string to_string() const { return field.empty() ? message : field + ": " + message; }
};

}  // namespace redress
