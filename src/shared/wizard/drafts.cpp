// The wizard's drafts: the answers and the page as JSON, kept in the browser's storage so a
// reload loses nothing, and read back whole or not at all (format "redress-draft", schema 1).
#include "json/input.h"
#include "json/writer.h"
#include "wizard/answers.h"
#include "wizard/wizard.h"

namespace redress::wizard {
namespace {

constexpr std::string_view kDraftFormat = "redress-draft";
constexpr int kDraftSchema = 1;

}  // namespace

std::string Wizard::draft() const {
    JsonWriter w;
    w.begin_object().key("answers").begin_object();
    for (const auto& [key, value] : answers_) w.field(key, value);  // a std::map: in key order
    w.end_object().field("checking", checking_).key("done").begin_array();
    std::set<std::string_view> done;  // by name, in the order drafts have always listed them
    for (const PageId p : done_) done.insert(name_of(p));
    for (const std::string_view p : done) w.value(p);
    w.end_array().field("format", kDraftFormat).field("page", name_of(page_)).field("schema", kDraftSchema).end_object();
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
    const std::string page_name = r.string("page", true, 100);
    const bool checking = r.boolean("checking");
    const auto page = parse_name<PageId>(page_name);
    if (r.ok() && !page) r.fail("page", "\"" + page_name.substr(0, 40) + "\" is not a page");
    Answers answers;
    std::set<PageId> done;
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
            const auto id = p.is_string() ? parse_name<PageId>(p.text()) : std::nullopt;
            if (!id) {
                r.fail("done", "lists something that is not a page");
                break;
            }
            done.insert(*id);
        }
    }
    if (!r.ok()) return false;

    answers_ = std::move(answers);
    done_ = std::move(done);
    checking_ = checking;
    import_error_.clear();
    go_to(applies(*page) ? *page : PageId::start);
    checking_ = checking && is_question_page(page_);
    // A draft saved on the result or later pages must still make a case (the date may have moved on).
    if (!is_question_page(page_) && page_ != PageId::start && !current_case()) go_to(PageId::start);
    rebuild();
    return true;
}

}  // namespace redress::wizard
