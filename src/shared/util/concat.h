#pragma once
// concat({"In time: ", name, " allows ", limit, "."}): the parts joined into one new string with
// a single allocation. A chain of + allocates again each time the text outgrows its room, about
// three times for one of the engine's sentences, which made them a fifth of the allocations in
// `redress check --jsonl`.
#include <initializer_list>
#include <string>
#include <string_view>

namespace redress {

std::string concat(std::initializer_list<std::string_view> parts);

}  // namespace redress
