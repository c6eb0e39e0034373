#pragma once
// The guided flow (docs/wizard.md): one question per page, GOV.UK style. The wizard owns the
// pages, the questions, validation and navigation; it turns the answers into a Case, runs the
// engine and writes the documents. Hosts (the ImGui app, the HTML layer, the tests) only draw
// view() and send actions to dispatch(), so they cannot drift apart.
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>

#include "documents/export.h"
#include "rules/case.h"
#include "rules/policy_catalogue.h"
#include "util/input_error.h"
#include "wizard/actions.h"
#include "wizard/pages.h"
#include "wizard/validation.h"
#include "wizard/view.h"

namespace redress::wizard {

struct DispatchResult {
    bool ok = true;
    std::string error;           // when !ok: the problem with the action itself, for the host's log
    bool page_changed = false;   // a new page: move focus to its heading
    bool has_errors = false;     // the page did not validate: move focus to the error summary
    std::optional<ExportedFile> file;  // for Export
    Intent intent = Intent::download;  // what the host does with the file
};

// What dispatch() did, as compact JSON for the browser.
std::string result_json(const DispatchResult& result);

class Wizard {
public:
    // `today` is the date the tenant is using Redress; the wizard reads no clock.
    Wizard(const PolicyCatalogue& catalogue, Date today);

    const ViewModel& view() const { return view_; }
    DispatchResult dispatch(const Action& action);

    // The answers and the page, to keep in the browser's storage, and back. A draft that does
    // not read is refused whole (nothing half-restored), with the field and problem in `error`.
    std::string draft() const;
    bool restore(std::string_view draft_json, InputError& error);

    // The case the answers describe so far, once the questions the engine needs are answered.
    std::optional<Case> current_case() const;

    // The answers, by key (tests read them; hosts use view()).
    const Answers& answers() const { return answers_; }

private:
    // One handler per action. A refusal leaves everything as it was.
    DispatchResult on(const Answer& a);
    DispatchResult on(const Toggle& a);
    DispatchResult on(const Continue& a);
    DispatchResult on(const Back& a);
    DispatchResult on(const Change& a);
    DispatchResult on(const Clear& a);
    DispatchResult on(const StartAgain& a);
    DispatchResult on(const Import& a);
    DispatchResult on(const Export& a);

    bool applies(PageId page) const;
    // The question on this page that `field` (its id, or a date part's) belongs to, or nullptr.
    const Question* question_for(const PageSpec& spec, const std::string& field) const;
    // The field an answer or a toggle of `value` may change on this page; else nullptr, with
    // `refused` saying why (not a question page, no such field here, a value too long).
    const Field* field_to_change(const PageSpec& spec, const std::string& field, const std::string& value,
                                 DispatchResult& refused) const;
    bool validate_page();
    void continue_from_check(DispatchResult& result);
    PageId page_after_continue() const;
    void go_to(PageId page);
    void load_case(const Case& c);
    std::optional<PageId> next_page() const;
    std::optional<PageId> previous_page() const;
    void rebuild();
    void build_start();
    void build_questions();
    void build_summary(const Case& c);
    void build_clear();
    void number_controls();

    const PolicyCatalogue& catalogue_;
    Date today_;
    Answers answers_;
    PageErrors errors_;         // by field id, for this page
    std::set<PageId> done_;     // pages continued past at least once
    PageId page_ = PageId::start;
    bool checking_ = false;     // came here by a Change link: Continue returns to "check"
    PageId before_clear_ = PageId::start;  // where "clear" goes back to when the reader keeps their answers
    std::string import_error_;
    ViewModel view_;
};

}  // namespace redress::wizard
