// Awaab's Law (assets/law/awaabs-law.json, shared/docs/awaabs-law.md): one row per rule, each
// naming the line it checks. Dates are counted by hand from the timescales and the GOV.UK bank
// holiday list the tests hold (gov_uk_bank_holidays.h), and recounted on that list day by day.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

#include "engine_support.h"
#include "gov_uk_bank_holidays.h"
#include "documents/letters.h"
#include "documents/render.h"
#include "rules/law.h"
#include "util/embedded_files.h"

using namespace redress;
using namespace redress::test;

namespace {

std::string hazard_case(const std::string& role, const std::string& hazard, const std::string& reported,
                        const std::string& investigated, const std::string& today, const std::string& landlord = "halton-housing") {
    std::string issue = R"("category":"repairs","event_date":")" + (reported.empty() ? today : reported) +
                        R"(","ongoing":true,"hazard":")" + hazard + "\"";
    if (!reported.empty()) issue += R"(,"hazard_reported":")" + reported + "\"";
    return R"({"landlord":")" + landlord + R"(","today":")" + today + R"(","complainant":{"role":")" + role +
           R"("},"issue":{)" + issue + "},\"process\":{" +
           (investigated.empty() ? "" : R"("hazard_investigated":")" + investigated + "\"") + "}}";
}

const Deadline* deadline_of(const Verdict& v, const std::string& key) {
    for (const Deadline& x : v.deadlines)
        if (name_of(x.key) == key) return &x;
    return nullptr;
}

std::vector<std::string> holiday_titles(const Deadline& d) {
    std::vector<std::string> out;
    for (const BankHoliday& h : d.holidays) out.emplace_back(h.title);
    return out;
}

}  // namespace

TEST_CASE("each duty's date across Christmas and New Year, Easter and the late-summer bank holiday") {
    struct Row {
        const char* clause;
        const char* hazard;
        const char* reported;
        const char* investigated;  // "" when the case does not say
        const char* key;
        const char* due;
        std::vector<std::string> holidays;  // passed on the way, by their official titles
        const char* anchor;                 // the date it counts from
    };
    const std::vector<Row> rows = {
        // Christmas and New Year 2025-26: Christmas Day, Boxing Day, New Year's Day.
        {"investigate within 10 working days of becoming aware", "damp-mould", "2025-12-15", "", "hazard-investigate",
         "2025-12-31", {"Christmas Day", "Boxing Day"}, "2025-12-15"},
        {"summary within 3 working days: from the investigation's last day when its end is not given", "damp-mould",
         "2025-12-15", "", "hazard-summary", "2026-01-06", {"New Year\u2019s Day"}, "2025-12-31"},
        {"safety work within 5 working days of the same", "damp-mould", "2025-12-15", "", "hazard-safety-work",
         "2026-01-08", {"New Year\u2019s Day"}, "2025-12-31"},
        {"summary within 3 working days of the investigation concluding", "damp-mould", "2025-12-15", "2025-12-23",
         "hazard-summary", "2025-12-30", {"Christmas Day", "Boxing Day"}, "2025-12-23"},
        {"safety work within 5 working days of the investigation concluding", "damp-mould", "2025-12-15", "2025-12-23",
         "hazard-safety-work", "2026-01-02", {"Christmas Day", "Boxing Day", "New Year\u2019s Day"}, "2025-12-23"},
        {"further work: steps to begin within 5 working days", "damp-mould", "2025-12-15", "2025-12-23",
         "hazard-further-work-start", "2026-01-02", {"Christmas Day", "Boxing Day", "New Year\u2019s Day"}, "2025-12-23"},
        // Easter 2026: Good Friday 3 April, Easter Monday 6 April.
        {"investigate within 10 working days, over Easter", "damp-mould", "2026-04-01", "", "hazard-investigate",
         "2026-04-17", {"Good Friday", "Easter Monday"}, "2026-04-01"},
        {"summary within 3 working days of the investigation concluding, over Easter", "damp-mould", "2026-04-01",
         "2026-04-02", "hazard-summary", "2026-04-09", {"Good Friday", "Easter Monday"}, "2026-04-02"},
        {"safety work within 5 working days, over Easter", "damp-mould", "2026-04-01", "2026-04-02", "hazard-safety-work",
         "2026-04-13", {"Good Friday", "Easter Monday"}, "2026-04-02"},
        // The late-summer bank holiday, Monday 31 August 2026.
        {"investigate within 10 working days, over the summer bank holiday", "damp-mould", "2026-08-28", "",
         "hazard-investigate", "2026-09-14", {"Summer bank holiday"}, "2026-08-28"},
        {"summary within 3 working days, over the summer bank holiday", "damp-mould", "2026-08-24", "2026-08-27",
         "hazard-summary", "2026-09-02", {"Summer bank holiday"}, "2026-08-27"},
        {"safety work within 5 working days, over the summer bank holiday", "damp-mould", "2026-08-24", "2026-08-27",
         "hazard-safety-work", "2026-09-04", {"Summer bank holiday"}, "2026-08-27"},
        {"further work steps within 5 working days, over the summer bank holiday", "damp-mould", "2026-08-24",
         "2026-08-27", "hazard-further-work-start", "2026-09-04", {"Summer bank holiday"}, "2026-08-27"},
        // An emergency: 24 hours are 24 hours, whatever the day.
        {"emergency within 24 hours, reported on Christmas Day", "emergency", "2025-12-25", "", "hazard-emergency",
         "2025-12-26", {"Boxing Day"}, "2025-12-25"},
        {"emergency within 24 hours, reported on Good Friday", "emergency", "2026-04-03", "", "hazard-emergency",
         "2026-04-04", {}, "2026-04-03"},
        {"emergency within 24 hours, due on the summer bank holiday", "emergency", "2026-08-30", "", "hazard-emergency",
         "2026-08-31", {"Summer bank holiday"}, "2026-08-30"},
        {"emergency within 24 hours, reported on a Saturday", "emergency", "2026-08-29", "", "hazard-emergency",
         "2026-08-30", {}, "2026-08-29"},
    };
    for (const Row& row : rows) {
        CAPTURE(row.clause);
        const Verdict v = verdict_for(hazard_case("tenant", row.hazard, row.reported, row.investigated, "2026-09-30"));
        CHECK(v.awaabs_law);
        const Deadline* d = deadline_of(v, row.key);
        REQUIRE(d != nullptr);
        CHECK(format_iso_date(d->date) == row.due);
        CHECK(format_iso_date(d->anchor_date) == row.anchor);
        CHECK(d->basis == Basis::law);
        CHECK(d->cite == "Hazards in Social Housing Regulations 2025");
        CHECK(holiday_titles(*d) == row.holidays);
        // Recounted on the GOV.UK list, a day at a time.
        if (d->unit == Unit::working_days) CHECK(official_working_days_after(d->anchor_date, d->count) == d->date);
        if (d->unit == Unit::hours) CHECK(d->date == d->anchor_date + date::days{1});
        if (d->unit == Unit::weeks) CHECK(d->date == d->anchor_date + date::days{7 * d->count});
        // The duty's finding gives the date, and names the bank holidays it passes.
        const Finding* f = finding(v, "hazard-duty:" + std::string(row.key));
        REQUIRE(f != nullptr);
        CHECK(f->reason.find(format_long_date(d->date)) != std::string::npos);
        if (d->unit != Unit::weeks)  // weeks run on through every day: no holiday changes them
            for (const std::string& h : row.holidays) CHECK(f->reason.find(h) != std::string::npos);
        if (d->unit == Unit::hours) CHECK(f->reason.find("do not stop the clock") != std::string::npos);
    }
}

TEST_CASE("which deadlines a case gives: only where they apply and follow from the dates given") {
    struct Row {
        const char* clause;
        const char* hazard;
        const char* reported;
        const char* investigated;
        std::vector<std::string> keys;
    };
    const std::vector<Row> rows = {
        {"no report date: no deadlines (the hazard report gives them)", "damp-mould", "", "", {}},
        {"damp and mould reported: the investigation, then the summary and the safety work", "damp-mould", "2025-11-03", "",
         {"hazard-investigate", "hazard-summary", "hazard-safety-work"}},
        {"investigated: the further work too", "damp-mould", "2025-11-03", "2025-11-10",
         // The 12 weeks have no date: the fact sheet does not say what they count from (issue 27).
         {"hazard-investigate", "hazard-summary", "hazard-safety-work", "hazard-further-work-start"}},
        {"an emergency: only the 24 hours", "emergency", "2025-11-03", "", {"hazard-emergency"}},
        {"another hazard: no fixed timescale yet", "other", "2025-11-03", "", {}},
        {"reported before 27 October 2025: not counted from the old report", "damp-mould", "2025-10-20", "2025-10-24", {}},
    };
    for (const Row& row : rows) {
        CAPTURE(row.clause);
        const Verdict v = verdict_for(hazard_case("tenant", row.hazard, row.reported, row.investigated, "2025-11-20"));
        std::vector<std::string> keys;
        for (const Deadline& d : v.deadlines)
            if (row_of(d.key).part == StagePart::hazard) keys.emplace_back(name_of(d.key));
        CHECK(keys == row.keys);
    }
}

TEST_CASE("whom the law covers, for every role (s.9A, s.10A), and why not when it does not") {
    struct Row {
        const char* role;
        bool applies;
        const char* rule;
        FindingResult result;
    };
    const Row rows[] = {
        {"tenant", true, "awaabs-law:applies", FindingResult::pass},
        {"household-member", true, "awaabs-law:applies", FindingResult::pass},
        {"leaseholder", false, "awaabs-law:not-covered", FindingResult::fail},
        {"shared-owner", false, "awaabs-law:not-covered", FindingResult::fail},
        {"applicant", false, "awaabs-law:not-living-there", FindingResult::fail},
        // The fact sheet is silent on a tenancy that has ended: discretion, never "does not apply to you".
        {"former-tenant", false, "awaabs-law:unknown", FindingResult::discretion},
        {"other", false, "awaabs-law:unknown", FindingResult::discretion},
    };
    for (const Row& row : rows) {
        CAPTURE(row.role);
        const Verdict v = verdict_for(hazard_case(row.role, "damp-mould", "2025-11-03", "", "2025-11-20"));
        CHECK(v.awaabs_law == row.applies);
        const Finding* f = finding(v, row.rule);
        REQUIRE(f != nullptr);
        CHECK(f->result == row.result);
        CHECK_FALSE(f->quote.empty());
        CHECK(f->cite.find("Landlord and Tenant Act 1985") == 0);
        CHECK(has_finding(v, RuleKind::hazard_duty) == row.applies);  // deadlines only where it applies
        if (std::string(row.role) == "leaseholder") CHECK(f->reason.find("repairs the lease") != std::string::npos);
    }
}

TEST_CASE("when the law's timescales do not apply, or not yet, it says why, cited") {
    // Before 27 October 2025: not in force on the case's date.
    const Verdict early = verdict_for(hazard_case("tenant", "damp-mould", "2025-10-01", "", "2025-10-20"));
    CHECK_FALSE(early.awaabs_law);
    REQUIRE(finding(early, "awaabs-law:not-in-force") != nullptr);
    CHECK(finding(early, "awaabs-law:not-in-force")->reason.find("Monday 27 October 2025") != std::string::npos);
    // Another hazard: the fixed timescales do not cover it yet; the landlord's general duties do (s.9A, s.11).
    const Verdict other = verdict_for(hazard_case("tenant", "other", "2025-11-03", "", "2025-11-20"));
    CHECK_FALSE(other.awaabs_law);
    const Finding* general = finding(other, "awaabs-law:hazard-not-covered");
    REQUIRE(general != nullptr);
    CHECK(general->result == FindingResult::discretion);
    CHECK(general->cite == "Landlord and Tenant Act 1985 s.9A, s.11");
    CHECK(general->reason.find("reasonable time") != std::string::npos);
    // Reported before 27 October 2025: still covered, but the old report is not counted from.
    const Verdict before = verdict_for(hazard_case("tenant", "damp-mould", "2025-10-20", "", "2025-11-20"));
    CHECK(before.awaabs_law);
    const Finding* old = finding(before, "awaabs-law:reported-before");
    REQUIRE(old != nullptr);
    CHECK(old->result == FindingResult::discretion);
    CHECK(old->quote.find("does not settle") != std::string::npos);
    // The sheet's caveat is not what the Regulations say: it is credited to the sheet, as not settled.
    CHECK(old->cite == "Awaab's Law fact sheet (not settled)");
    CHECK(old->reason.find("Report it again in writing now") != std::string::npos);
    REQUIRE_FALSE(before.next_steps.empty());
    CHECK(before.next_steps.front().id == NextStepId::report_hazard);
    // Not yet reported: the first thing to do is report it in writing.
    const Verdict unreported = verdict_for(hazard_case("tenant", "damp-mould", "", "", "2025-11-20"));
    CHECK(finding(unreported, "awaabs-law:not-yet-reported") != nullptr);
    CHECK(unreported.next_steps.front().id == NextStepId::report_hazard);
    CHECK(unreported.next_steps.front().text.find("within 10 working days") != std::string::npos);
}

TEST_CASE("an emergency leads with the gas emergency and 999 lines, from the law's file") {
    const Verdict v = verdict_for(hazard_case("leaseholder", "emergency", "2025-11-19", "", "2025-11-20"));
    REQUIRE_FALSE(v.findings.empty());
    const Finding& first = v.findings.front();
    CHECK(first.rule.kind == RuleKind::hazard_danger);
    CHECK(first.reason.find("National Gas Emergency Service on 0800 111 999") != std::string::npos);
    CHECK(first.reason.find("call 999") != std::string::npos);
    CHECK(first.quote.find("0800 111 999") != std::string::npos);
}

TEST_CASE("overdue duties: what the tenant can do (s.10A), never a promised outcome") {
    const Verdict v = verdict_for(hazard_case("tenant", "damp-mould", "2025-11-03", "", "2025-12-01"));
    const Finding* late = finding(v, "hazard-overdue:hazard-investigate");
    REQUIRE(late != nullptr);
    CHECK(late->result == FindingResult::fail);
    CHECK(late->cite == "Landlord and Tenant Act 1985 s.10A");
    CHECK(late->reason.find("this is now overdue") != std::string::npos);
    CHECK(late->reason.find("county court") != std::string::npos);
    CHECK(late->reason.find("Housing Ombudsman") != std::string::npos);
    CHECK(late->reason.find("will win") == std::string::npos);
    CHECK(finding(v, "hazard-overdue:hazard-summary") != nullptr);  // counted from the investigation's last day
    // Investigated late: said so.
    const Verdict done_late = verdict_for(hazard_case("tenant", "damp-mould", "2025-11-03", "2025-11-20", "2025-11-21"));
    const Finding* slow = finding(done_late, "hazard-overdue:hazard-investigate");
    REQUIRE(slow != nullptr);
    CHECK(slow->reason.find("late") != std::string::npos);
    // Investigated in time, nothing else due yet: nothing overdue.
    const Verdict on_time = verdict_for(hazard_case("tenant", "damp-mould", "2025-11-03", "2025-11-10", "2025-11-11"));
    CHECK_FALSE(has_finding(on_time, RuleKind::hazard_overdue));
    // Told already: the first next step is to put it in writing, with the dates it asks for.
    REQUIRE_FALSE(on_time.next_steps.empty());
    CHECK(on_time.next_steps.front().id == NextStepId::report_hazard);
    CHECK(on_time.next_steps.front().text.find("put it in writing too") != std::string::npos);
    // Alternative accommodation, and the complaint alongside.
    CHECK(finding(on_time, "hazard:alternative-accommodation") != nullptr);
    REQUIRE(finding(on_time, "hazard:alongside-complaint") != nullptr);
    // The sheet names no source for how the law meets the complaint process: the sheet is the credit.
    CHECK(finding(on_time, "hazard:alongside-complaint")->cite == "Awaab's Law fact sheet (the complaint process)");
}

TEST_CASE("policy_current: each landlord's own review or end date, read kindly; none for the Code") {
    struct Row {
        const char* landlord;
        const char* last_current;  // the last day the policy covers
        const char* stated;        // as the policy states it
    };
    const Row rows[] = {
        {"halton-housing", "2026-05-31", "May 2026"},                   // "Date of next review: May 2026"
        {"together-housing", "2024-02-29", "Feb 2024"},                 // "Effective to: (M/Y) Feb 2024"
        {"hhal", "2023-12-31", "2023"},                                 // "Review date: 2023"
        {"cheshire-west-forhousing", "2025-06-29", "29 June 2025"},     // "Next Review Date 29 June 2025"
        {"kirklees-homes-neighbourhoods", "2023-09-05", "5 September 2023"},  // "Review Date: 5 September 2023"
    };
    for (const Row& row : rows) {
        CAPTURE(row.landlord);
        const Date last = d(row.last_current);
        const auto case_on = [&](Date today) {
            InputError error;
            const auto c = parse_case(R"({"landlord":")" + std::string(row.landlord) + R"(","today":")" +
                                          format_iso_date(today) + R"(","issue":{"event_date":")" +
                                          format_iso_date(today) + R"("}})",
                                      test::catalogue(), today, error);
            REQUIRE_MESSAGE(c.has_value(), error.to_string());
            return *c;
        };
        const Case on_last = case_on(last);
        REQUIRE(evaluate(on_last, test::catalogue()).policy_current.has_value());
        CHECK(*evaluate(on_last, test::catalogue()).policy_current);
        const Case after = case_on(last + date::days{1});
        const Verdict past = evaluate(after, test::catalogue());
        CHECK_FALSE(*past.policy_current);
        // The complaint names the version it refers to, and says a newer one may exist.
        const std::string current_letter = render_text(write_document(DocumentKind::stage1, on_last, test::catalogue()));
        CHECK(current_letter.find("This is the version I have") == std::string::npos);
        const std::string letter = render_text(write_document(DocumentKind::stage1, after, test::catalogue()));
        CHECK(letter.find("This is the version I have. It") != std::string::npos);
        CHECK(letter.find(std::string(row.stated) + ", so you may have a newer one") != std::string::npos);
        // The Code's minimums are claimed only for a complaint made once the Code was statutory.
        CHECK((letter.find("the Code still sets the least you must do") != std::string::npos) == past.code_applies);
    }
    CHECK_FALSE(verdict_for(R"({"landlord":"ombudsman-code","issue":{"event_date":"2025-01-01"}})").policy_current.has_value());
}

namespace {

// The law's file as compiled in, as JSON to change one thing at a time.
nlohmann::json law_json() {
    for (const EmbeddedFile& f : law_files::embedded_files())
        if (f.name == "awaabs-law.json") return nlohmann::json::parse(f.data);
    FAIL("the law's file is not compiled in");
    return {};
}

InputError law_error(const nlohmann::json& j) {
    InputError error;
    CHECK_FALSE(load_law(j.dump(), "awaabs-law.json", error).has_value());
    return error;
}

}  // namespace

TEST_CASE("a bad law file is refused with the field and the reason") {
    InputError error;
    REQUIRE_MESSAGE(load_law(law_json().dump(), "awaabs-law.json", error).has_value(), error.to_string());
    {
        nlohmann::json j = law_json();
        j["coverage"][4]["roles"] = nlohmann::json::array();  // nobody says whom "other" is
        const InputError e = law_error(j);
        CHECK(e.field == "awaabs-law.json: coverage");
        CHECK(e.message.find("\"other\" must be in exactly one entry") != std::string::npos);
    }
    {
        nlohmann::json j = law_json();
        j["phases"][0]["duties"][0]["from"] = {"hazard-investigate"};  // counted from a deadline not yet counted
        CHECK(law_error(j).field == "awaabs-law.json: phases[0].duties[0].from");
    }
    {
        nlohmann::json j = law_json();
        j["phases"][0]["duties"][1]["deadline"] = "stage1-response";
        CHECK(law_error(j).message.find("is not a hazard deadline") != std::string::npos);
    }
    {
        nlohmann::json j = law_json();
        j["phases"][0]["duties"][1]["hazard"] = "other";  // phase 1 does not cover other hazards
        CHECK(law_error(j).field == "awaabs-law.json: phases[0].duties[1].hazard");
    }
    {
        nlohmann::json j = law_json();
        j["phases"][0]["from"] = "2025-10-20";
        CHECK(law_error(j).message.find("in_force.from") != std::string::npos);
    }
    {
        nlohmann::json j = law_json();
        j["emergency_services"].erase("gas_phone");
        CHECK(law_error(j).field == "awaabs-law.json: emergency_services.gas_phone");
    }
}

// The issue's promise: a later phase is one more entry in the file, with its date, and no code
// change. Here an invented phase covering other hazards from 1 October 2027.
TEST_CASE("a later phase is one more entry in the law's file") {
    nlohmann::json j = law_json();
    nlohmann::json later = j["phases"][0];
    later["id"] = "phase-later";
    later["from"] = "2027-10-01";
    later["hazards"] = {{{"hazard", "other"}, {"cite", "c"}, {"quote", "q"}}};
    later["duties"] = {{{"deadline", "hazard-investigate"}, {"hazard", "other"}, {"count", 10}, {"unit", "working-days"},
                        {"from", {"issue.hazard_reported"}}, {"cite", "c"}, {"quote", "q"}}};
    j["phases"].push_back(later);
    const std::string text = j.dump();
    const EmbeddedFile files[] = {{"awaabs-law.json", text}};
    const PolicyCatalogue catalogue(policies::embedded_files(), files);
    REQUIRE(catalogue.errors().empty());
    const auto verdict_on = [&](const char* today) {
        InputError error;
        const auto c = parse_case(hazard_case("tenant", "other", "2027-09-20", "", today), catalogue, d(today), error);
        REQUIRE_MESSAGE(c.has_value(), error.to_string());
        return evaluate(*c, catalogue);
    };
    const Verdict before = verdict_on("2027-09-30");
    CHECK_FALSE(before.awaabs_law);
    CHECK(finding(before, "awaabs-law:hazard-not-covered") != nullptr);
    const Verdict after = verdict_on("2027-10-04");
    CHECK(after.awaabs_law);
    // Reported before the phase started: not counted from that report.
    CHECK(finding(after, "awaabs-law:reported-before") != nullptr);
    InputError error;
    const auto c = parse_case(hazard_case("tenant", "other", "2027-10-04", "", "2027-10-20"), catalogue, d("2027-10-20"), error);
    REQUIRE(c.has_value());
    const Verdict counted = evaluate(*c, catalogue);
    const Finding* duty = finding(counted, "hazard-duty:hazard-investigate");
    REQUIRE(duty != nullptr);
    CHECK(duty->reason.find("investigate the hazard by Monday 18 October 2027") != std::string::npos);
}
