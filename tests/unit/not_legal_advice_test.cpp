// Issue 33: the result page says, in one plain sentence, that it is not legal advice, and points
// to the "Get free advice" page in the footer (src/shared/util/site_pages.h). Checked on the
// result page of every landlord, for a complaint in time and for one long out of time.
#include <doctest/doctest.h>

#include <string>

#include "engine_support.h"
#include "util/site_pages.h"
#include "wizard/summary_pages.h"

using namespace redress;

namespace {

int times_said(const wizard::ViewModel& view, std::string_view text) {
    int n = 0;
    for (const auto& b : view.content)
        if (b.text == text) ++n;
    return n;
}

}  // namespace

TEST_CASE("The result page says once that it is not legal advice, and names the free advice page") {
    bool advice_page_named = false;
    for (const SitePage& p : kSitePages)
        if (p.id == "advice") advice_page_named = wizard::kNotLegalAdvice.find("\"" + std::string(p.label) + "\"") != std::string_view::npos;
    CHECK_MESSAGE(advice_page_named, "the sentence must name the footer's free advice link as the footer words it");
    for (const auto& policy : test::catalogue().policies()) {
        for (const char* when : {"2025-10-01", "2021-01-04"}) {
            const std::string json = std::string(R"({"landlord":")") + std::string(policy.id) +
                                     R"(","issue":{"category":"repairs","event_date":")" + when + R"("}})";
            CAPTURE(json);
            InputError error;
            const auto c = parse_case(json, test::catalogue(), test::d("2025-11-20"), error);
            REQUIRE(c.has_value());
            const Verdict v = evaluate(*c, test::catalogue());
            wizard::ViewModel view;
            wizard::result_content(*c, v, test::catalogue(), view);
            CHECK(times_said(view, wizard::kNotLegalAdvice) == 1);
            CHECK(view.content.back().text == wizard::kNotLegalAdvice);
        }
    }
}
