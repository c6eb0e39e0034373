#include "wizard/wizard.h"

#include <algorithm>

#include "documents/case_file.h"
#include "json/input.h"
#include "json/writer.h"
#include "rules/engine.h"
#include "rules/wording.h"
#include "wizard/answers.h"
#include "wizard/summary_pages.h"

namespace redress::wizard {
namespace {

constexpr std::string_view kDraftFormat = "redress-draft";
constexpr int kDraftSchema = 1;

bool blank(const std::string& s) { return s.find_first_not_of(" \t\r\n") == std::string::npos; }

bool has_option(const Field& f, const std::string& value) {
    return std::any_of(f.options.begin(), f.options.end(), [&](const Option& o) { return o.value == value; });
}

// A plausible email address: something@something.something, no spaces. The landlord's reply is
// what really checks it; this catches the typing slips GOV.UK's pattern catches.
bool looks_like_email(const std::string& s) {
    const auto at = s.find('@');
    if (at == std::string::npos || at == 0 || s.find('@', at + 1) != std::string::npos) return false;
    const auto dot = s.find('.', at + 2);
    return dot != std::string::npos && dot + 1 < s.size() && s.find_first_of(" \t\r\n") == std::string::npos;
}

bool looks_like_phone(const std::string& s) {
    int digits = 0;
    for (char ch : s) {
        if (ch >= '0' && ch <= '9') ++digits;
        else if (std::string_view(" +()-.").find(ch) == std::string_view::npos) return false;
    }
    return digits >= 6 && digits <= 15;
}

// Which date must come on or after which: {later, earlier, message}.
struct DateOrder {
    const char* later;
    const char* earlier;
    const char* message;
};
const DateOrder kDateOrder[] = {
    {"issue.aware_date", "issue.event_date", "The date you found out must be the same as or after the date it happened"},
    {"issue.last_raised", "issue.event_date", "The date it was last raised must be the same as or after the date it happened"},
    {"process.stage1_acknowledged", "process.stage1_submitted", "The date it was acknowledged must be the same as or after the date the complaint was made"},
    {"process.stage1_response", "process.stage1_submitted", "The date of the stage 1 answer must be the same as or after the date the complaint was made"},
    {"process.stage2_requested", "process.stage1_response", "The date stage 2 was asked for must be the same as or after the stage 1 answer"},
    {"process.stage2_acknowledged", "process.stage2_requested", "The date the stage 2 request was acknowledged must be the same as or after the date it was asked for"},
    {"process.stage2_response", "process.stage2_requested", "The date of the final answer must be the same as or after the date stage 2 was asked for"},
};

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
    if (result.file) w.field("intent", result.intent);
    w.field("ok", result.ok).field("page_changed", result.page_changed).end_object();
    return w.take();
}

Wizard::Wizard(const PolicyCatalogue& catalogue, Date today) : catalogue_(catalogue), today_(today) { rebuild(); }

std::optional<Case> Wizard::current_case() const {
    if (answer(answers_, "landlord").empty() || date_answer(answers_, "issue.event_date").empty()) return std::nullopt;
    InputError error;
    return parse_case(case_json_from_answers(answers_, today_), catalogue_, today_, error);
}

std::string Wizard::next_page() const {
    const auto& order = page_order();
    auto it = std::find(order.begin(), order.end(), page_);
    if (it == order.end()) return "start";
    for (++it; it != order.end(); ++it)
        if (page_applies(*it, answers_)) return *it;
    return page_;
}

std::string Wizard::previous_page() const {
    if (checking_ && page_ != "check") return "check";
    const auto& order = page_order();
    auto it = std::find(order.begin(), order.end(), page_);
    while (it != order.begin()) {
        --it;
        if (page_applies(*it, answers_)) return *it;
    }
    return "";
}

void Wizard::go_to(const std::string& page) {
    page_ = page;
    errors_.clear();
    if (page_ == "check" || page_ == "documents") checking_ = false;
}

bool Wizard::validate_page() {
    errors_.clear();
    if (!is_question_page(page_)) return true;
    const PageSpec spec = page_spec(page_, answers_, catalogue_);
    std::map<std::string, Date> dates;  // the dates on this page that read, for the order checks
    for (const Question& q : spec.questions) {
        const Field& f = q.field;
        const std::string value = answer(answers_, f.id);
        std::string message, target = f.id;
        if (f.type == "date") {
            message = check_date(answers_, f.id, q.date_name, f.optional, target);
            if (message.empty()) {
                if (const auto d = parse_iso_date(date_answer(answers_, f.id))) {
                    if (*d > today_) {
                        message = wording::capitalised(q.date_name) + " must be today or in the past";
                        target = date_part_ids(f.id)[0];
                    } else {
                        dates[f.id] = *d;
                    }
                }
            }
        } else if (f.type == "radio") {
            if (!has_option(f, value)) message = q.missing;
            if (!f.options.empty()) target = f.id + "." + f.options.front().value;  // GOV.UK: the first radio
        } else if (f.type == "checkboxes") {
            if (value.empty() && !f.optional) message = q.missing;
            if (!value.empty()) target = f.id + "." + split_list(value).front();
            else if (!f.options.empty()) target = f.id + "." + f.options.front().value;
        } else {
            if (blank(value) && !f.optional) message = q.missing;
            else if (utf8_length(value) > std::size_t(f.max_length))
                message = wording::capitalised(f.label) + " must be " + std::to_string(f.max_length) + " characters or fewer";
            else if (f.type == "email" && !blank(value) && !looks_like_email(value))
                message = "Enter an email address in the correct format, like name@example.com";
            else if (f.type == "tel" && !blank(value) && !looks_like_phone(value))
                message = "Enter a phone number, like 01632 960 001 or +44 7700 900 982";
        }
        if (!message.empty()) errors_[f.id] = {target, message};
    }
    // Dates answered on earlier pages count too: the date found out is checked against the date it happened.
    for (const DateOrder& o : kDateOrder) {
        if (!dates.count(o.later) || errors_.count(o.later)) continue;
        auto earlier = dates.count(o.earlier) ? std::optional<Date>(dates[o.earlier])
                                              : parse_iso_date(date_answer(answers_, o.earlier));
        if (earlier && dates[o.later] < *earlier) errors_[o.later] = {date_part_ids(o.later)[0], o.message};
    }
    if (!errors_.empty()) return false;

    // Whatever the pages let through, the case parser has the last word (the same checks as the CLI).
    if (!answer(answers_, "landlord").empty() && !date_answer(answers_, "issue.event_date").empty()) {
        InputError error;
        if (!parse_case(case_json_from_answers(answers_, today_), catalogue_, today_, error)) {
            for (const Question& q : spec.questions)
                if (error.field == q.field.id) errors_[q.field.id] = {q.field.type == "date" ? date_part_ids(q.field.id)[0] : q.field.id, error.message};
        }
    }
    return errors_.empty();
}

DispatchResult Wizard::dispatch(const Action& action) {
    DispatchResult result;
    const std::string before = page_;
    const auto refuse = [&result](std::string why) {
        result.ok = false;
        result.error = std::move(why);
        return result;
    };

    if (action.type == "answer" || action.type == "toggle") {
        if (!is_question_page(page_)) return refuse("page \"" + page_ + "\" asks no questions");
        const PageSpec spec = page_spec(page_, answers_, catalogue_);
        const Question* question = nullptr;
        for (const Question& q : spec.questions) {
            const auto parts = q.field.type == "date" ? date_part_ids(q.field.id) : std::vector<std::string>{};
            if (q.field.id == action.field || std::find(parts.begin(), parts.end(), action.field) != parts.end())
                question = &q;
        }
        if (question == nullptr) return refuse("field \"" + action.field.substr(0, 100) + "\" is not on page \"" + page_ + "\"");
        const Field& f = question->field;
        if (action.value.size() > kMaxAnswerBytes) return refuse("value is too long");
        if (action.type == "toggle") {
            if (f.type != "checkboxes") return refuse("field \"" + f.id + "\" is not a set of checkboxes");
            if (!has_option(f, action.value)) return refuse("\"" + action.value.substr(0, 100) + "\" is not an option of " + f.id);
            auto ticked = split_list(answer(answers_, f.id));
            ticked.erase(std::remove(ticked.begin(), ticked.end(), action.value), ticked.end());
            const auto exclusive = [&f](const std::string& v) {
                for (const Option& o : f.options)
                    if (o.value == v) return o.exclusive;
                return false;
            };
            if (action.checked) {
                // "None of these" and the others exclude each other, as GOV.UK's checkboxes do.
                const bool none = exclusive(action.value);
                ticked.erase(std::remove_if(ticked.begin(), ticked.end(), [&](const std::string& v) { return none || exclusive(v); }),
                             ticked.end());
                ticked.push_back(action.value);
            }
            // Keep the options' own order, so the answer reads the same however it was ticked.
            std::vector<std::string> ordered;
            for (const Option& o : f.options)
                if (std::find(ticked.begin(), ticked.end(), o.value) != ticked.end()) ordered.push_back(o.value);
            answers_[f.id] = join_list(ordered);
        } else {
            if (f.type == "checkboxes") return refuse("field \"" + f.id + "\" takes toggle, not answer");
            if (f.type == "radio" && !has_option(f, action.value))
                return refuse("\"" + action.value.substr(0, 100) + "\" is not an option of " + f.id);
            answers_[action.field] = action.value;
        }
    } else if (action.type == "continue") {
        if (page_ == "documents") return refuse("the documents page is the end of the flow");
        if (is_question_page(page_) && !validate_page()) {
            result.has_errors = true;
        } else if (page_ == "check") {
            // Every page must still be right: a changed answer may have made another page wrong.
            const std::string here = page_;
            for (const std::string& p : page_order()) {
                if (!is_question_page(p) || !page_applies(p, answers_)) continue;
                page_ = p;
                if (!validate_page()) {
                    result.has_errors = true;
                    checking_ = true;
                    break;
                }
            }
            if (!result.has_errors) go_to("documents");
        } else {
            done_.insert(page_);
            std::string next = next_page();
            if (checking_) {
                // A changed answer may call for a page not yet answered; otherwise back to the check.
                next = "check";
                const auto& order = page_order();
                for (auto it = std::find(order.begin(), order.end(), page_) + 1; it != order.end(); ++it)
                    if (is_question_page(*it) && page_applies(*it, answers_) && !done_.count(*it)) {
                        next = *it;
                        break;
                    }
            }
            go_to(next);
        }
    } else if (action.type == "back") {
        const std::string previous = previous_page();
        if (previous.empty()) return refuse("there is no page before \"" + page_ + "\"");
        go_to(previous);
    } else if (action.type == "change") {
        if (!is_page(action.page) || !is_question_page(action.page) || !page_applies(action.page, answers_))
            return refuse("\"" + action.page.substr(0, 100) + "\" is not a page that can be changed");
        go_to(action.page);
        checking_ = true;
    } else if (action.type == "start-again") {
        answers_.clear();
        done_.clear();
        checking_ = false;
        import_error_.clear();
        go_to("start");
    } else if (action.type == "import") {
        InputError error;
        const auto c = import_case(action.text, catalogue_, today_, error);
        if (!c) {
            import_error_ = "The file could not be used: " + error.to_string();
            result.has_errors = true;
        } else {
            load_case(*c);
        }
    } else if (action.type == "export") {
        const auto kind = parse_kind(action.kind);
        if (!kind) return refuse("kind \"" + action.kind.substr(0, 100) + "\" is not a kind of document");
        std::string format_name = action.format;
        result.intent = "download";
        if (format_name == "copy") format_name = "text", result.intent = "copy";
        else if (format_name == "print") format_name = "html", result.intent = "print";
        else if (format_name == "mailto") result.intent = "open";
        const auto format = parse_format(format_name);
        if (!format) return refuse("format \"" + action.format.substr(0, 100) + "\" is not a format");
        const auto c = current_case();
        if (!c) return refuse("there is no case yet: answer the questions first");
        std::string why;
        result.file = export_document(*kind, *format, *c, catalogue_, false, why);
        if (!result.file) return refuse(why);
        return result;  // nothing on the page changed
    } else {
        return refuse("unknown action \"" + action.type.substr(0, 40) + "\"");
    }

    // The result, check and documents pages need a case; if the answers no longer make one, go
    // to the first page that needs an answer.
    if ((page_ == "result" || page_ == "check" || page_ == "documents") && !current_case()) {
        for (const std::string& p : page_order()) {
            if (!is_question_page(p) || !page_applies(p, answers_)) continue;
            page_ = p;
            if (!validate_page()) break;
        }
        result.has_errors = !errors_.empty();
    }
    result.page_changed = page_ != before;
    if (action.type != "import") import_error_.clear();
    rebuild();
    return result;
}

void Wizard::load_case(const Case& c) {
    answers_ = answers_from_case(c);
    done_.clear();
    for (const std::string& p : page_order())
        if (is_question_page(p) && page_applies(p, answers_)) done_.insert(p);
    checking_ = false;
    go_to("check");
}

std::string Wizard::draft() const {
    JsonWriter w;
    w.begin_object().key("answers").begin_object();
    for (const auto& [key, value] : answers_) w.field(key, value);  // a std::map: in key order
    w.end_object().field("checking", checking_).key("done").begin_array();
    for (const std::string& p : done_) w.value(p);
    w.end_array().field("format", kDraftFormat).field("page", page_).field("schema", kDraftSchema).end_object();
    return w.take();
}

bool Wizard::restore(std::string_view draft_json, InputError& error) {
    error = {};
    JsonTree tree;
    if (!parse_json(draft_json, tree, error)) return false;
    FieldReader r(tree.root(), "", &error);
    if (!tree.root().is_object()) r.fail("", "a draft must be a JSON object");
    if (r.ok() && r.string("format", true, 40) != kDraftFormat) r.fail("format", "is not \"redress-draft\"");
    if (r.ok() && r.integer("schema", 1, 1000, true) != kDraftSchema)
        r.fail("schema", "this version of Redress reads drafts of schema " + std::to_string(kDraftSchema));
    const std::string page = r.string("page", true, 100);
    const bool checking = r.boolean("checking");
    if (r.ok() && !is_page(page)) r.fail("page", "\"" + page.substr(0, 40) + "\" is not a page");
    Answers answers;
    std::set<std::string> done;
    if (const auto node = r.object("answers", true)) {
        for (const JsonValue value : node.children()) {
            const std::string key(value.key());
            if (!is_answer_key(key)) r.fail("answers." + key.substr(0, 60), "is not a question Redress asks");
            else if (!value.is_string()) r.fail("answers." + key, "must be a string");
            else if (value.text().size() > kMaxAnswerBytes) r.fail("answers." + key, "is too long");
            if (!r.ok()) break;
            answers[key] = value.text();
        }
    }
    if (const auto node = r.array("done")) {
        for (const JsonValue p : node.children()) {
            if (!p.is_string() || !is_page(std::string(p.text()))) {
                r.fail("done", "lists something that is not a page");
                break;
            }
            done.insert(std::string(p.text()));
        }
    }
    if (!r.ok()) return false;

    answers_ = std::move(answers);
    done_ = std::move(done);
    checking_ = checking;
    import_error_.clear();
    go_to(page_applies(page, answers_) ? page : "start");
    checking_ = checking && is_question_page(page_);
    // A draft saved on the result or later pages must still make a case (the date may have moved on).
    if ((page_ == "result" || page_ == "check" || page_ == "documents") && !current_case()) go_to("start");
    rebuild();
    return true;
}

void Wizard::rebuild() {
    const int revision = view_.revision + 1;
    view_ = ViewModel{};
    view_.revision = revision;
    view_.page = page_;
    view_.back = !previous_page().empty() && page_ != "start";

    if (page_ == "start") {
        view_.heading = "Check your housing complaint";
        view_.content = {
            {"paragraph", "Use this to find out whether your landlord should accept your complaint, the dates that "
                          "matter, and who can act for you. It then writes the letter for you to send.", {}, {}, "", "", ""},
            {"paragraph", "It is for tenants of social housing in England, and for anyone helping them: family, "
                          "advocates, advice agencies, councillors and MPs.", {}, {}, "", "", ""},
            {"paragraph", "It takes about 10 minutes. Nothing you type leaves this device.", {}, {}, "", "", ""},
        };
        view_.buttons.push_back({"Start now", "primary", simple_action("continue")});
        view_.buttons.push_back({"Carry on from a saved case file", "file", simple_action("import")});
        if (!import_error_.empty()) view_.errors.push_back({"import", import_error_});
    } else if (is_question_page(page_)) {
        const PageSpec spec = page_spec(page_, answers_, catalogue_);
        view_.caption = spec.caption;
        view_.heading = spec.heading;
        view_.hint = spec.hint;
        for (const Question& q : spec.questions) {
            Field f = q.field;
            f.value = answer(answers_, f.id);
            if (f.type == "date") {
                const auto ids = date_part_ids(f.id);
                f.parts = {{ids[0], "Day", answer(answers_, ids[0]), 2},
                           {ids[1], "Month", answer(answers_, ids[1]), 2},
                           {ids[2], "Year", answer(answers_, ids[2]), 4}};
            }
            if (const auto e = errors_.find(f.id); e != errors_.end()) {
                f.error = e->second.message;
                f.error_target = e->second.target;
                view_.errors.push_back({e->second.target, e->second.message});
            }
            view_.fields.push_back(std::move(f));
        }
        view_.buttons.push_back({"Continue", "primary", simple_action("continue")});
    } else if (const auto c = current_case()) {
        const Verdict v = evaluate(*c, catalogue_);
        if (page_ == "result") {
            view_.caption = "Your result";
            result_content(*c, v, catalogue_, view_);
            view_.buttons.push_back({"Continue to the letter", "primary", simple_action("continue")});
        } else if (page_ == "check") {
            view_.heading = "Check your answers before writing the documents";
            check_content(answers_, catalogue_, view_);
            view_.buttons.push_back({"Write my documents", "primary", simple_action("continue")});
        } else {
            view_.heading = "Your documents";
            view_.hint = "Read each one before you send it. You can change any answer and the documents will change with it.";
            documents_content(*c, v, catalogue_, view_);
        }
    }
    if (page_ != "start" || !answers_.empty())
        view_.buttons.push_back({"Clear my answers and start again", "warning", simple_action("start-again")});
    view_.title = (view_.errors.empty() ? "" : "Error: ") + view_.heading + " - Redress";

    // Ids every host uses for the same control, so focus can follow from one host to the other.
    int change = 0;
    for (Block& b : view_.content)
        for (Row& r : b.rows)
            if (!r.change.empty()) r.id = "change-" + std::to_string(change++);
    for (DocumentEntry& d : view_.documents)
        for (std::size_t k = 0; k < d.buttons.size(); ++k) d.buttons[k].id = "doc-" + d.kind + "-" + std::to_string(k);
    for (std::size_t k = 0; k < view_.buttons.size(); ++k) view_.buttons[k].id = "button-" + std::to_string(k);
}

}  // namespace redress::wizard
