// Documents: user text made safe, HTML escaping, iCalendar folding and escaping, mailto links,
// the case file's round trip and its refusals, and which documents suit which case.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

#include "case_generator.h"
#include "documents/case_file.h"
#include "documents/deadline_calendar.h"
#include "documents/export.h"
#include "documents/letters.h"
#include "documents/mailto.h"
#include "documents/render.h"
#include "documents/user_text.h"
#include "engine_support.h"
#include "json/input.h"
#include "rules/case_json.h"
#include "rules/law.h"

using namespace redress;
using test::generated_case;
using test::kWorldText;

namespace {

Case parsed(const std::string& json) {
    InputError error;
    auto c = parse_case(json, test::catalogue(), test::d("2025-11-20"), error);
    REQUIRE_MESSAGE(c.has_value(), error.to_string() << "\n" << json);
    return *c;
}

std::string all_text(const Document& d) {
    std::string out;
    for (const Block& b : d.blocks) out += b.text + "\n";
    return out;
}

}  // namespace

TEST_CASE("clean_user_text removes control characters but keeps newlines and every script") {
    CHECK(clean_user_text("a\tb\x01\x1f\x7f" "c") == "abc");
    CHECK(clean_user_text("one\r\ntwo\rthree\nfour") == "one\ntwo\nthree\nfour");
    CHECK(clean_user_text("x\xc2\x85y\xc2\x9fz") == "xyz");           // C1 controls (NEL, APC)
    CHECK(clean_user_text("\xc2\xa0\xc3\xa9") == "\xc2\xa0\xc3\xa9");  // U+00A0 and U+00E9 are not controls
    for (const std::string& text : kWorldText) CHECK(clean_user_text(text) == text);
    // Right-to-left marks are formatting, not control characters: they stay.
    CHECK(clean_user_text("\xe2\x80\x8f" "abc\xe2\x80\x8e") == "\xe2\x80\x8f" "abc\xe2\x80\x8e");
    CHECK(clean_user_line("a\nb\r\nc") == "a b c");
}

TEST_CASE("an address typed over several lines reads as one line in a sentence") {
    CHECK(one_line_address("4 Ivy Court\nRuncorn WA7 1AB") == "4 Ivy Court, Runcorn WA7 1AB");
    CHECK(one_line_address("  Flat 2,\n\n 4 Ivy Court \r\nRuncorn") == "Flat 2, 4 Ivy Court, Runcorn");
    CHECK(one_line_address("\n \n") == "");
    CHECK(one_line_address(kWorldText[0]) == kWorldText[0]);
}

TEST_CASE("shorten cuts at a character boundary, preferring a space") {
    CHECK(shorten("short", 10) == "short");
    CHECK(shorten("the damp in the bedroom", 12) == "the damp in...");
    const std::string chinese = kWorldText[3];  // 7 characters of 3 bytes each
    CHECK(shorten(chinese, 3) == chinese.substr(0, 9) + "...");
}

TEST_CASE("escape_html escapes markup, quotes and ampersands") {
    CHECK(escape_html("<script>alert(\"x\")</script>") == "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;");
    CHECK(escape_html("Tom & Jerry's") == "Tom &amp; Jerry&#39;s");
    CHECK(escape_html(kWorldText[0]) == kWorldText[0]);
}

TEST_CASE("render_html never lets a tenant's text become markup") {
    Case c = parsed(R"({"landlord":"halton-housing","today":"2025-11-20",
        "complainant":{"name":"<script>alert('x')</script>","address":"1 \"Quoted\" Row & Co"},
        "issue":{"event_date":"2025-10-01","summary":"</p><img src=x onerror=alert(1)>","details":"a & b < c > d"}})");
    for (DocumentKind kind : values_of<DocumentKind>()) {
        if (kind == DocumentKind::consent || kind == DocumentKind::representation || kind == DocumentKind::stage2 ||
            kind == DocumentKind::discretion)
            continue;  // these need a representative, a stage 1 or a late complaint
        CAPTURE(name_of(kind));
        const std::string html = render_html(write_document(kind, c, test::catalogue()));
        CHECK(html.find("<script>") == std::string::npos);
        CHECK(html.find("<img") == std::string::npos);
        CHECK(html.find("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;") != std::string::npos);
        CHECK(html.find("<html lang=\"en-GB\">") != std::string::npos);
    }
}

TEST_CASE("large print HTML sets body text of at least 16pt") {
    Case c = parsed(R"({"landlord":"hhal","today":"2025-11-20","issue":{"event_date":"2025-10-01"}})");
    const Document d = write_document(DocumentKind::stage1, c, test::catalogue());
    CHECK(render_html(d).find("font-size: 12pt") != std::string::npos);
    CHECK(render_html(d, {true}).find("font-size: 18pt") != std::string::npos);
}

TEST_CASE("iCalendar text is escaped and lines are folded at 75 octets between characters") {
    CHECK(ics_escape("a,b;c\\d\ne") == "a\\,b\\;c\\\\d\\ne");
    const std::string line = "DESCRIPTION:" + kWorldText[0] + kWorldText[1] + kWorldText[3] + kWorldText[5] + kWorldText[4];
    const std::string folded = ics_fold(line);
    std::string unfolded;
    std::size_t start = 0;
    while (true) {
        const std::size_t end = folded.find("\r\n", start);
        const std::string physical = folded.substr(start, end == std::string::npos ? std::string::npos : end - start);
        CHECK(physical.size() <= 75);
        CHECK_FALSE(find_invalid_utf8(physical).has_value());
        unfolded += start == 0 ? physical : physical.substr(1);  // drop the leading space of a continuation
        if (end == std::string::npos) break;
        CHECK(folded[end + 2] == ' ');
        start = end + 2;
    }
    CHECK(unfolded == line);
}

TEST_CASE("the calendar has one all-day event per deadline still to come, with reminders a week and a day before") {
    Case c = parsed(R"({"landlord":"halton-housing","today":"2025-11-20","issue":{"event_date":"2025-10-01",
        "summary":"Leak, roof; \"urgent\""},"process":{"stage1_submitted":"2025-11-18"}})");
    const Verdict v = evaluate(c, test::catalogue());
    const std::string ics = deadlines_ics(c, v, "Halton Housing");
    std::size_t events = 0, alarms = 0, future = 0, weeks_ahead = 0;
    for (std::size_t at = ics.find("BEGIN:VEVENT"); at != std::string::npos; at = ics.find("BEGIN:VEVENT", at + 1)) ++events;
    for (std::size_t at = ics.find("BEGIN:VALARM"); at != std::string::npos; at = ics.find("BEGIN:VALARM", at + 1)) ++alarms;
    for (const Deadline& d : v.deadlines) {
        if (d.date >= c.today) ++future;
        if (d.date - date::days{7} >= c.today) ++weeks_ahead;  // far enough off for a week's notice
    }
    CHECK(future >= 2);
    CHECK(weeks_ahead >= 1);
    CHECK(events == future);
    CHECK(alarms == events + weeks_ahead);
    CHECK(ics.find("TRIGGER:-P6DT15H") != std::string::npos);  // 09:00 a week before
    CHECK(ics.find("TRIGGER:-PT15H") != std::string::npos);    // 09:00 the day before
    CHECK(ics.find("DTSTART;VALUE=DATE:") != std::string::npos);
    CHECK(ics.find("Leak\\, roof\\; \"urgent\"") != std::string::npos);
    CHECK(ics.substr(ics.size() - 15) == "END:VCALENDAR\r\n");
    CHECK(deadlines_ics(c, v, "Halton Housing") == ics);  // deterministic
}

TEST_CASE("mailto links only for a published email and a text that fits") {
    Case c = parsed(R"({"landlord":"halton-housing","today":"2025-11-20","issue":{"event_date":"2025-10-01",
        "summary":"Fix & check?"}})");
    const Document d = write_document(DocumentKind::stage1, c, test::catalogue());
    const auto link = mailto_link(d);
    REQUIRE(link.has_value());
    CHECK(link->starts_with("mailto:info@haltonhousing.org?subject=Complaint%3A%20Fix%20%26%20check%3F&body="));
    CHECK(link->find("%0D%0A") != std::string::npos);
    CHECK(link->find(' ') == std::string::npos);
    CHECK_FALSE(mailto_link(d, 100).has_value());  // too long to be safe
    Case other = parsed(R"({"landlord":"together-housing","today":"2025-11-20","issue":{"event_date":"2025-10-01"}})");
    CHECK_FALSE(mailto_link(write_document(DocumentKind::stage1, other, test::catalogue())).has_value());
}

TEST_CASE("case file: import(export(x)) == x for generated cases") {
    test::Generator g{77u};
    for (int i = 0; i < 300; ++i) {
        const std::string json = generated_case(g).dump();
        CAPTURE(json);
        const Case original = parsed(json);
        CHECK(parsed(case_json(original)) == original);
        const std::string file = export_case_file(original, recommended_documents(original, evaluate(original, test::catalogue())),
                                                  test::catalogue());
        InputError error;
        const auto back = import_case(file, test::catalogue(), test::d("2030-01-01"), error);
        REQUIRE_MESSAGE(back.has_value(), error.to_string());
        CHECK(*back == original);
        // Every tenant text field survives in the exported documents' source case unchanged.
        const auto j = nlohmann::json::parse(file);
        CHECK(j["case"]["issue"]["summary"] == original.issue.summary);
    }
}

TEST_CASE("case file: wrong format, unknown schema and malformed files are refused with the field named") {
    const auto& cat = test::catalogue();
    const Date today = test::d("2025-11-20");
    struct Row {
        const char* input;
        const char* field;
        const char* message_part;
    };
    const Row rows[] = {
        {R"({"format":"redress-case-file","schema":2,"case":{}})", "schema", "version 2"},
        {R"({"format":"redress-case-file","schema":"1","case":{}})", "schema", "whole number"},
        {R"({"format":"something-else","schema":1,"case":{}})", "format", "not a Redress case file"},
        {R"({"format":"redress-case-file","schema":1})", "case", "required"},
        {R"({"format":"redress-case-file","schema":1,"case":{"landlord":"nobody","issue":{"event_date":"2025-01-01"}}})",
         "case.landlord", "not a known landlord"},
        {R"({"format":"redress-case-file","schema":1,"case":{"landlord":"hhal","issue":{"event_date":"2025-02-30"}}})",
         "case.issue.event_date", "not a real date"},
        {R"({"format":"redress-case-file","schema":1,"case":)", "", "not valid JSON"},
    };
    for (const Row& row : rows) {
        CAPTURE(std::string(row.input));
        InputError error;
        CHECK_FALSE(import_case(row.input, cat, today, error).has_value());
        CHECK(error.field == row.field);
        CHECK(error.message.find(row.message_part) != std::string::npos);
    }
}

TEST_CASE("which documents suit a case") {
    const auto& cat = test::catalogue();
    const Case plain = parsed(R"({"landlord":"halton-housing","issue":{"event_date":"2025-10-01"}})");
    const Verdict pv = evaluate(plain, cat);
    CHECK(main_document(plain, pv) == DocumentKind::stage1);
    CHECK(recommended_documents(plain, pv) == std::vector<DocumentKind>{DocumentKind::stage1});
    CHECK(unsuitable_because(DocumentKind::consent, plain, pv).has_value());
    CHECK(unsuitable_because(DocumentKind::representation, plain, pv).has_value());
    CHECK(unsuitable_because(DocumentKind::stage2, plain, pv).has_value());
    CHECK(unsuitable_because(DocumentKind::discretion, plain, pv).has_value());
    CHECK_FALSE(unsuitable_because(DocumentKind::ombudsman, plain, pv).has_value());

    // An MP for a Kirklees tenant: the MP's letter, with the tenant's consent declaration.
    const Case mp = parsed(R"({"landlord":"kirklees-homes-neighbourhoods","representative":{"kind":"mp","name":"Jo Smith MP"},
        "issue":{"event_date":"2025-10-01"}})");
    const Verdict mv = evaluate(mp, cat);
    CHECK(mv.consent_required);
    CHECK(recommended_documents(mp, mv) == std::vector<DocumentKind>{DocumentKind::representation, DocumentKind::consent});

    // Together Housing, a repair from ten months ago: outside the policy's 6 months (4.3) but within the
    // Code's 12 (Code 2.3), so a complaint, not a request for discretion.
    const Case together = parsed(R"({"landlord":"together-housing","issue":{"event_date":"2025-01-20","category":"repairs"}})");
    const Verdict tv = evaluate(together, cat);
    CHECK(tv.outcome == Outcome::complaint);
    CHECK(main_document(together, tv) == DocumentKind::stage1);
    const std::string letter = render_text(write_document(DocumentKind::stage1, together, cat));
    CHECK(letter.find("Code 2.3") != std::string::npos);

    const Case late = parsed(R"({"landlord":"hhal","issue":{"event_date":"2023-01-01"}})");
    const Verdict lv = evaluate(late, cat);
    CHECK(main_document(late, lv) == DocumentKind::discretion);
    CHECK_FALSE(unsuitable_because(DocumentKind::discretion, late, lv).has_value());

    const Case first = parsed(R"({"landlord":"halton-housing","issue":{"event_date":"2025-11-01","first_request":true}})");
    CHECK(main_document(first, evaluate(first, cat)) == DocumentKind::service_request);

    const Case answered = parsed(R"({"landlord":"halton-housing","issue":{"event_date":"2025-09-01"},
        "process":{"stage1_submitted":"2025-09-10","stage1_response":"2025-10-01"}})");
    CHECK(main_document(answered, evaluate(answered, cat)) == DocumentKind::stage2);
    const Case ended = parsed(R"({"landlord":"halton-housing","issue":{"event_date":"2025-06-01"},
        "process":{"stage1_submitted":"2025-06-10","stage1_response":"2025-07-01","stage2_requested":"2025-07-02",
        "stage2_response":"2025-08-01"}})");
    CHECK(main_document(ended, evaluate(ended, cat)) == DocumentKind::ombudsman);
}

TEST_CASE("every document for every generated case: well formed, cited, the tenant's words intact") {
    test::Generator g{5150u};
    const auto& cat = test::catalogue();
    for (int i = 0; i < 200; ++i) {
        const std::string json = generated_case(g).dump();
        CAPTURE(json);
        const Case c = parsed(json);
        const Verdict v = evaluate(c, cat);
        for (DocumentKind kind : values_of<DocumentKind>()) {
            if (unsuitable_because(kind, c, v)) continue;
            CAPTURE(name_of(kind));
            const Document d = write_document(kind, c, cat);
            CHECK_FALSE(d.title.empty());
            CHECK_FALSE(d.subject.empty());
            REQUIRE_FALSE(d.blocks.empty());
            for (const Block& b : d.blocks) {
                CHECK_FALSE(b.text.empty());
                if (b.type == Block::Type::quote) CHECK_FALSE(b.cite.empty());
                CHECK(clean_user_text(b.text) == b.text);  // no control characters anywhere
            }
            const std::string summary = clean_user_text(c.issue.summary);
            const bool has_summary = summary.find_first_not_of(" \n") != std::string::npos;
            // A stage 2 request and a reminder follow a complaint the landlord already has: they
            // name it in the subject line; every other document sets it out word for word.
            const bool follows_up = kind == DocumentKind::stage2 || kind == DocumentKind::chaser;
            if (has_summary && !follows_up) CHECK(all_text(d).find(summary) != std::string::npos);
            const std::string text = render_text(d);
            CHECK(text.ends_with("\n"));
            CHECK_FALSE(text.ends_with("\n\n"));
        }
    }
}

TEST_CASE("names and addresses with braces are the person's words, never a template") {
    const std::string tenant = "Sam {Tenant} {I|x} Taylor", rep = "Jo {tenant's} Lee", org = "Office {landlord}";
    const Case c = parsed(R"({"landlord":"together-housing","today":"2025-12-12",
        "complainant":{"name":"Sam {Tenant} {I|x} Taylor","address":"1 {a|b} Row\nWigan"},
        "representative":{"kind":"relative","name":"Jo {tenant's} Lee","organisation":"Office {landlord}","consent":"verbal"},
        "issue":{"event_date":"2025-11-01","summary":"Leak"}})");
    const Verdict v = evaluate(c, test::catalogue());
    for (DocumentKind kind : values_of<DocumentKind>()) {
        if (unsuitable_because(kind, c, v)) continue;
        CAPTURE(name_of(kind));
        const std::string text = render_text(write_document(kind, c, test::catalogue()));
        CHECK(text.find(tenant) != std::string::npos);
        if (kind != DocumentKind::ombudsman) CHECK(text.find(rep) != std::string::npos);
        CHECK(text.find("Together Housing Row") == std::string::npos);
        CHECK(text.find('\x0e') == std::string::npos);
    }
    const std::string representation = render_text(write_document(DocumentKind::representation, c, test::catalogue()));
    CHECK(representation.find("I am writing for " + tenant + " of 1 {a|b} Row, Wigan") != std::string::npos);
    const std::string consent = render_text(write_document(DocumentKind::consent, c, test::catalogue()));
    CHECK(consent.find("I agree that " + rep + " of " + org + " can act for me") != std::string::npos);
}

TEST_CASE("another landlord: addressed by the name the tenant gives, and no policy is claimed for it") {
    const auto& cat = test::catalogue();
    const Case named = parsed(R"({"landlord":"ombudsman-code","landlord_name":"Riverside Homes",
        "representative":{"kind":"relative","name":"Alex"},"issue":{"event_date":"2025-10-01"}})");
    const std::string letter = render_text(write_document(DocumentKind::stage1, named, cat));
    CHECK(letter.find("To: Riverside Homes complaints team") != std::string::npos);
    CHECK(letter.find("Dear Riverside Homes complaints team,") != std::string::npos);
    CHECK(letter.find("Your policy") == std::string::npos);  // the Code is not the landlord's policy
    CHECK(letter.find("(Code 6.2)") != std::string::npos);     // the Code's timescales, cited

    const Case unnamed = parsed(R"({"landlord":"ombudsman-code","issue":{"event_date":"2025-10-01"}})");
    const std::string plain = render_text(write_document(DocumentKind::stage1, unnamed, cat));
    CHECK(plain.find("Dear complaints team,") != std::string::npos);
    CHECK(write_document(DocumentKind::stage1, unnamed, cat).email_to.empty());
}

TEST_CASE("a stage 2 request after the landlord's window cites the Code on both points") {
    // Halton asks for stage 2 requests within 20 working days of the stage 1 answer (10.2); the Code
    // sets no window (6.12, 6.13) and a refusal must be explained with the Ombudsman route (2.1, 2.4).
    const Case late = parsed(R"({"landlord":"halton-housing","today":"2025-12-12","issue":{"event_date":"2025-08-01"},
        "process":{"stage1_submitted":"2025-08-04","stage1_response":"2025-08-20"}})");
    const std::string letter = render_text(write_document(DocumentKind::stage2, late, test::catalogue()));
    CHECK(letter.find("Your policy asks for stage 2 requests by") != std::string::npos);
    CHECK(letter.find("no time limit for asking (Code 6.12, 6.13)") != std::string::npos);
    CHECK(letter.find("that the Housing Ombudsman can look at it (Code 2.1, 2.4)") != std::string::npos);
    // The window binds the tenant, so it is not among the rules the letter relies on.
    CHECK(letter.find("must make a request within twenty working days") == std::string::npos);
}

// Issue 17: the hazard report, the complaint's hazard section, and the dates counted from sending.
TEST_CASE("the hazard report: when it fits, what it asks and by when, counted from sending") {
    const auto& cat = test::catalogue();
    const Case unreported = parsed(R"({"landlord":"together-housing","today":"2025-11-20",
        "issue":{"category":"repairs","event_date":"2025-10-01","ongoing":true,"hazard":"damp-mould"}})");
    const Verdict uv = evaluate(unreported, cat);
    // First among the documents: its timescales are the shortest.
    CHECK(recommended_documents(unreported, uv).front() == DocumentKind::hazard_report);
    // Sending it tells the landlord: the law's dates count from today (Thursday 20 November 2025).
    const Case sent = as_sent(DocumentKind::hazard_report, unreported, cat);
    REQUIRE(sent.issue.hazard_reported.has_value());
    CHECK(*sent.issue.hazard_reported == test::d("2025-11-20"));
    const std::string report = render_text(write_document(DocumentKind::hazard_report, unreported, cat));
    CHECK(report.find("Please investigate the damp and mould by Thursday 4 December 2025. That is 10 working days "
                      "after Thursday 20 November 2025") != std::string::npos);
    CHECK(report.find("somewhere safe to stay") != std::string::npos);
    CHECK(report.find("Please contact me to arrange a time") != std::string::npos);  // no access times given
    CHECK(report.find("complaints process") != std::string::npos);
    CHECK(report.find("Hazards in Social Housing Regulations 2025") != std::string::npos);
    // The calendar carries the law's dates.
    std::string why;
    const auto ics = export_document(DocumentKind::hazard_report, ExportFormat::calendar, unreported, cat, true, why);
    REQUIRE(ics.has_value());
    CHECK(ics->content.find("DTSTART;VALUE=DATE:20251204") != std::string::npos);
    CHECK(ics->content.find("must investigate the damp and mould (Awaab's Law)") != std::string::npos);
    // The complaint names the hazard and the law's dates too.
    const std::string complaint = render_text(write_document(DocumentKind::stage1, unreported, cat));
    CHECK(complaint.find("Awaab's Law") != std::string::npos);
    CHECK(complaint.find("Thursday 4 December 2025") != std::string::npos);

    // Reported before the law began: reported again, the dates from today, and the old report named.
    const Case old = parsed(R"({"landlord":"together-housing","today":"2025-11-20",
        "issue":{"category":"repairs","event_date":"2025-10-01","hazard":"damp-mould","hazard_reported":"2025-10-20"}})");
    CHECK(*as_sent(DocumentKind::hazard_report, old, cat).issue.hazard_reported == test::d("2025-11-20"));
    const std::string again = render_text(write_document(DocumentKind::hazard_report, old, cat));
    CHECK(again.find("first told you about it on Monday 20 October 2025, before the law began") != std::string::npos);
    // Reported since: the dates run from that first report, which stays.
    const Case told = parsed(R"({"landlord":"together-housing","today":"2025-11-20",
        "issue":{"category":"repairs","event_date":"2025-10-01","hazard":"damp-mould","hazard_reported":"2025-11-10",
        "access":"Mornings"}})");
    CHECK(*as_sent(DocumentKind::hazard_report, told, cat).issue.hazard_reported == test::d("2025-11-10"));
    const std::string in_writing = render_text(write_document(DocumentKind::hazard_report, told, cat));
    CHECK(in_writing.find("This letter puts it in writing") != std::string::npos);
    CHECK(in_writing.find("Mornings") != std::string::npos);

    // When it does not fit, the reason names the field or the finding.
    const Case none = parsed(R"({"landlord":"together-housing","issue":{"event_date":"2025-10-01"}})");
    CHECK(unsuitable_because(DocumentKind::hazard_report, none, evaluate(none, cat))->find("issue.hazard") != std::string::npos);
    const Case leaseholder = parsed(R"({"landlord":"together-housing","complainant":{"role":"leaseholder"},
        "issue":{"event_date":"2025-10-01","hazard":"damp-mould"}})");
    const Verdict lv = evaluate(leaseholder, cat);
    CHECK(unsuitable_because(DocumentKind::hazard_report, leaseholder, lv)->find("awaabs-law:not-covered") != std::string::npos);
    CHECK(recommended_documents(leaseholder, lv).front() != DocumentKind::hazard_report);
    // An emergency: the gas and 999 lines lead "Before you send", never the report itself.
    const Case danger = parsed(R"({"landlord":"halton-housing","today":"2025-11-20",
        "issue":{"category":"repairs","event_date":"2025-11-20","hazard":"emergency"}})");
    const Document d = write_document(DocumentKind::hazard_report, danger, cat);
    REQUIRE_FALSE(d.how_to_send.empty());
    CHECK(d.how_to_send.front().find("0800 111 999") != std::string::npos);
    CHECK(all_text(d).find("0800 111 999") == std::string::npos);
    // As soon as possible, and within 24 hours of being told: the date is when those hours end, and
    // the letter is the telling only if the landlord did not know before.
    CHECK(all_text(d).find("safe as soon as possible, and within 24 hours of being told. This letter is dated "
                           "Thursday 20 November 2025, so the 24 hours end on Friday 21 November 2025") != std::string::npos);
    CHECK(all_text(d).find("If you were told about it earlier, by phone or in person, the 24 hours count from then.") !=
          std::string::npos);
    // A posted report cannot arrive within 24 hours: phone, then email or hand it in (after the
    // lines of what to do now: the kind of danger is not given, so gas, 999, the repairs line).
    REQUIRE(d.how_to_send.size() > 3);
    CHECK(d.how_to_send[3].find("by email or by hand, not by post") != std::string::npos);
    for (const std::string& advice : d.how_to_send) CHECK(advice.find("Post Office") == std::string::npos);
}

// The law's lines come from a fact sheet in plain words, not the statute: no letter quotes them
// as the Act's or the Regulations' words; policies' and the Code's clauses stay quoted.
TEST_CASE("no letter quotes the law's fact sheet as the statute") {
    const auto& cat = test::catalogue();
    const Law& law = *cat.law();
    for (const char* hazard : {"damp-mould", "emergency"})
        for (const DocumentKind kind : {DocumentKind::hazard_report, DocumentKind::stage1, DocumentKind::representation}) {
            const Case c = parsed(std::string(R"({"landlord":"halton-housing","today":"2025-11-20",
                "representative":{"kind":"advocate","name":"Jo Evans","consent":"written"},
                "issue":{"category":"repairs","event_date":"2025-11-01","ongoing":true,"hazard":")") + hazard + "\"}}");
            const Document d = write_document(kind, c, cat);
            bool policy_quoted = false;
            for (const Block& b : d.blocks) {
                if (b.type != Block::Type::quote) continue;
                CAPTURE(b.text);
                CHECK(b.cite.find("Hazards in Social Housing") == std::string::npos);
                CHECK(b.cite.find("Landlord and Tenant Act") == std::string::npos);
                CHECK(b.cite.find("Housing Ombudsman, complaints involving hazards") == std::string::npos);
                CHECK(b.text != law.alongside_complaint.quote);
                policy_quoted = policy_quoted || b.cite.find("Halton Housing policy") != std::string::npos;
            }
            CHECK(policy_quoted == (kind != DocumentKind::hazard_report));
        }
}
