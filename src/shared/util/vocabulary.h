#pragma once
// Closed lists as types. Each closed list of Redress (a role, a category, a finding's result, a
// page of the flow...) is an `enum class` whose last enumerator has the alias `last_`, with one
// constexpr table of rows in enum order: the row's `value`, its `name` (the word JSON and actions
// use) and whatever else belongs to the value (its label, hint, words). `Vocabulary<E>` names the
// table, and checks at compile time that it has exactly one row per value, in order:
//
//     enum class Consent : std::uint8_t { none, verbal, written, last_ = written };
//     struct ConsentRow { Consent value; std::string_view name, words; };
//     inline constexpr ConsentRow kConsentRows[] = {{Consent::none, "none", ...}, ...};
//     template <> struct Vocabulary<Consent> : Rows<kConsentRows> {};
//
// Text becomes a value once, where it enters (parse_name), and a value becomes text in one place
// (name_of, row_of): nothing else compares a closed list's words.
#include <array>
#include <cstddef>
#include <iterator>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace redress {

template <typename E>
struct Vocabulary;  // specialised for each closed list, deriving from Rows<its table>

template <typename Row, std::size_t N>
constexpr bool rows_in_enum_order(const Row (&rows)[N]) {
    for (std::size_t k = 0; k < N; ++k)
        if (static_cast<std::size_t>(rows[k].value) != k) return false;
    return static_cast<std::size_t>(decltype(rows[0].value)::last_) + 1 == N;
}

template <const auto& Table>
struct Rows {
    static constexpr const auto& rows = Table;
    static_assert(rows_in_enum_order(Table), "a closed list needs one row per value, in the enum's order");
};

// The row of `value` in its table.
template <typename E>
constexpr const auto& row_of(E value) {
    return Vocabulary<E>::rows[static_cast<std::size_t>(value)];
}

// The word JSON and actions use for `value`: "support-worker", "out-of-time".
template <typename E>
constexpr std::string_view name_of(E value) {
    return row_of(value).name;
}

// The value named `name`, or nullopt for a word the list does not have.
template <typename E>
constexpr std::optional<E> parse_name(std::string_view name) {
    for (const auto& row : Vocabulary<E>::rows)
        if (row.name == name) return row.value;
    return std::nullopt;
}

// Every value's name, in order: for messages ("must be one of ...") and for readers of text.
template <typename E>
std::vector<std::string_view> names_of() {
    std::vector<std::string_view> out;
    for (const auto& row : Vocabulary<E>::rows) out.push_back(row.name);
    return out;
}

// Every value, in order: `for (DocumentKind kind : values_of<DocumentKind>())`.
template <typename E>
constexpr auto values_of() {
    std::array<E, std::size(Vocabulary<E>::rows)> out{};
    for (std::size_t k = 0; k < out.size(); ++k) out[k] = Vocabulary<E>::rows[k].value;
    return out;
}

}  // namespace redress
