#pragma once
// Plain-English words the engine, the documents and the flow share: possessives, capitals, and a
// count in a timescale unit. The words for each value of a closed list are in its row
// (rules/vocabulary.h).
#include <string>
#include <string_view>

#include "rules/vocabulary.h"

namespace redress::wording {

// "Halton Housing's", "Kirklees Homes and Neighbourhoods'" (a name ending in s takes the apostrophe alone).
std::string possessive(std::string_view name);

// `text` with its first letter in capitals ("the date it happened" -> "The date it happened").
std::string capitalised(std::string text);

// "5 working days", "1 month", "14 days".
std::string duration(int count, Unit unit);

}  // namespace redress::wording
