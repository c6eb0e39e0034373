#pragma once
// `redress check`'s own JSON parser. Reading a case with nlohmann's parser was a quarter of
// `redress check --jsonl`'s time; this one fills the same JsonTree about five times as fast. It
// lives here, with the command that needs it, so the browser's download carries one parser.
// It accepts exactly the texts nlohmann accepts and builds the same tree:
// tests/unit/json_tree_test.cpp and the fuzz target compare the two on every text they try.
// (docs/cli.md says why it is Redress's own and not simdjson.)
#include <string_view>

#include "json/tree.h"

namespace redress::cli {

// A JsonParser (json/tree.h): false, with the tree empty, for a text that is not one JSON document
// or is nested more than `max_depth` deep.
bool parse_fast(std::string_view text, JsonTree& tree, int max_depth);

}  // namespace redress::cli
