#pragma once
// The pages of the guided flow that are not questions: the result (the verdict, in plain words,
// each reason with its clause), "Check your answers", and the documents to take away.
#include "rules/case.h"
#include "rules/policy_catalogue.h"
#include "rules/verdict.h"
#include "wizard/pages.h"
#include "wizard/view.h"

namespace redress::wizard {

// The result page's last sentence: what it is not, and where to get that (the footer's page).
inline constexpr std::string_view kNotLegalAdvice =
    "This is not legal advice: Redress explains the rules, and for free advice about your own "
    "problem, go to \"Get free advice\" at the bottom of the page.";

// The result page: the headline, then why, where the policy and the Code differ, the dates,
// what to do next, how to reach the Housing Ombudsman, and that it is not legal advice.
void result_content(const Case& c, const Verdict& v, const PolicyCatalogue& catalogue, ViewModel& view);

// One row per question answered, with a Change link to its page.
void check_content(const Answers& a, const PolicyCatalogue& catalogue, Date today, ViewModel& view);

// The documents the verdict calls for, each with its preview and its buttons.
void documents_content(const Case& c, const Verdict& v, const PolicyCatalogue& catalogue, ViewModel& view);

}  // namespace redress::wizard
