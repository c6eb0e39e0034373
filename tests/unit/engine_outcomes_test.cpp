// What holds for every policy: each rule carries its clause and a quote. The outcomes, deadlines and
// consent of each policy, clause by clause, are in its own table (assets/policies/<id>.tests.json,
// run by policy_tables_test.cpp).
#include <doctest/doctest.h>

#include "engine_support.h"

using namespace redress;
using namespace redress::test;

TEST_CASE("every rule in every policy carries its clause and a quote") {
    // That each quote really is in its source is checked by tests/policies/test_policy_sources.py.
    for (const Policy& p : test::catalogue().policies()) {
        CAPTURE(p.id);
        CHECK(!p.exclusions.empty());
        CHECK_FALSE(p.time_limit.source.cite.empty());
        for (const Policy::ConsentRule& rule : p.consent) CHECK_FALSE(rule.source.quote.empty());
        for (const Exclusion& e : p.exclusions) {
            CAPTURE(e.id);
            CHECK_FALSE(e.source.cite.empty());
            CHECK_FALSE(e.source.quote.empty());
        }
    }
}
