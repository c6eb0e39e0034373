#pragma once
// Sorting for lists Redress itself makes and keeps short: a year's bank holidays (at most 11) and
// a verdict's deadlines (at most 8). A stable insertion sort, because std::sort's introsort is
// about 1 KB of WebAssembly for each element type, in every first load of the portal, to sort
// ten items. Never for lists whose length the input decides: it takes n * n / 2 steps.
#include <utility>

namespace redress {

template <typename It, typename Less>
void short_sort(It first, It last, Less less) {
    for (It i = first; i != last; ++i)
        for (It j = i; j != first && less(*j, *(j - 1)); --j) std::swap(*j, *(j - 1));
}

}  // namespace redress
