// Every policy's own table of test cases (assets/policies/<id>.tests.json), run row by row: the
// outcome with the Code applied and by the policy alone, deadlines, findings, consent, and words a
// finding must say. Each row names the clause it checks, and its expected values were worked out
// from the policy text, not by running Redress. Adding a landlord means adding its table beside
// its policy file; no test code changes (docs/policies.md).
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include <set>
#include <span>

#include "engine_support.h"
#include "rules/verdict_json.h"
#include "util/embedded_files.h"

namespace redress::policy_tests {
std::span<const EmbeddedFile> embedded_files();  // generated from assets/policies/*.tests.json
}

using namespace redress;
using nlohmann::json;

namespace {

json verdict_of(const std::string& policy, const json& row) {
    json c = row.at("case");
    c["landlord"] = policy;
    if (!c.contains("today")) c["today"] = "2025-11-20";
    const Verdict v = test::verdict_for(c.dump());
    return json::parse(verdict_json(v, -1));
}

const json* finding(const json& verdict, const std::string& rule) {
    for (const json& f : verdict.at("findings"))
        if (f.at("rule") == rule) return &f;
    return nullptr;
}

// Checks one row, and adds the rules its verdict reported to `seen`.
void check_row(const std::string& policy, const json& row, std::set<std::string>& seen) {
    const json v = verdict_of(policy, row);
    for (const json& f : v.at("findings")) seen.insert(f.at("rule").get<std::string>());
    if (row.contains("outcome")) CHECK(v.at("outcome") == row.at("outcome"));
    if (row.contains("policy_outcome")) CHECK(v.at("policy_outcome") == row.at("policy_outcome"));
    if (row.contains("consent_required")) CHECK(v.at("consent_required") == row.at("consent_required"));
    // Each list is held by name first: items() of a temporary would dangle.
    const json deadlines = row.value("deadlines", json::object());
    const json findings = row.value("findings", json::object());
    const json says = row.value("says", json::object());
    // Named copies: clang 14 cannot capture structured bindings in CAPTURE's lambda.
    for (const auto& item : deadlines.items()) {
        const std::string key = item.key();
        const json& date = item.value();
        CAPTURE(key);
        const json& got = v.at("deadlines");
        if (date.is_null()) CHECK_FALSE(got.contains(key));
        else CHECK(got.value(key, std::string("(absent)")) == date.get<std::string>());
    }
    for (const auto& item : findings.items()) {
        const std::string rule = item.key();
        const json& result = item.value();
        CAPTURE(rule);
        const json* f = finding(v, rule);
        if (result.is_null()) {
            CHECK(f == nullptr);
        } else {
            REQUIRE(f != nullptr);
            CHECK(f->at("result") == result);
        }
    }
    for (const auto& item : says.items()) {
        const std::string rule = item.key();
        const json& words = item.value();
        CAPTURE(rule);
        const json* f = finding(v, rule);
        REQUIRE(f != nullptr);
        CHECK(f->at("reason").get<std::string>().find(words.get<std::string>()) != std::string::npos);
    }
    for (const json& f : v.at("findings")) {  // every finding cites its clause and gives a reason
        CAPTURE(f.at("rule").get<std::string>());
        CHECK_FALSE(f.at("cite").get<std::string>().empty());
        CHECK_FALSE(f.at("reason").get<std::string>().empty());
    }
}

}  // namespace

TEST_CASE("every policy's table of test cases holds: outcomes, deadlines, findings and consent, clause by clause") {
    std::set<std::string> tested;
    for (const EmbeddedFile& file : policy_tests::embedded_files()) {
        const json table = json::parse(file.data, nullptr, false);
        REQUIRE_MESSAGE(!table.is_discarded(), file.name << " is not valid JSON");
        const std::string policy = table.at("policy");
        CAPTURE(policy);
        REQUIRE_MESSAGE(test::catalogue().find(policy) != nullptr, file.name << " names no policy Redress knows");
        CHECK(std::string(file.name) == policy + ".tests.json");
        tested.insert(policy);
        std::set<std::string> seen;
        for (const json& row : table.at("cases")) {
            CAPTURE(row.at("checks").get<std::string>());
            check_row(policy, row, seen);
        }
        // The table reaches every exclusion and note the policy has: none is left untried.
        const Policy& p = *test::catalogue().find(policy);
        for (const Exclusion& e : p.exclusions)
            CHECK_MESSAGE(seen.count("exclusion:" + e.id) == 1, "no row of " << file.name << " reaches exclusion " << e.id);
        for (const PolicyNote& n : p.notes)
            CHECK_MESSAGE(seen.count("note:" + n.rule) == 1, "no row of " << file.name << " reaches note " << n.rule);
    }
    // Every policy Redress knows has its table.
    for (const Policy& p : test::catalogue().policies()) CHECK_MESSAGE(tested.count(p.id) == 1, p.id << " has no tests file");
}
