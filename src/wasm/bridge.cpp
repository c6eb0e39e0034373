// The API app.js (and the browser tests) use, through embind: the wizard's view model and its
// one dispatch, drafts, display settings and DOM focus. Everything crosses as JSON text, the
// same JSON the native tests read, so there is one description of the view model.
#include <emscripten/bind.h>

#include <nlohmann/json.hpp>

#include "app.h"
#include "policy_catalogue.h"

namespace redress::app {
namespace {

// Starts the wizard on `today` (the reader's local date, YYYY-MM-DD). "" when all is well.
std::string start_wizard(const std::string& today) {
    std::string problem;
    const auto date = parse_supported_date(today, &problem);
    if (!date) return "today: " + problem;
    if (!builtin_catalogue().errors().empty()) return builtin_catalogue().errors().front().to_string();
    app().wizard_.emplace(builtin_catalogue(), *date);
    app().wake();
    return "";
}

std::string view_json() {
    if (!app().wizard_) return "null";
    return wizard::to_json(app().wizard_->view()).dump();
}

std::string dispatch_json(const std::string& action_text) {
    wizard::DispatchResult result;
    InputError error;
    const auto action = wizard::parse_action(action_text, error);
    if (!app().wizard_) {
        result.ok = false;
        result.error = "the wizard has not started";
    } else if (!action) {
        result.ok = false;
        result.error = error.to_string();
    } else {
        result = app().wizard_->dispatch(*action);
        if (result.page_changed) app().focus_id.clear();
        app().wake();
    }
    return wizard::to_json(result).dump();
}

std::string draft() { return app().wizard_ ? app().wizard_->draft() : ""; }

std::string restore(const std::string& text) {
    InputError error;
    const bool ok = app().wizard_ && app().wizard_->restore(text, error);
    app().wake();
    nlohmann::json j = {{"ok", ok}};
    if (!ok) j["error"] = app().wizard_ ? error.to_string() : "the wizard has not started";
    return j.dump();
}

void set_settings(float text_scale, bool high_contrast, bool dyslexic_font, bool remember, bool reduced_motion) {
    Settings& s = app().settings;
    s.text_scale = 1.0f;
    for (float allowed : kTextScales)
        if (text_scale == allowed) s.text_scale = allowed;
    s.high_contrast = high_contrast;
    s.dyslexic_font = dyslexic_font;
    s.remember = remember;
    s.reduced_motion = reduced_motion;
    app().reported_focus_rect = {};
    app().scroll_to_focus = true;
    app().wake();
}

// The control with DOM focus ("" for none): ImGui draws its focus ring and scrolls it into view.
void set_focus(const std::string& id) {
    App& a = app();
    if (a.focus_id == id) return;
    a.focus_id = id;
    a.scroll_to_focus = !id.empty();
    a.reported_focus_rect = {};
    a.wake();
}

}  // namespace
}  // namespace redress::app

EMSCRIPTEN_BINDINGS(redress) {
    using namespace redress::app;
    emscripten::function("startWizard", &start_wizard);
    emscripten::function("view", &view_json);
    emscripten::function("dispatch", &dispatch_json);
    emscripten::function("draft", &draft);
    emscripten::function("restore", &restore);
    emscripten::function("setSettings", &set_settings);
    emscripten::function("setFocus", &set_focus);
}
