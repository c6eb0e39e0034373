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
//
// Names are looked up by one function for every list (find_name), which reads a list's names
// through a pointer to a small function of that list (name_at<E>): a copy of the loop for each of
// some thirty lists, inlined where it was called, was 2.8 KB of the browser's WebAssembly (0.9 KB
// gzipped; docs/build.md).
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

// A closed list's names, for code that serves every list: the number of values, and the name of
// the value at an index (which is the value: rows are in the enum's order).
struct Names {
    std::size_t count;
    std::string_view (*name_at)(std::size_t index);
};
template <typename E>
std::string_view name_at(std::size_t index) {
    return Vocabulary<E>::rows[index].name;
}
template <typename E>
constexpr Names names() {
    return {std::size(Vocabulary<E>::rows), &name_at<E>};
}

// The index of the value called `name`, or nullopt.
std::optional<std::size_t> find_name(Names names, std::string_view name);
// Every name, in order.
std::vector<std::string_view> all_names(Names names);

// The value named `name`, or nullopt for a word the list does not have.
template <typename E>
std::optional<E> parse_name(std::string_view name) {
    if (const auto index = find_name(names<E>(), name)) return static_cast<E>(*index);
    return std::nullopt;
}

// Every value's name, in order: for messages ("must be one of ...") and for readers of text.
template <typename E>
std::vector<std::string_view> names_of() {
    return all_names(names<E>());
}

// Every value, in order: `for (DocumentKind kind : values_of<DocumentKind>())`.
template <typename E>
constexpr auto values_of() {
    std::array<E, std::size(Vocabulary<E>::rows)> out{};
    for (std::size_t k = 0; k < out.size(); ++k) out[k] = Vocabulary<E>::rows[k].value;
    return out;
}

}  // namespace redress
