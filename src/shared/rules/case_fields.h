#pragma once
// Every field of a case, once: its group and key in the case JSON, how long its text may be,
// whether it is required, and how the guided flow asks for it. visit_fields() walks them in this
// order, handing the visitor each field's description and the member that holds it, so one list
// drives reading a case (rules/case.cpp), writing it (rules/case_json.cpp) and turning it into the
// flow's answers and back (wizard/answers.cpp). A new field is one line here and its member in
// Case (and, if the flow asks for it, a question in wizard/pages.cpp).
//
// The date-order rules (a step after the step it answers) are one table too, read by the case
// parser and by the flow's own checks.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "rules/case.h"
#include "util/vocabulary.h"

namespace redress {

enum class CaseGroup : std::uint8_t { top, complainant, representative, issue, process, last_ = process };
struct CaseGroupRow {
    CaseGroup value;
    std::string_view name;  // "" for the case's own top-level fields
};
inline constexpr CaseGroupRow kCaseGroupRows[] = {{CaseGroup::top, ""},
                                                  {CaseGroup::complainant, "complainant"},
                                                  {CaseGroup::representative, "representative"},
                                                  {CaseGroup::issue, "issue"},
                                                  {CaseGroup::process, "process"}};
template <> struct Vocabulary<CaseGroup> : Rows<kCaseGroupRows> {};

// How the guided flow asks for a field (wizard/answers.cpp).
enum class Asked : std::uint8_t {
    not_asked,     // today: the flow's own date
    answer,        // one answer, the text or the choice's name: "complainant.name", "issue.category"
    yes_no,        // "yes" or "no"
    carried,       // not asked, but kept through the flow when a case file says "yes" (anonymous)
    circumstance,  // ticked or not on the "circumstances" page
    date,          // three answers: day, month, year
    step,          // a date of a step of the complaint: a date, asked as far as the "progress" answer reaches
    list,          // a set of checkboxes of the same name: "adjustments"
    lines,         // one answer of several lines, one item a line: "issue.enclosures"
};

inline constexpr std::size_t kShortText = 500;
inline constexpr std::size_t kMaxListItems = 20;  // items of a list of text (enclosures)
inline constexpr std::size_t kLongText = 20000;

struct CaseField {
    CaseGroup group;
    std::string_view key;
    Asked asked;
    std::size_t max_length = 0;  // text, in characters
    bool required = false;
    bool written_when_empty = true;  // false: the case JSON leaves it out when empty (landlord_name)

    // "issue.event_date"; "landlord" for a top-level field.
    std::string path() const {
        const std::string_view group_name = name_of(group);
        return group_name.empty() ? std::string(key) : std::string(group_name).append(".").append(key);
    }
};

// Calls visitor(field, member) for every field of `c` (a Case or a const Case), in the order the
// case is read (which is the order of the first error a bad case gets).
template <typename C, typename Visitor>
void visit_fields(C& c, Visitor&& visit) {
    using G = CaseGroup;
    using A = Asked;
    visit(CaseField{G::top, "landlord", A::answer, 100, true}, c.landlord);
    visit(CaseField{G::top, "landlord_name", A::answer, kShortText, false, false}, c.landlord_name);
    visit(CaseField{G::top, "today", A::not_asked}, c.today);
    auto& who = c.complainant;
    visit(CaseField{G::complainant, "name", A::answer, kShortText}, who.name);
    visit(CaseField{G::complainant, "role", A::answer}, who.role);
    visit(CaseField{G::complainant, "address", A::answer, kShortText * 2}, who.address);
    visit(CaseField{G::complainant, "email", A::answer, kShortText}, who.email);
    visit(CaseField{G::complainant, "phone", A::answer, 100}, who.phone);
    visit(CaseField{G::complainant, "reference", A::answer, 200}, who.reference);
    auto& rep = c.representative;
    visit(CaseField{G::representative, "kind", A::answer}, rep.kind);
    visit(CaseField{G::representative, "name", A::answer, kShortText}, rep.name);
    visit(CaseField{G::representative, "organisation", A::answer, kShortText}, rep.organisation);
    visit(CaseField{G::representative, "consent", A::answer}, rep.consent);
    visit(CaseField{G::representative, "email", A::answer, kShortText}, rep.email);
    visit(CaseField{G::representative, "phone", A::answer, 100}, rep.phone);
    visit(CaseField{G::representative, "reference", A::answer, 200}, rep.reference);
    auto& i = c.issue;
    visit(CaseField{G::issue, "category", A::answer}, i.category);
    visit(CaseField{G::issue, "first_request", A::yes_no}, i.first_request);
    visit(CaseField{G::issue, "event_date", A::date, 0, true}, i.event_date);
    visit(CaseField{G::issue, "ongoing", A::yes_no}, i.ongoing);
    visit(CaseField{G::issue, "aware_date", A::date}, i.aware_date);
    visit(CaseField{G::issue, "last_raised", A::date}, i.last_raised);
    visit(CaseField{G::issue, "health_and_safety", A::circumstance}, i.health_and_safety);
    visit(CaseField{G::issue, "safeguarding", A::circumstance}, i.safeguarding);
    visit(CaseField{G::issue, "disrepair", A::circumstance}, i.disrepair);
    visit(CaseField{G::issue, "legal_proceedings", A::answer}, i.legal_proceedings);
    visit(CaseField{G::issue, "insurance_claim", A::circumstance}, i.insurance_claim);
    visit(CaseField{G::issue, "previously_complained", A::answer}, i.previously_complained);
    visit(CaseField{G::issue, "anonymous", A::carried}, i.anonymous);
    visit(CaseField{G::issue, "summary", A::answer, kLongText}, i.summary);
    visit(CaseField{G::issue, "details", A::answer, kLongText}, i.details);
    visit(CaseField{G::issue, "outcome_sought", A::answer, kLongText}, i.outcome_sought);
    visit(CaseField{G::issue, "delay_reason", A::answer, kLongText}, i.delay_reason);
    visit(CaseField{G::issue, "hazard", A::answer}, i.hazard);
    visit(CaseField{G::issue, "hazard_risk", A::answer, 0, false, false}, i.hazard_risk);
    visit(CaseField{G::issue, "danger", A::answer, 0, false, false}, i.danger);
    visit(CaseField{G::issue, "hazard_reported", A::date}, i.hazard_reported);
    visit(CaseField{G::issue, "access", A::answer, kShortText}, i.access);
    visit(CaseField{G::issue, "enclosures", A::lines, kShortText}, i.enclosures);
    auto& p = c.process;
    visit(CaseField{G::process, "stage1_submitted", A::step}, p.stage1_submitted);
    visit(CaseField{G::process, "stage1_acknowledged", A::step}, p.stage1_acknowledged);
    visit(CaseField{G::process, "stage1_extension_notified", A::step}, p.stage1_extension_notified);
    visit(CaseField{G::process, "stage1_response", A::step}, p.stage1_response);
    visit(CaseField{G::process, "stage2_requested", A::step}, p.stage2_requested);
    visit(CaseField{G::process, "stage2_acknowledged", A::step}, p.stage2_acknowledged);
    visit(CaseField{G::process, "stage2_extension_notified", A::step}, p.stage2_extension_notified);
    visit(CaseField{G::process, "stage2_response", A::step}, p.stage2_response);
    visit(CaseField{G::process, "hazard_investigated", A::date}, p.hazard_investigated);
    visit(CaseField{G::process, "resolved", A::answer, kLongText}, p.resolved);
    visit(CaseField{G::process, "unresolved", A::answer, kLongText}, p.unresolved);
    visit(CaseField{G::process, "escalation_reasons", A::answer, kLongText}, p.escalation_reasons);
    visit(CaseField{G::process, "complaint_reference", A::answer, 200}, p.complaint_reference);
    visit(CaseField{G::top, "adjustments", A::list}, c.adjustments);
}

// A date that must be on or after another: a step after the step it answers. `message` is how
// the guided flow says it; the case parser names both fields and dates. The earlier date is in
// the same group unless `earlier_group` says otherwise (a group read before the later one's).
struct DateOrder {
    CaseGroup group;
    std::string_view later, earlier;  // keys: "aware_date"
    std::string_view message;
    std::optional<CaseGroup> earlier_group = std::nullopt;

    CaseGroup earlier_in() const { return earlier_group.value_or(group); }
};
inline constexpr DateOrder kDateOrder[] = {
    {CaseGroup::issue, "aware_date", "event_date",
     "The date you found out must be the same as or after the date it happened"},
    {CaseGroup::issue, "last_raised", "event_date",
     "The date it was last raised must be the same as or after the date it happened"},
    {CaseGroup::process, "stage1_acknowledged", "stage1_submitted",
     "The date it was acknowledged must be the same as or after the date the complaint was made"},
    {CaseGroup::process, "stage1_extension_notified", "stage1_submitted",
     "The date it wrote to say it needed more time must be the same as or after the date the complaint was made"},
    {CaseGroup::process, "stage2_extension_notified", "stage2_requested",
     "The date it wrote to say it needed more time must be the same as or after the date stage 2 was asked for"},
    {CaseGroup::process, "stage1_response", "stage1_submitted",
     "The date of the stage 1 answer must be the same as or after the date the complaint was made"},
    {CaseGroup::process, "stage2_requested", "stage1_response",
     "The date stage 2 was asked for must be the same as or after the stage 1 answer"},
    {CaseGroup::process, "stage2_acknowledged", "stage2_requested",
     "The date the stage 2 request was acknowledged must be the same as or after the date it was asked for"},
    {CaseGroup::process, "stage2_response", "stage2_requested",
     "The date of the final answer must be the same as or after the date stage 2 was asked for"},
    {CaseGroup::process, "hazard_investigated", "hazard_reported",
     "The date the landlord finished looking into it must be the same as or after the date it was told",
     CaseGroup::issue},
};

}  // namespace redress
