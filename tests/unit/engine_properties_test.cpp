// Properties over many generated cases: they hold for every landlord and every date.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "case_generator.h"
#include "engine_support.h"
#include "rules/vocabulary.h"

using namespace redress;

namespace {

int severity(const std::string& outcome) {  // lower is worse for the tenant
    const std::vector<std::string> order = {"excluded", "service-request", "out-of-time", "out-of-time-discretion", "complaint"};
    for (std::size_t i = 0; i < order.size(); ++i)
        if (order[i] == outcome) return int(i);
    return -1;
}

}  // namespace

TEST_CASE("generated cases: outcomes valid, Code never harsher, deadlines after anchors, all cited; a hazard changes no outcome") {
    test::Generator g{2024u};
    const auto& policies = test::catalogue().policies();
    for (int i = 0; i < 3000; ++i) {
        const Policy& p = policies[g.next(unsigned(policies.size()))];
        const Date today = test::d("2021-01-01") + date::days{int(g.next(2500))};
        const std::string event = g.date_between(today - date::days{900}, today);
        std::string process;
        Date cursor = today - date::days{int(g.next(120))};
        const char* steps[] = {"stage1_submitted", "stage1_acknowledged", "stage1_response", "stage2_requested",
                               "stage2_acknowledged", "stage2_response"};
        const unsigned depth = g.next(7);
        for (unsigned s = 0; s < depth; ++s) {
            process += std::string(process.empty() ? "" : ",") + "\"" + steps[s] + "\":\"" + format_iso_date(cursor) + "\"";
            cursor = std::min(today, cursor + date::days{int(g.next(20))});
        }
        // A hazard in about half the cases, reported (and investigated) at some point before today.
        const std::string hazard(names_of<Hazard>()[g.next(4)]);
        std::string hazard_fields = ",\"hazard\":\"" + hazard + "\"";
        std::string investigated;
        if (g.coin()) {
            const Date reported = today - date::days{int(g.next(200))};
            hazard_fields += ",\"hazard_reported\":\"" + format_iso_date(reported) + "\"";
            if (g.coin())
                investigated = "\"hazard_investigated\":\"" +
                               format_iso_date(reported + date::days{int(g.next(unsigned((today - reported).count()) + 1))}) + "\"";
        }
        const std::string json =
            "{\"landlord\":\"" + p.id + "\",\"today\":\"" + format_iso_date(today) + "\"," +
            "\"representative\":{\"kind\":\"" + std::string(names_of<RepresentativeKind>()[g.next(10)]) + "\"}," +
            "\"issue\":{\"event_date\":\"" + event + "\",\"category\":\"" +
            std::string(names_of<Category>()[g.next(8)]) + "\",\"first_request\":" + (g.next(5) == 0 ? "true" : "false") +
            ",\"ongoing\":" + (g.next(6) == 0 ? "true" : "false") + ",\"health_and_safety\":" + (g.coin() ? "true" : "false") +
            ",\"disrepair\":" + (g.coin() ? "true" : "false") + ",\"legal_proceedings\":\"" +
            std::string(names_of<LegalProceedings>()[g.next(3)]) + "\",\"insurance_claim\":" + (g.next(8) == 0 ? "true" : "false") +
            hazard_fields + "},\"process\":{" + process +
            (process.empty() || investigated.empty() ? "" : ",") + investigated + "}}";
        CAPTURE(json);
        InputError error;
        const auto c = parse_case(json, test::catalogue(), today, error);
        REQUIRE_MESSAGE(c.has_value(), error.to_string());
        const Verdict v = evaluate(*c, test::catalogue());
        CHECK(severity(std::string(name_of(v.outcome))) >= 0);
        CHECK(severity(std::string(name_of(v.policy_outcome))) >= 0);
        CHECK(severity(std::string(name_of(v.outcome))) >= severity(std::string(name_of(v.policy_outcome))));  // the Code is a floor, never a ceiling
        CHECK(v.time_limit.ends >= v.time_limit.measured_from);
        for (const Deadline& d : v.deadlines) {
            CAPTURE(name_of(d.key));
            CHECK(d.date >= d.anchor_date);
            if (d.unit == Unit::working_days) CHECK(is_working_day(d.date));
            CHECK_FALSE(d.cite.empty());
            // Awaab's Law's deadlines: only where it applies, never before the report they follow from.
            if (row_of(d.key).part == StagePart::hazard) {
                CHECK(v.awaabs_law);
                const std::optional<Date> clock = hazard_clock(*c, *test::catalogue().law());
                REQUIRE(clock.has_value());  // the first report since the law began (hazard_reported or last_raised)
                CHECK(d.anchor_date >= *clock);
                CHECK(d.date > d.anchor_date);
            }
        }
        // A hazard never changes the complaint's outcome, its time limit or its deadlines.
        Case without = *c;
        without.issue.hazard = Hazard::none;
        const Verdict plain = evaluate(without, test::catalogue());
        CHECK(plain.outcome == v.outcome);
        CHECK(plain.policy_outcome == v.policy_outcome);
        CHECK(plain.time_limit.ends == v.time_limit.ends);
        // ...but an emergency's headline says what to do now, whatever the complaint's (issue 27).
        if (hazard_class(c->issue) == Hazard::emergency) {
            const bool gas = danger_of(c->issue) == Danger::gas;
            CHECK((v.headline.find("emergency repairs line") != std::string::npos) == !gas);
            CHECK((v.headline.find("0800 111 999") != std::string::npos) == gas);
            CHECK(v.headline.find("call 999") != std::string::npos);
        }
        else
            CHECK(plain.headline == v.headline);
        std::vector<std::string> complaint_deadlines, plain_deadlines;
        for (const Deadline& d : v.deadlines)
            if (row_of(d.key).part != StagePart::hazard) complaint_deadlines.push_back(format_iso_date(d.date));
        for (const Deadline& d : plain.deadlines) plain_deadlines.push_back(format_iso_date(d.date));
        CHECK(complaint_deadlines == plain_deadlines);
        for (const Finding& f : v.findings) {
            CAPTURE(f.rule.name());
            CHECK_FALSE(f.cite.empty());
            CHECK_FALSE(f.reason.empty());
            if (f.result == FindingResult::conflict) CHECK_FALSE(f.code_cite.empty());
        }
        CHECK_FALSE(v.headline.empty());
        CHECK_FALSE(v.next_steps.empty());
    }
}

// A complaint is a dated story (issue 28): judged at the day it was made, so the same case
// checked later, with later steps entered, keeps its outcome and its time limit. (Before, the
// time limit and the Code's floor were measured at `today`: a complaint in time on the day it was
// made became "out of time" when checked a year later.)
TEST_CASE("a complaint is judged at the day it was made: a later today and later steps change neither its outcome nor "
          "its time limit") {
    test::Generator g{2028u};
    int checked = 0;
    for (int i = 0; i < 2000; ++i) {
        nlohmann::json c = test::generated_case(g);
        if (!c["process"].contains("stage1_submitted")) continue;
        const Verdict first = test::verdict_for(c.dump());
        // Later: up to two years on, and the landlord's answers come in (each step after the last).
        nlohmann::json later = c;
        Date cursor = test::d(c["today"].get<std::string>().c_str());
        const Date today = cursor + date::days{1 + int(g.next(730))};
        later["today"] = format_iso_date(today);
        for (const char* step : {"stage1_acknowledged", "stage1_response", "stage2_requested", "stage2_response"}) {
            if (later["process"].contains(step)) {
                cursor = std::max(cursor, test::d(later["process"][step].get<std::string>().c_str()));
                continue;
            }
            if (g.coin()) break;
            cursor = std::min(today, cursor + date::days{int(g.next(30))});
            later["process"][step] = format_iso_date(cursor);
        }
        CAPTURE(c.dump());
        CAPTURE(later.dump());
        const Verdict second = test::verdict_for(later.dump());
        CHECK(second.outcome == first.outcome);
        CHECK(second.policy_outcome == first.policy_outcome);
        CHECK(second.time_limit.in_time == first.time_limit.in_time);
        CHECK(second.time_limit.ends == first.time_limit.ends);
        const Finding* a = test::finding(first, "time-limit");
        const Finding* b = test::finding(second, "time-limit");
        REQUIRE((a == nullptr) == (b == nullptr));
        if (a) CHECK(a->result == b->result);
        ++checked;
    }
    CHECK(checked > 300);
}
