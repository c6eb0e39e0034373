#include "util/vocabulary.h"

namespace redress {

std::optional<std::size_t> find_name(Names names, std::string_view name) {
    for (std::size_t k = 0; k < names.count; ++k)
        if (names.name_at(k) == name) return k;
    return std::nullopt;
}

std::vector<std::string_view> all_names(Names names) {
    std::vector<std::string_view> out;
    out.reserve(names.count);
    for (std::size_t k = 0; k < names.count; ++k) out.push_back(names.name_at(k));
    return out;
}

}  // namespace redress
