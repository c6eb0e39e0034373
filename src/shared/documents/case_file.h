#pragma once
// The JSON case file: the case, its verdict and its documents in one versioned file, so a tenant
// can save their work and carry on later in the portal or with `redress letter`. Importing reads
// the case back exactly; the verdict and the documents are recomputed, never trusted.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "documents/document.h"
#include "json/tree.h"
#include "rules/case.h"
#include "rules/policy_catalogue.h"
#include "util/input_error.h"

namespace redress {

inline constexpr std::string_view kCaseFileFormat = "redress-case-file";
inline constexpr int kCaseFileSchema = 1;
// A case file holds the documents too, so it may be larger than a case.
inline constexpr std::size_t kMaxCaseFileBytes = 8 * 1024 * 1024;

// The case file for `c` with the given documents (pretty-printed JSON, ending in a newline).
std::string export_case_file(const Case& c, const std::vector<DocumentKind>& kinds, const PolicyCatalogue& catalogue);

// Reads a case file, or a plain case (anything without a "format" field). `today` is used when
// the case has no "today". On failure returns nullopt with the field and the problem in `error`.
std::optional<Case> import_case(std::string_view text, const PolicyCatalogue& catalogue, Date today, InputError& error);
// The same, reading into `tree`'s memory with `parser` (json/tree.h): `redress check` keeps one
// tree per thread and reads with its own parser.
std::optional<Case> import_case(std::string_view text, const PolicyCatalogue& catalogue, Date today, InputError& error,
                                JsonTree& tree, JsonParser parser);

}  // namespace redress
