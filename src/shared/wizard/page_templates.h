#pragma once
// The question pages' templates (wizard/pages.cpp): "{you|the tenant}" reads the first choice for a
// tenant answering for themselves and the second for someone acting for them; "{landlord}" and
// the other named parts are filled in from the answers. A page's words are read in one place, as
// the reader will see them; this file fills them in.
#include <string>
#include <string_view>

#include "rules/policy_catalogue.h"
#include "wizard/answers.h"
#include "wizard/pages.h"

namespace redress::wizard {

// What the templates' named parts stand for, for these answers.
struct TemplateWords {
    bool self;  // the tenant is answering for themselves
    std::string landlord, representative, no_reasons_cite;
    std::string hazard_lead;  // something dangerous: what to do first, with the law's numbers
    bool emergency = false;   // the hazard is an emergency (hazard_class)
};

// The landlord as the pages name it: the policy's short name, the name given for another
// landlord, or "the landlord".
std::string landlord_name(const Answers& a, const PolicyCatalogue& catalogue);
// Fills in a template. What is filled in is copied as it is, so a landlord's name that holds
// braces is never read as a template.
std::string fill(std::string_view text, const TemplateWords& w);
// A question of a page, its words filled in.
Question question(const QuestionSpec& spec, const TemplateWords& w);

}  // namespace redress::wizard
