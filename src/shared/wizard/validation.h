#pragma once
// Checking one page of the guided flow the GOV.UK way: "Select ...", "Enter ...", a date that
// "must include a month" or "must be a real date", text too long, an email or phone number that
// cannot be one, and dates out of order with dates answered on earlier pages. The case parser
// then has the last word, as it does for the CLI.
#include <map>
#include <string>

#include "calendar/iso_date.h"
#include "rules/policy_catalogue.h"
#include "wizard/pages.h"

namespace redress::wizard {

struct PageError {
    std::string target;   // the control to focus: the field, the first radio, the date part at fault
    std::string message;  // as the error summary and the field show it
};
using PageErrors = std::map<std::string, PageError>;  // by field id

// The problems with the answers to page `page`, or none.
PageErrors check_page(PageId page, const Answers& answers, const PolicyCatalogue& catalogue, Date today);

}  // namespace redress::wizard
