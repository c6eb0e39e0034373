#include "wizard/actions.h"

#include "documents/case_file.h"
#include "json/input.h"
#include "json/writer.h"

namespace redress::wizard {
namespace {


}  // namespace

// Actions are written with their keys sorted, as all of Redress's JSON is.
std::string answer_action(const std::string& field, const std::string& value) {
    JsonWriter w;
    w.begin_object().field("field", field).field("type", "answer").field("value", value).end_object();
    return w.take();
}

std::string toggle_action(const std::string& field, const std::string& value, bool checked) {
    JsonWriter w;
    w.begin_object().field("checked", checked).field("field", field).field("type", "toggle").field("value", value).end_object();
    return w.take();
}

std::string change_action(const std::string& page) {
    JsonWriter w;
    w.begin_object().field("page", page).field("type", "change").end_object();
    return w.take();
}

std::string simple_action(const std::string& type) {
    JsonWriter w;
    w.begin_object().field("type", type).end_object();
    return w.take();
}

std::string export_action(const std::string& kind, const std::string& format) {
    JsonWriter w;
    w.begin_object().field("format", format).field("kind", kind).field("type", "export").end_object();
    return w.take();
}

std::optional<Action> parse_action(std::string_view json_text, InputError& error) {
    error = {};
    JsonTree tree;
    if (!parse_json(json_text, tree, error, kMaxCaseFileBytes + 4096)) return std::nullopt;
    if (!tree.root().is_object()) {
        error = {"", "an action must be a JSON object"};
        return std::nullopt;
    }
    FieldReader r(tree.root(), "", &error);
    Action a;
    a.type = r.choice("type", {"answer", "toggle", "continue", "back", "change", "start-again", "import", "export"}, "",
                      true);
    a.field = r.string("field", false, 200);
    a.value = r.string("value", false, kMaxAnswerBytes);
    a.page = r.string("page", false, 100);
    a.text = r.string("text", false, kMaxCaseFileBytes);
    a.kind = r.string("kind", false, 100);
    a.format = r.string("format", false, 100);
    a.checked = r.boolean("checked");
    if (!r.ok()) return std::nullopt;
    if ((a.type == "answer" || a.type == "toggle") && a.field.empty()) r.fail("field", "is required for " + a.type);
    if (a.type == "change" && a.page.empty()) r.fail("page", "is required for change");
    if (a.type == "export" && (a.kind.empty() || a.format.empty())) r.fail(a.kind.empty() ? "kind" : "format", "is required for export");
    if (!r.ok()) return std::nullopt;
    return a;
}

}  // namespace redress::wizard
