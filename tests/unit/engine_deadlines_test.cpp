// Deadlines, counted by hand from the policy clauses and the 2025-26 bank holidays (Christmas
// Day, Boxing Day, New Year's Day), not by running the code.
#include <doctest/doctest.h>

#include "engine_support.h"

using namespace redress;
using namespace redress::test;

TEST_CASE("Halton: 9.1 five (calendar) days, 9.2 ten working days, 10.2 twenty working days, 10.8") {
    const Verdict v = verdict_for(R"({"landlord":"halton-housing","today":"2026-02-01",
        "issue":{"event_date":"2025-11-01"},
        "process":{"stage1_submitted":"2025-11-20","stage1_response":"2025-12-01","stage2_requested":"2025-12-10",
                   "stage2_response":"2026-01-20"}})");
    CHECK(deadline(v, "stage1-acknowledge") == "2025-11-25");        // 9.1: Thu 20 Nov + 5 calendar days
    CHECK(deadline(v, "stage1-response") == "2025-12-09");           // 9.2: 10 working days after 25 Nov
    CHECK(deadline(v, "stage1-response-extended") == "2025-12-19");  // 9.2: a further 10 days
    CHECK(deadline(v, "stage2-request-by") == "2025-12-31");         // 10.2: 20 working days, over Christmas
    CHECK(deadline(v, "stage2-acknowledge") == "2025-12-17");        // none in the policy: Code 6.11, 5 working days
    CHECK(deadline(v, "stage2-response") == "2026-01-19");           // 10.8: 20 working days, over New Year
    CHECK(deadline(v, "ombudsman-by") == "2027-01-20");              // Scheme: 12 months from the final answer
    const Finding* reading = finding(v, "deadline:stage1-acknowledge:reading");
    REQUIRE(reading != nullptr);  // "five days" is shown as calendar days, with the working-day reading
    CHECK(reading->reason.find("Thursday 27 November 2025") != std::string::npos);
    for (const Deadline& d : v.deadlines)
        if (d.key == DeadlineKey::stage2_request_by) {
            REQUIRE(d.holidays.size() == 2);
            CHECK(d.holidays[0].title == "Christmas Day");
            CHECK(d.working_days == 20);
        }
}

TEST_CASE("Together: 5.5 and 5.6 timescales, and no window to ask for stage 2") {
    const Verdict v = verdict_for(R"({"landlord":"together-housing","today":"2025-12-20",
        "issue":{"event_date":"2025-10-01"},
        "process":{"stage1_submitted":"2025-11-20","stage1_acknowledged":"2025-11-21","stage1_response":"2025-11-28",
                   "stage2_requested":"2025-11-28","stage2_acknowledged":"2025-12-01"}})");
    CHECK(deadline(v, "stage1-acknowledge") == "2025-11-27");
    CHECK(deadline(v, "stage1-response") == "2025-12-05");           // 10 working days after Fri 21 Nov
    CHECK(deadline(v, "stage2-response") == "2025-12-22");           // 5.6: 15 working days after Mon 1 Dec
    CHECK(deadline(v, "stage2-request-by").empty());
}

TEST_CASE("HHAL: 6.1 two working days; the review stage falls back to the Code; 5.3 is advisory") {
    const Verdict v = verdict_for(R"({"landlord":"hhal","today":"2025-12-01",
        "issue":{"event_date":"2025-10-01"},
        "process":{"stage1_submitted":"2025-11-20","stage1_response":"2025-11-25","stage2_requested":"2025-11-26"}})");
    CHECK(deadline(v, "stage1-acknowledge") == "2025-11-24");
    CHECK(deadline(v, "stage2-acknowledge") == "2025-12-03");        // Code 6.11: 5 working days
    CHECK(deadline(v, "stage2-request-by").empty());
    const Finding* window = finding(v, "escalation-window");
    REQUIRE(window != nullptr);
    CHECK(window->result == FindingResult::discretion);
    CHECK(window->reason.find("Tuesday 9 December 2025") != std::string::npos);  // 25 Nov + 14 days
}

TEST_CASE("ForHousing: the Code's shorter extension wins; stage 2 window by the corresponding date") {
    const Verdict v = verdict_for(R"({"landlord":"cheshire-west-forhousing","today":"2026-01-10",
        "issue":{"event_date":"2025-10-01"},
        "process":{"stage1_submitted":"2025-11-03","stage1_acknowledged":"2025-11-03","stage1_response":"2025-12-31"}})");
    CHECK(deadline(v, "stage1-response") == "2025-11-17");
    CHECK(deadline(v, "stage1-response-extended") == "2025-12-01");  // Code 6.4: 10, not 20, working days
    const Finding* conflict = finding(v, "deadline:stage1-response-extended");
    REQUIRE(conflict != nullptr);
    CHECK(conflict->result == FindingResult::conflict);
    CHECK(deadline(v, "stage2-request-by") == "2026-02-28");         // two months from 31 December
}

TEST_CASE("Kirklees: 10 working days to ask for stage 2; late answers are reported") {
    const Verdict v = verdict_for(R"({"landlord":"kirklees-homes-neighbourhoods","today":"2026-01-30",
        "issue":{"event_date":"2025-10-01"},
        "process":{"stage1_submitted":"2025-12-01","stage1_acknowledged":"2025-12-02","stage1_response":"2025-12-19"}})");
    CHECK(deadline(v, "stage2-request-by") == "2026-01-07");         // over Christmas, Boxing Day, New Year
    CHECK(deadline(v, "stage1-response") == "2025-12-16");
    CHECK(finding(v, "overdue:stage1-response-extended") == nullptr);  // it did answer
    const Verdict late = verdict_for(R"({"landlord":"kirklees-homes-neighbourhoods","today":"2026-03-02",
        "issue":{"event_date":"2025-10-01"}, "process":{"stage1_submitted":"2025-12-01"}})");
    const Finding* overdue = finding(late, "overdue:stage1-response-extended");
    REQUIRE(overdue != nullptr);
    CHECK(overdue->result == FindingResult::fail);
}

TEST_CASE("consent per landlord and kind of representative") {
    struct Row {
        const char* clause;
        const char* landlord;
        const char* kind;
        bool required;
    };
    const Row rows[] = {
        {"Halton 3.3: MPs are exempt", "halton-housing", "mp", false},
        {"Halton 3.3: councillors are exempt", "halton-housing", "councillor", false},
        {"Halton 3.3: a relative needs a declaration", "halton-housing", "relative", true},
        {"Together 4.2: advocates need written permission", "together-housing", "advocate", true},
        {"Together 4.2: so does an MP acting for a tenant", "together-housing", "mp", true},
        {"HHAL 4.1: permission for anyone, MPs included", "hhal", "mp", true},
        {"ForHousing Confidentiality: councillor assumed", "cheshire-west-forhousing", "councillor", false},
        {"ForHousing Confidentiality: advice agency assumed", "cheshire-west-forhousing", "advice-agency", false},
        {"ForHousing Confidentiality: a friend needs consent", "cheshire-west-forhousing", "friend", true},
        {"Kirklees 3: elected members need signed authority", "kirklees-homes-neighbourhoods", "mp", true},
        {"Code: not stated, so sent to avoid delay", "ombudsman-code", "support-worker", true},
    };
    for (const Row& row : rows) {
        CAPTURE(row.clause);
        const Verdict v = verdict_for(std::string(R"({"landlord":")") + row.landlord +
                                      R"(","issue":{"event_date":"2025-10-01"},"representative":{"kind":")" + row.kind + R"("}})");
        CHECK(v.consent_required == row.required);
        REQUIRE(finding(v, "consent") != nullptr);
    }
    const Verdict none = verdict_for(R"({"landlord":"halton-housing","issue":{"event_date":"2025-10-01"}})");
    CHECK_FALSE(none.consent_required);
    const Verdict signed_ = verdict_for(R"({"landlord":"kirklees-homes-neighbourhoods","issue":{"event_date":"2025-10-01"},
        "representative":{"kind":"mp","consent":"written"}})");
    CHECK(finding(signed_, "consent")->result == FindingResult::pass);
}

TEST_CASE("Together 7.3's eight-week wait is reported as out of date") {
    const Verdict v = verdict_for(R"({"landlord":"together-housing","issue":{"event_date":"2025-10-01"}})");
    const Finding* f = finding(v, "note:democratic-filter");
    REQUIRE(f != nullptr);
    CHECK(f->result == FindingResult::conflict);
    CHECK(f->code_cite == "Building Safety Act 2022, s.160");
}
