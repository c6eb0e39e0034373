#include "wizard/wizard.h"

#include <algorithm>

#include "documents/case_file.h"
#include "json/writer.h"
#include "rules/engine.h"
#include "wizard/answers.h"
#include "wizard/summary_pages.h"

namespace redress::wizard {
namespace {

bool has_option(const Field& f, const std::string& value) {
    return std::any_of(f.options.begin(), f.options.end(), [&](const Option& o) { return o.value == value; });
}

bool needs_case(PageId page) {
    const PageKind kind = row_of(page).kind;
    return kind == PageKind::result || kind == PageKind::check || kind == PageKind::documents;
}

DispatchResult refusal(std::string why) {
    DispatchResult result;
    result.ok = false;
    result.error = std::move(why);
    return result;
}

// A toggle of checkbox `value`: "None of these" and the others exclude each other, as GOV.UK's
// checkboxes do, and the answer keeps the options' own order however they were ticked.
std::string toggled(const Field& f, const std::string& ticked_list, const std::string& value, bool checked) {
    auto ticked = split_list(ticked_list);
    ticked.erase(std::remove(ticked.begin(), ticked.end(), value), ticked.end());
    const auto exclusive = [&f](const std::string& v) {
        for (const Option& o : f.options)
            if (o.value == v) return o.exclusive;
        return false;
    };
    if (checked) {
        const bool none = exclusive(value);
        ticked.erase(std::remove_if(ticked.begin(), ticked.end(), [&](const std::string& v) { return none || exclusive(v); }),
                     ticked.end());
        ticked.push_back(value);
    }
    std::vector<std::string> ordered;
    for (const Option& o : f.options)
        if (std::find(ticked.begin(), ticked.end(), o.value) != ticked.end()) ordered.push_back(o.value);
    return join_list(ordered);
}

}  // namespace

std::string result_json(const DispatchResult& result) {
    JsonWriter w;
    w.begin_object();
    if (!result.ok) w.field("error", result.error);
    if (result.file) {
        const ExportedFile& f = *result.file;
        w.key("file").begin_object().field("content", f.content).field("filename", f.filename).field("mime", f.mime).end_object();
    }
    w.field("has_errors", result.has_errors);
    if (result.file) w.field("intent", name_of(result.intent));
    w.field("ok", result.ok).field("page_changed", result.page_changed).end_object();
    return w.take();
}

Wizard::Wizard(const PolicyCatalogue& catalogue, Date today) : catalogue_(catalogue), today_(today) { rebuild(); }

std::optional<Case> Wizard::current_case() const { return case_so_far(answers_, catalogue_, today_); }

bool Wizard::applies(PageId page) const { return page_applies(page, FlowState{answers_, catalogue_, today_}); }

std::optional<PageId> Wizard::next_page() const {
    for (std::size_t k = std::size_t(page_) + 1; k < kPageCount; ++k)
        if (applies(PageId(k))) return PageId(k);
    return std::nullopt;
}

std::optional<PageId> Wizard::previous_page() const {
    if (page_ == PageId::clear) return before_clear_;
    if (checking_ && page_ != PageId::check) return PageId::check;
    for (std::size_t k = std::size_t(page_); k-- > 0;)
        if (applies(PageId(k))) return PageId(k);
    return std::nullopt;
}

void Wizard::go_to(PageId page) {
    page_ = page;
    errors_.clear();
    if (page_ == PageId::check || page_ == PageId::documents) checking_ = false;
}

bool Wizard::validate_page() {
    errors_ = check_page(page_, answers_, catalogue_, today_);
    return errors_.empty();
}

DispatchResult Wizard::dispatch(const Action& action) {
    const PageId before = page_;
    DispatchResult result = std::visit([this](const auto& a) { return on(a); }, action);
    if (!result.ok || result.file) return result;  // refused, or a file: nothing on the page changed

    // The result, check and documents pages need a case; if the answers no longer make one, go
    // to the first page that needs an answer.
    if (needs_case(page_) && !current_case()) {
        for (const PageRow& p : Vocabulary<PageId>::rows) {
            if (!is_question_page(p.value) || !applies(p.value)) continue;
            page_ = p.value;
            if (!validate_page()) break;
        }
        result.has_errors = !errors_.empty();
    }
    result.page_changed = page_ != before;
    if (!std::holds_alternative<Import>(action)) import_error_.clear();
    rebuild();
    return result;
}

const Question* Wizard::question_for(const PageSpec& spec, const std::string& field) const {
    for (const Question& q : spec.questions) {
        if (q.field.id == field) return &q;
        if (q.field.type == FieldType::date)
            for (const std::string& part : date_part_ids(q.field.id))
                if (part == field) return &q;
    }
    return nullptr;
}

const Field* Wizard::field_to_change(const PageSpec& spec, const std::string& field, const std::string& value,
                                     DispatchResult& refused) const {
    if (!is_question_page(page_)) refused = refusal("page \"" + std::string(name_of(page_)) + "\" asks no questions");
    else if (const Question* q = question_for(spec, field); q == nullptr)
        refused = refusal("field \"" + field.substr(0, 100) + "\" is not on page \"" + std::string(name_of(page_)) + "\"");
    else if (value.size() > kMaxAnswerBytes) refused = refusal("value is too long");
    else return &q->field;
    return nullptr;
}

DispatchResult Wizard::on(const Answer& a) {
    const PageSpec spec = page_spec(page_, answers_, catalogue_);
    DispatchResult refused;
    const Field* f = field_to_change(spec, a.field, a.value, refused);
    if (f == nullptr) return refused;
    if (f->type == FieldType::checkboxes) return refusal("field \"" + f->id + "\" takes toggle, not answer");
    if (f->type == FieldType::radio && !has_option(*f, a.value))
        return refusal("\"" + a.value.substr(0, 100) + "\" is not an option of " + f->id);
    answers_[a.field] = a.value;
    return {};
}

DispatchResult Wizard::on(const Toggle& a) {
    const PageSpec spec = page_spec(page_, answers_, catalogue_);
    DispatchResult refused;
    const Field* f = field_to_change(spec, a.field, a.value, refused);
    if (f == nullptr) return refused;
    if (f->type != FieldType::checkboxes) return refusal("field \"" + f->id + "\" is not a set of checkboxes");
    if (!has_option(*f, a.value)) return refusal("\"" + a.value.substr(0, 100) + "\" is not an option of " + f->id);
    answers_[f->id] = toggled(*f, answer(answers_, f->id), a.value, a.checked);
    return {};
}

DispatchResult Wizard::on(const Continue&) {
    DispatchResult result;
    if (page_ == PageId::documents) return refusal("the documents page is the end of the flow");
    if (is_question_page(page_) && !validate_page()) {
        result.has_errors = true;
    } else if (page_ == PageId::check) {
        continue_from_check(result);
    } else {
        done_.insert(page_);
        go_to(page_after_continue());
    }
    return result;
}

// Every page must still be right: a changed answer may have made another page wrong.
void Wizard::continue_from_check(DispatchResult& result) {
    for (const PageRow& p : Vocabulary<PageId>::rows) {
        if (!is_question_page(p.value) || !applies(p.value)) continue;
        page_ = p.value;
        if (!validate_page()) {
            result.has_errors = true;
            checking_ = true;
            return;
        }
    }
    go_to(PageId::documents);
}

// The next page; after a Change link, back to the check unless the changed answer calls for a
// page not yet answered.
PageId Wizard::page_after_continue() const {
    if (!checking_) return next_page().value_or(page_);
    for (std::size_t k = std::size_t(page_) + 1; k < kPageCount; ++k)
        if (is_question_page(PageId(k)) && applies(PageId(k)) && !done_.count(PageId(k))) return PageId(k);
    return PageId::check;
}

DispatchResult Wizard::on(const Back&) {
    const auto previous = previous_page();
    if (!previous) return refusal("there is no page before \"" + std::string(name_of(page_)) + "\"");
    go_to(*previous);
    return {};
}

DispatchResult Wizard::on(const Change& a) {
    if (!is_question_page(a.page) || !(applies(a.page) || page_answered(a.page, answers_)))
        return refusal("\"" + std::string(name_of(a.page)) + "\" is not a page that can be changed");
    go_to(a.page);
    checking_ = true;
    return {};
}

// Clearing every answer is never one press: this page asks first, and keeping them goes back.
DispatchResult Wizard::on(const Clear&) {
    if (page_ == PageId::clear) return {};
    before_clear_ = page_;
    page_ = PageId::clear;
    return {};
}

DispatchResult Wizard::on(const StartAgain&) {
    answers_.clear();
    done_.clear();
    checking_ = false;
    import_error_.clear();
    go_to(PageId::start);
    return {};
}

DispatchResult Wizard::on(const Import& a) {
    DispatchResult result;
    InputError error;
    const auto c = import_case(a.text, catalogue_, today_, error);
    if (!c) {
        // Plain words first; the detail after, for whoever helps (issue 29).
        import_error_ = "Redress could not open this file. Choose the file you saved with \"Save my case file\". "
                        "If it is that file, it may have been changed or damaged. (The problem: " + error.to_string() + ")";
        result.has_errors = true;
    } else {
        load_case(*c);
    }
    return result;
}

DispatchResult Wizard::on(const Export& a) {
    const ExportAsRow& as = row_of(a.as);
    const auto c = current_case();
    if (!c) return refusal("there is no case yet: answer the questions first");
    DispatchResult result;
    result.intent = as.intent;
    std::string why;
    result.file = export_document(a.kind, as.format, *c, catalogue_, false, why);
    if (!result.file) return refusal(why);
    return result;
}

void Wizard::load_case(const Case& c) {
    answers_ = answers_from_case(c);
    done_.clear();
    for (const PageRow& p : Vocabulary<PageId>::rows)
        if (is_question_page(p.value) && applies(p.value)) done_.insert(p.value);
    checking_ = false;
    go_to(PageId::check);
}

}  // namespace redress::wizard
