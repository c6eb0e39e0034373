#include "rules/wording.h"

namespace redress::wording {

std::string possessive(std::string_view name) {
    std::string out(name);
    out += !out.empty() && out.back() == 's' ? "'" : "'s";
    return out;
}

std::string duration(int count, Unit unit) {
    const UnitRow& row = row_of(unit);
    return std::to_string(count).append(" ").append(count == 1 ? row.one : row.many);
}

std::string capitalised(std::string text) {
    if (!text.empty() && text[0] >= 'a' && text[0] <= 'z') text[0] = char(text[0] - 'a' + 'A');
    return text;
}

}  // namespace redress::wording
