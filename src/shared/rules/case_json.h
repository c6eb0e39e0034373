#pragma once
// A case written back as case JSON (the same fields parse_case reads), so that
// parse_case(case_json(c)) == c: the case file and the browser's drafts rely on it.
#include <string>

#include "json/writer.h"
#include "rules/case.h"

namespace redress {

// Writes the case as one JSON object, keys in sorted order.
void write_case(JsonWriter& w, const Case& c);

// The same as compact JSON text.
std::string case_json(const Case& c);

}  // namespace redress
