#include "wizard_view.h"

#include <nlohmann/json.hpp>

namespace redress::wizard {
namespace {

nlohmann::json button_json(const Button& b) {
    return {{"id", b.id}, {"label", b.label}, {"style", b.style}, {"action", nlohmann::json::parse(b.action, nullptr, false)}};
}

nlohmann::json field_json(const Field& f) {
    nlohmann::json j = {{"id", f.id},       {"type", f.type},         {"label", f.label},
                        {"hint", f.hint},   {"optional", f.optional}, {"is_heading", f.is_heading},
                        {"value", f.value}, {"error", f.error},       {"error_target", f.error_target},
                        {"autocomplete", f.autocomplete}, {"max_length", f.max_length}};
    j["options"] = nlohmann::json::array();
    for (const Option& o : f.options)
        j["options"].push_back({{"value", o.value}, {"label", o.label}, {"hint", o.hint}, {"exclusive", o.exclusive}});
    j["parts"] = nlohmann::json::array();
    for (const DatePart& p : f.parts)
        j["parts"].push_back({{"id", p.id}, {"label", p.label}, {"value", p.value}, {"width", p.width}});
    return j;
}

nlohmann::json block_json(const Block& b) {
    nlohmann::json j = {{"type", b.type}, {"text", b.text}, {"items", b.items}, {"result", b.result},
                        {"cite", b.cite}, {"quote", b.quote}};
    j["rows"] = nlohmann::json::array();
    for (const Row& r : b.rows) j["rows"].push_back({{"key", r.key}, {"value", r.value}, {"change", r.change}, {"id", r.id}});
    return j;
}

}  // namespace

nlohmann::json to_json(const ViewModel& view) {
    nlohmann::json j = {{"page", view.page},       {"title", view.title}, {"caption", view.caption},
                        {"heading", view.heading}, {"hint", view.hint},   {"back", view.back},
                        {"revision", view.revision}};
    j["errors"] = nlohmann::json::array();
    for (const ErrorLink& e : view.errors) j["errors"].push_back({{"target", e.target}, {"message", e.message}});
    j["fields"] = nlohmann::json::array();
    for (const Field& f : view.fields) j["fields"].push_back(field_json(f));
    j["content"] = nlohmann::json::array();
    for (const Block& b : view.content) j["content"].push_back(block_json(b));
    j["documents"] = nlohmann::json::array();
    for (const DocumentEntry& d : view.documents) {
        nlohmann::json doc = {{"kind", d.kind}, {"title", d.title}, {"why", d.why}, {"text", d.text},
                              {"how_to_send", d.how_to_send}};
        doc["buttons"] = nlohmann::json::array();
        for (const Button& b : d.buttons) doc["buttons"].push_back(button_json(b));
        j["documents"].push_back(std::move(doc));
    }
    j["buttons"] = nlohmann::json::array();
    for (const Button& b : view.buttons) j["buttons"].push_back(button_json(b));
    return j;
}

}  // namespace redress::wizard
