#pragma once
// The question pages of the guided flow, as data: which pages there are, in what order, when
// each one applies, and what each asks. The wizard does the navigation and the checking.
#include <map>
#include <string>
#include <vector>

#include "rules/policy_catalogue.h"
#include "wizard/view.h"

namespace redress::wizard {

// Answers by key. A key is a case field ("landlord", "issue.category"), a part of a date
// ("issue.event_date.day"), or one of the flow's own questions ("progress", "circumstances").
using Answers = std::map<std::string, std::string>;

// An answer, or "" when there is none.
std::string answer(const Answers& a, const std::string& key);

// A checkbox question's answer is its ticked options' values joined by commas (option values
// never hold a comma): these read and write that form.
std::vector<std::string> split_list(const std::string& list);
std::string join_list(const std::vector<std::string>& items);
bool list_has(const std::string& list, const std::string& value);

struct Question {
    Field field;            // id, type, label, hint, options, optional, autocomplete, max_length
    std::string missing;    // the error when a required answer is missing: "Select your landlord"
    std::string date_name;  // dates: how errors name it, "the date it happened"
};

struct PageSpec {
    std::string id, caption, heading, hint;
    std::vector<Question> questions;
};

// Every page, in the order of the flow, including "start", "result", "check" and "documents".
const std::vector<std::string>& page_order();
bool is_page(const std::string& id);

// Whether page `id` is part of the flow for these answers ("representative" only when someone
// acts for the tenant, "landlord-name" only for another landlord, ...).
bool page_applies(const std::string& id, const Answers& a);

// Whether the page asks questions (and so validates), as against start, result, check, documents.
bool is_question_page(const std::string& id);

// What question page `id` asks, worded for these answers ("you" or "the tenant", the landlord's name).
PageSpec page_spec(const std::string& id, const Answers& a, const PolicyCatalogue& catalogue);

// The date parts of date question `id`: "<id>.day", "<id>.month", "<id>.year".
std::vector<std::string> date_part_ids(const std::string& id);

// The process dates the "progress" answer calls for, in order.
std::vector<std::string> process_dates_for(const std::string& progress);

}  // namespace redress::wizard
