#pragma once
#include <algorithm>
// Generated cases for the property tests: valid cases with every field exercised, user text in
// several scripts and with markup, and process dates in order. Deterministic (test::Generator).
#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <vector>

#include "rules/policy_catalogue.h"
#include "rules/vocabulary.h"
#include "test_support.h"

namespace redress::test {

// Text in the scripts and symbols a tenant might type: Urdu (right to left), Bengali, Hindi,
// Chinese, Polish, emoji with a skin-tone modifier and a ZWJ sequence.
inline const std::vector<std::string> kWorldText = {
    "\xd9\x85\xdb\x8c\xd8\xb1\xdb\x92 \xda\xaf\xda\xbe\xd8\xb1 \xd9\x85\xdb\x8c\xda\xba \xd9\x86\xd9\x85\xdb\x8c \xdb\x81\xdb\x92",
    "\xe0\xa6\x86\xe0\xa6\xae\xe0\xa6\xbe\xe0\xa6\xb0 \xe0\xa6\xac\xe0\xa6\xbe\xe0\xa6\xa1\xe0\xa6\xbc\xe0\xa6\xbf\xe0\xa6\xa4\xe0\xa7\x87",
    "\xe0\xa4\xae\xe0\xa5\x87\xe0\xa4\xb0\xe0\xa5\x87 \xe0\xa4\x98\xe0\xa4\xb0 \xe0\xa4\xae\xe0\xa5\x87\xe0\xa4\x82",
    "\xe6\x88\x91\xe7\x9a\x84\xe5\x8d\xa7\xe5\xae\xa4\xe6\xbc\x8f\xe6\xb0\xb4",
    "Wilgo\xc4\x87 w sypialni, \xc5\xbc\xc3\xb3\xc5\x82te \xc5\x9b" "ciany",
    "\xf0\x9f\x8f\xa0\xf0\x9f\x91\x8d\xf0\x9f\x8f\xbd \xf0\x9f\x91\xa8\xe2\x80\x8d\xf0\x9f\x91\xa9\xe2\x80\x8d\xf0\x9f\x91\xa7",
};

// A text field: empty, with markup, quotes, separators and newlines, or in another script.
inline std::string text(test::Generator& g) {
    const std::vector<std::string> pool = {"", "Damp & mould <in> the \"bedroom\"", "It's been\nthree months.",
                                           "a, b; c\\d", "  spaced  "};
    return g.next(3) == 0 ? kWorldText[g.next(unsigned(kWorldText.size()))] : pool[g.next(unsigned(pool.size()))];
}

// A valid case with every field exercised, as case JSON.
inline nlohmann::json generated_case(test::Generator& g) {
    const auto& policies = test::catalogue().policies();
    const Date today = test::d("2022-01-01") + date::days{int(g.next(1800))};
    const Date event = today - date::days{int(g.next(700))};
    nlohmann::json c = {{"landlord", policies[g.next(unsigned(policies.size()))].id}, {"today", format_iso_date(today)}};
    if (g.coin()) c["landlord_name"] = text(g);
    c["complainant"] = {{"name", text(g)},
                        {"role", std::string(names_of<Role>()[g.next(unsigned(names_of<Role>().size()))])},
                        {"address", text(g)},
                        {"email", g.coin() ? "a@example.org" : ""},
                        {"phone", g.coin() ? "01234 567890" : ""},
                        {"reference", text(g)}};
    c["representative"] = {{"kind", std::string(names_of<RepresentativeKind>()[g.next(10)])},
                           {"name", text(g)},
                           {"organisation", text(g)},
                           {"email", g.coin() ? "rep@example.org" : ""},
                           {"phone", g.coin() ? "0161 496 0000" : ""},
                           {"reference", text(g)},
                           {"consent", std::string(names_of<Consent>()[g.next(3)])}};
    const auto categories = names_of<Category>();
    nlohmann::json issue = {{"category", std::string(categories[g.next(unsigned(categories.size()))])},
                            {"first_request", g.coin()},
                            {"event_date", format_iso_date(event)},
                            {"ongoing", g.coin()},
                            {"health_and_safety", g.coin()},
                            {"safeguarding", g.coin()},
                            {"disrepair", g.coin()},
                            {"legal_proceedings", std::string(names_of<LegalProceedings>()[g.next(3)])},
                            {"insurance_claim", g.coin()},
                            {"previously_complained", std::string(names_of<PreviousComplaint>()[g.next(3)])},
                            {"anonymous", g.next(5) == 0},
                            {"summary", text(g)},
                            {"details", text(g)},
                            {"outcome_sought", text(g)},
                            {"delay_reason", text(g)},
                            {"hazard", std::string(names_of<Hazard>()[g.next(4)])},
                            {"access", text(g)}};
    // What is sent with the letter: items of one line each, as the flow takes them.
    nlohmann::json enclosures = nlohmann::json::array();
    for (unsigned k = g.next(4); k > 0; --k) {
        std::string item = text(g);
        std::replace(item.begin(), item.end(), '\n', ' ');
        if (item.find_first_not_of(' ') != std::string::npos) enclosures.push_back(item);
    }
    issue["enclosures"] = enclosures;
    if (g.coin()) issue["aware_date"] = format_iso_date(event + date::days{int(g.next(unsigned((today - event).count() + 1)))});
    if (g.coin()) issue["last_raised"] = format_iso_date(event + date::days{int(g.next(unsigned((today - event).count() + 1)))});
    // Whether someone could be hurt soon, and the kind of danger: from their closed lists.
    if (g.coin()) issue["hazard_risk"] = std::string(name_of(values_of<HazardRisk>()[g.next(unsigned(values_of<HazardRisk>().size()))]));
    if (g.coin()) issue["danger"] = std::string(name_of(values_of<Danger>()[g.next(unsigned(values_of<Danger>().size()))]));
    std::optional<Date> reported;
    if (g.coin()) {
        reported = event + date::days{int(g.next(unsigned((today - event).count() + 1)))};
        issue["hazard_reported"] = format_iso_date(*reported);
    }
    c["issue"] = issue;
    nlohmann::json process = {{"resolved", text(g)}, {"unresolved", text(g)}, {"escalation_reasons", text(g)},
                              {"complaint_reference", text(g)}};
    if (reported && g.coin())
        process["hazard_investigated"] = format_iso_date(*reported + date::days{int(g.next(unsigned((today - *reported).count() + 1)))});
    Date cursor = std::max(event, today - date::days{int(g.next(120))});
    const char* steps[] = {"stage1_submitted", "stage1_acknowledged", "stage1_response", "stage2_requested",
                           "stage2_acknowledged", "stage2_response"};
    const unsigned depth = g.next(7);
    for (unsigned s = 0; s < depth; ++s) {
        process[steps[s]] = format_iso_date(cursor);
        cursor = std::min(today, cursor + date::days{int(g.next(20))});
    }
    c["process"] = process;
    nlohmann::json adjustments = nlohmann::json::array();
    for (const auto a : names_of<Adjustment>())
        if (g.next(4) == 0) adjustments.push_back(std::string(a));
    c["adjustments"] = adjustments;
    return c;
}

}  // namespace redress::test
