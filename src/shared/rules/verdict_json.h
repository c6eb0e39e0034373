#pragma once
// The verdict as JSON (docs/cli.md). Written straight to text with JsonWriter: `redress check
// --jsonl` spends most of its time here. Keys are in sorted order, the order readers have always
// seen.
#include <string>
#include <vector>

#include "json/writer.h"
#include "rules/verdict.h"
#include "util/input_error.h"

namespace redress {

// Writes the verdict as one JSON object; `ignored_fields` (the case fields Redress did not
// read) are listed with it when given and not empty.
void write_verdict(JsonWriter& w, const Verdict& v, const std::vector<std::string>* ignored_fields = nullptr);

// The verdict as JSON text: compact when `indent` < 0, else one item per line.
std::string verdict_json(const Verdict& v, int indent = -1, const std::vector<std::string>* ignored_fields = nullptr);

// {"field": ..., "message": ...}
void write_input_error(JsonWriter& w, const InputError& e);

}  // namespace redress
