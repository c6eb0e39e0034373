#include "wizard/view.h"

#include "json/writer.h"

namespace redress::wizard {
namespace {

// Keys are written in sorted order, as they were when the view model was an nlohmann document.

void write_button(JsonWriter& w, const Button& b) {
    w.begin_object().key("action").raw(b.action);
    w.field("id", b.id).field("label", b.label).field("style", name_of(b.style)).end_object();
}

void write_field(JsonWriter& w, const Field& f) {
    w.begin_object().field("autocomplete", f.autocomplete).field("error", f.error).field("error_target", f.error_target);
    w.field("hint", f.hint).field("id", f.id).field("is_heading", f.is_heading).field("label", f.label);
    w.field("max_length", f.max_length).field("optional", f.optional);
    w.key("options").begin_array();
    for (const Option& o : f.options)
        w.begin_object().field("exclusive", o.exclusive).field("hint", o.hint).field("label", o.label).field("value", o.value).end_object();
    w.end_array();
    w.key("parts").begin_array();
    for (const DatePart& p : f.parts)
        w.begin_object().field("id", p.id).field("label", p.label).field("value", p.value).field("width", p.width).end_object();
    w.end_array();
    w.field("type", name_of(f.type)).field("value", f.value).end_object();
}

void write_block(JsonWriter& w, const Block& b) {
    w.begin_object().field("cite", b.cite).key("items").string_list(b.items).field("label", b.label);
    w.field("quote", b.quote).field("result", b.result ? name_of(*b.result) : std::string_view());
    w.key("rows").begin_array();
    for (const Row& r : b.rows)
        w.begin_object().field("change", r.change).field("id", r.id).field("key", r.key).field("value", r.value).end_object();
    w.end_array();
    w.field("text", b.text).field("type", name_of(b.type)).end_object();
}

void write_document(JsonWriter& w, const DocumentEntry& d) {
    w.begin_object().key("buttons").begin_array();
    for (const Button& b : d.buttons) write_button(w, b);
    w.end_array();
    w.key("how_to_send").string_list(d.how_to_send);
    w.field("kind", d.kind).field("text", d.text).field("title", d.title).field("why", d.why).end_object();
}

}  // namespace

std::string view_json(const ViewModel& view) {
    JsonWriter w;
    w.begin_object().field("back", view.back);
    w.key("buttons").begin_array();
    for (const Button& b : view.buttons) write_button(w, b);
    w.end_array();
    w.field("caption", view.caption);
    w.key("content").begin_array();
    for (const Block& b : view.content) write_block(w, b);
    w.end_array();
    w.key("documents").begin_array();
    for (const DocumentEntry& d : view.documents) write_document(w, d);
    w.end_array();
    w.key("errors").begin_array();
    for (const ErrorLink& e : view.errors) w.begin_object().field("message", e.message).field("target", e.target).end_object();
    w.end_array();
    w.key("fields").begin_array();
    for (const Field& f : view.fields) write_field(w, f);
    w.end_array();
    w.field("heading", view.heading).field("hint", view.hint).field("page", view.page).field("revision", view.revision);
    w.field("title", view.title);
    const Words& words = view.words;
    w.key("words").begin_object().field("back", words.back).field("before_you_send", words.before_you_send);
    w.field("change", words.change);
    w.field("choice_divider", words.choice_divider).field("error_prefix", words.error_prefix);
    w.field("error_summary", words.error_summary).field("source_prefix", words.source_prefix).end_object();
    w.end_object();
    return w.take();
}

}  // namespace redress::wizard
