#pragma once
// The pages of the guided flow, as data: which pages there are, in what order, when each one
// applies, and what each asks (one row per page, like a smart-answers node). The wizard
// (wizard/wizard.cpp) does the navigation and the checking.
#include <cstdint>
#include <map>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "rules/policy_catalogue.h"
#include "util/vocabulary.h"
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

// Every page, in the order of the flow.
enum class PageId : std::uint8_t {
    start, who, representative, consent, landlord, landlord_name, role, category, hazard, hazard_risk, danger,
    hazard_reported, hazard_investigated, first_request, event_date, ongoing,
    aware_date, last_raised, circumstances, legal_action, previous_complaint, progress, process_dates, result,
    your_details, complaint_details, escalation_details, adjustments, check, documents, clear, last_ = clear };

// What a page is: a page of questions (which validates), one of the flow's own pages, or "clear",
// which asks before every answer is cleared (it is not part of the flow's order).
enum class PageKind : std::uint8_t { question, start, result, check, documents, confirm };

// A yes-or-no question's answer.
enum class YesNo : std::uint8_t { yes, no, last_ = no };
struct YesNoRow {
    YesNo value;
    std::string_view name, label;
};
inline constexpr YesNoRow kYesNoRows[] = {{YesNo::yes, "yes", "Yes"}, {YesNo::no, "no", "No"}};

// Where the complaint has got to: the flow's own question, and the process dates each answer asks for.
enum class Progress : std::uint8_t {
    not_yet, stage1_waiting, stage1_answered, stage2_waiting, stage2_answered, last_ = stage2_answered };
struct ProgressRow {
    Progress value;
    std::string_view name, label, hint;
    std::size_t process_dates;  // how many of the case's process dates, in order, this stage has
    bool answered;              // the landlord has answered at some stage
};
inline constexpr ProgressRow kProgressRows[] = {
    {Progress::not_yet, "not-yet", "Not complained yet", "", 0, false},
    {Progress::stage1_waiting, "stage1-waiting", "Complained, waiting for an answer", "", 3, false},
    {Progress::stage1_answered, "stage1-answered", "Had an answer at stage 1", "The landlord's first answer.", 4, true},
    {Progress::stage2_waiting, "stage2-waiting", "Asked for stage 2, waiting for an answer", "", 7, true},
    {Progress::stage2_answered, "stage2-answered", "Had the final answer at stage 2", "", 8, true},
};

// The facts asked together on the "circumstances" page; each name is the case field's key
// (issue.<name>), but for "none".
enum class Circumstance : std::uint8_t {
    health_and_safety, safeguarding, disrepair, insurance_claim, none, last_ = none };
struct CircumstanceRow {
    Circumstance value;
    std::string_view name, label, hint;
    bool exclusive;  // "None of these"
};
inline constexpr CircumstanceRow kCircumstanceRows[] = {
    {Circumstance::health_and_safety, "health_and_safety", "It puts someone's health or safety at risk", "", false},
    {Circumstance::safeguarding, "safeguarding", "Someone vulnerable is at risk of harm",
     "A child or an adult who needs care or support.", false},
    {Circumstance::disrepair, "disrepair", "The home is in disrepair", "Damage the landlord should repair.", false},
    {Circumstance::insurance_claim, "insurance_claim", "There is an insurance claim about it", "", false},
    {Circumstance::none, "none", "None of these", "", true},
};

}  // namespace redress::wizard

namespace redress {
template <> struct Vocabulary<wizard::YesNo> : Rows<wizard::kYesNoRows> {};
template <> struct Vocabulary<wizard::Progress> : Rows<wizard::kProgressRows> {};
template <> struct Vocabulary<wizard::Circumstance> : Rows<wizard::kCircumstanceRows> {};
}  // namespace redress

namespace redress::wizard {

// One question as a page asks it; the texts are templates (pages.cpp: {you|the tenant}, {landlord}...).
struct OptionSpec {
    std::string_view value, label, hint = "";
    bool exclusive = false;
};
struct QuestionSpec {
    std::string_view id;
    FieldType type;
    std::string_view label, hint;
    std::string_view missing;  // the error when it is not answered; "" makes the question optional
    std::span<const OptionSpec> options = {};
    int max_length = 0;             // text questions
    std::string_view autocomplete = {};  // text questions
    std::string_view date_name = {};     // date questions: how errors name the date
    bool (*shown)(const Answers&) = nullptr;  // when the page shows it (nullptr: always)
};

// What a page's `applies` may look at: the answers, and what they mean for this case.
struct FlowState {
    const Answers& answers;
    const PolicyCatalogue& catalogue;
    Date today;
};

struct PageRow {
    PageId value;
    std::string_view name;
    PageKind kind;
    std::string_view caption;
    std::string_view heading;  // "": the page asks one question, which is its heading
    std::string_view hint;
    std::span<const QuestionSpec> questions;
    bool (*applies)(const FlowState&);  // whether the page is part of the flow for these answers
};
extern const PageRow kPageRows[];
inline constexpr std::size_t kPageCount = std::size_t(PageId::last_) + 1;

}  // namespace redress::wizard

namespace redress {
// The page table lives in pages.cpp (its templates are long); its order is checked there.
template <> struct Vocabulary<wizard::PageId> {
    static constexpr std::span<const wizard::PageRow, wizard::kPageCount> rows{wizard::kPageRows, wizard::kPageCount};
};
}  // namespace redress

namespace redress::wizard {

struct Question {
    Field field;            // id, type, label, hint, options, optional, autocomplete, max_length
    std::string missing;    // the error when a required answer is missing: "Select your landlord"
    std::string date_name;  // dates: how errors name it, "the date it happened"
};

struct PageSpec {
    PageId id;
    std::string caption, heading, hint;
    std::vector<Question> questions;
};

// Whether page `id` is part of the flow for these answers ("representative" only when someone
// acts for the tenant, "landlord-name" only for another landlord, the date the tenant found out
// only when it could change whether the complaint is in time, ...).
bool page_applies(PageId id, const FlowState& state);

// Whether any question of page `id` has an answer: a page that no longer applies may still hold
// answers given before, which still count and are still shown on the check page.
bool page_answered(PageId id, const Answers& a);

// Whether the page asks questions (and so validates), as against start, result, check, documents.
bool is_question_page(PageId id);

// What question page `id` asks, worded for these answers ("you" or "the tenant", the landlord's name).
PageSpec page_spec(PageId id, const Answers& a, const PolicyCatalogue& catalogue);

// The date parts of date question `id`: "<id>.day", "<id>.month", "<id>.year".
std::vector<std::string> date_part_ids(const std::string& id);

// The process dates (answer keys) the "progress" answer calls for, in order.
std::vector<std::string> process_dates_for(const std::string& progress);

}  // namespace redress::wizard
