#include "wizard/actions.h"

#include "documents/case_file.h"
#include "json/input.h"
#include "json/writer.h"

namespace redress::wizard {
namespace {

// Each action's "type", in the order of the Action variant's alternatives.
constexpr std::string_view kActionTypes[] = {"answer", "toggle", "continue", "back",  "change",
                                             "clear",  "start-again", "import", "export"};
static_assert(std::size(kActionTypes) == std::variant_size_v<Action>, "one type name per kind of action");

template <typename A>
constexpr std::string_view type_of() {
    return kActionTypes[Action(A{}).index()];
}

// Writes the action's members; keys sorted, "type" among them.
struct Writer {
    JsonWriter& w;
    void operator()(const Answer& a) const {
        w.field("field", a.field).field("type", type_of<Answer>()).field("value", a.value);
    }
    void operator()(const Toggle& a) const {
        w.field("checked", a.checked).field("field", a.field).field("type", type_of<Toggle>()).field("value", a.value);
    }
    void operator()(const Change& a) const { w.field("page", name_of(a.page)).field("type", type_of<Change>()); }
    void operator()(const Import& a) const {
        if (!a.text.empty()) w.field("text", a.text);
        w.field("type", type_of<Import>());
    }
    void operator()(const Export& a) const {
        w.field("format", name_of(a.as)).field("kind", name_of(a.kind)).field("type", type_of<Export>());
    }
    template <typename Plain>
    void operator()(const Plain&) const {
        w.field("type", type_of<Plain>());
    }
};

// Reads an action's members; `r` names each field in its errors. Actions that are only their
// type read nothing more.
template <typename A>
A read(FieldReader&) {
    return A{};
}
Answer read_answer(FieldReader& r, std::string_view type) {
    Answer a{r.string("field", false, 200), r.string("value", false, kMaxAnswerBytes)};
    if (r.ok() && a.field.empty()) r.fail("field", "is required for " + std::string(type));
    return a;
}
template <>
Answer read<Answer>(FieldReader& r) {
    return read_answer(r, type_of<Answer>());
}
template <>
Toggle read<Toggle>(FieldReader& r) {
    Answer a = read_answer(r, type_of<Toggle>());
    return Toggle{std::move(a.field), std::move(a.value), r.boolean("checked")};
}
template <>
Change read<Change>(FieldReader& r) {
    return Change{r.pick<PageId>("page", PageId::start, true)};
}
template <>
Import read<Import>(FieldReader& r) {
    return Import{r.string("text", false, kMaxCaseFileBytes)};
}
template <>
Export read<Export>(FieldReader& r) {
    const DocumentKind kind = r.pick<DocumentKind>("kind", DocumentKind::stage1, true);
    return Export{kind, r.pick<ExportAs>("format", ExportAs::text, true)};
}

// The action of the variant's alternative `index`, read with read<>.
template <std::size_t... I>
Action read_action(FieldReader& r, std::size_t index, std::index_sequence<I...>) {
    Action out;
    ((I == index ? void(out = read<std::variant_alternative_t<I, Action>>(r)) : void()), ...);
    return out;
}

}  // namespace

std::string action_json(const Action& action) {
    JsonWriter w;
    w.begin_object();
    std::visit(Writer{w}, action);
    w.end_object();
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
    const std::string type = r.choice("type", {std::begin(kActionTypes), std::end(kActionTypes)}, "", true);
    if (!r.ok()) return std::nullopt;
    std::size_t index = 0;
    while (kActionTypes[index] != type) ++index;
    Action action = read_action(r, index, std::make_index_sequence<std::variant_size_v<Action>>());
    if (!r.ok()) return std::nullopt;
    return action;
}

}  // namespace redress::wizard
