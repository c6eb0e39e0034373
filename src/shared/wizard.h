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

#include "case.h"
#include "document_export.h"
#include "input_error.h"
#include "policy_catalogue.h"
#include "wizard_view.h"

namespace redress::wizard {

// What a host asks the wizard to do. As JSON (what the browser sends):
//   {"type":"answer","field":"landlord","value":"halton-housing"}
//   {"type":"toggle","field":"circumstances","value":"disrepair","checked":true}
//   {"type":"continue"}  {"type":"back"}  {"type":"change","page":"landlord"}
//   {"type":"start-again"}  {"type":"import","text":"<a case file>"}
//   {"type":"export","kind":"stage1","format":"text|html|large-print|json|ics|mailto|copy|print"}
struct Action {
    std::string type, field, value, page, text, kind, format;
    bool checked = false;
};

// Actions as the JSON dispatch takes, for hosts that build them in C++ (the ImGui app, tests).
std::string answer_action(const std::string& field, const std::string& value);
std::string toggle_action(const std::string& field, const std::string& value, bool checked);
std::string change_action(const std::string& page);
std::string simple_action(const std::string& type);  // "continue", "back", "start-again", "import"
std::string export_action(const std::string& kind, const std::string& format);

// Reads an action sent by a host. Hostile input gets nullopt and the field and problem in `error`.
std::optional<Action> parse_action(std::string_view json_text, InputError& error);

struct DispatchResult {
    bool ok = true;
    std::string error;           // when !ok: the problem with the action itself, for the host's log
    bool page_changed = false;   // a new page: move focus to its heading
    bool has_errors = false;     // the page did not validate: move focus to the error summary
    std::optional<ExportedFile> file;  // for "export"
    std::string intent;  // what the host does with the file: "download", "copy", "print" or "open" (a mailto: link)
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
    const std::map<std::string, std::string>& answers() const { return answers_; }

private:
    void rebuild();
    bool validate_page();
    void go_to(const std::string& page);
    void load_case(const Case& c);
    std::string next_page() const;
    std::string previous_page() const;

    const PolicyCatalogue& catalogue_;
    Date today_;
    std::map<std::string, std::string> answers_;
    struct PageError {
        std::string target, message;  // the control to focus (a field, a date part, a checkbox)
    };
    std::map<std::string, PageError> errors_;  // by field id, for this page
    std::set<std::string> done_;                 // pages continued past at least once
    std::string page_ = "start";
    bool checking_ = false;  // came here by a Change link: Continue returns to "check"
    std::string import_error_;
    ViewModel view_;
};

}  // namespace redress::wizard
