// The API app.js (and the browser tests) use: the wizard's view model and its one dispatch,
// drafts, display settings and DOM focus. Everything crosses as JSON text, the same JSON the
// native tests read, so there is one description of the view model. Plain C exports rather than
// embind: strings go in as UTF-8 (app.js copies them in and frees them) and come back as UTF-8
// that stays valid until the next call, which saves embind's runtime in every first load.
#include <emscripten/emscripten.h>

#include <cfloat>

#include "app.h"
#include "json/writer.h"
#include "rules/policy_catalogue.h"

namespace redress::app {
namespace {

// Starts the wizard on `today` (the reader's local date, YYYY-MM-DD). "" when all is well.
std::string start_wizard(const std::string& today) {
    std::string problem;
    const auto date = parse_supported_date(today, &problem);
    if (!date) return "today: " + problem;
    // The policies compiled in, loaded once and kept as long as the page: verdicts point into them.
    static const PolicyCatalogue catalogue(policies::embedded_files());
    if (!catalogue.errors().empty()) return catalogue.errors().front().to_string();
    app().wizard_.emplace(catalogue, *date);
    app().wake();
    return "";
}

std::string current_view_json() {
    if (!app().wizard_) return "null";
    return wizard::view_json(app().wizard_->view());
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
        if (result.page_changed) {  // a new page opens at its top; app.js then focuses its heading
            app().focus_id.clear();
            app().page_top = true;
        }
        app().wake();
    }
    return wizard::result_json(result);
}

std::string draft() { return app().wizard_ ? app().wizard_->draft() : ""; }

std::string restore(const std::string& text) {
    InputError error;
    const bool ok = app().wizard_ && app().wizard_->restore(text, error);
    app().wake();
    JsonWriter w;
    w.begin_object();
    if (!ok) w.field("error", app().wizard_ ? error.to_string() : std::string("the wizard has not started"));
    w.field("ok", ok).end_object();
    return w.take();
}

void set_settings(float text_scale, bool high_contrast, bool dyslexic_font, bool remember, bool reduced_motion,
                  bool panel_open) {
    Settings& s = app().settings;
    s.text_scale = 1.0f;
    for (float allowed : kTextScales)
        if (text_scale == allowed) s.text_scale = allowed;
    s.high_contrast = high_contrast;
    s.dyslexic_font = dyslexic_font;
    s.remember = remember;
    s.reduced_motion = reduced_motion;
    s.panel_open = panel_open;
    app().scroll_to_focus = true;
    app().wake();
}

// The control with DOM focus ("" for none): ImGui draws its focus ring and scrolls it into view.
void set_focus(const std::string& id) {
    App& a = app();
    if (a.focus_id == id) return;
    a.focus_id = id;
    a.scroll_to_focus = !id.empty();
    a.focus_scrolls = 0;
    a.wake();
}

}  // namespace
}  // namespace redress::app

namespace {

// The text a call returns: valid until the next call returns text.
const char* give(std::string text) {
    static std::string held;
    held = std::move(text);
    return held.c_str();
}

std::string take(const char* text) { return text ? std::string(text) : std::string(); }

}  // namespace

extern "C" {

EMSCRIPTEN_KEEPALIVE const char* redress_start_wizard(const char* today) {
    return give(redress::app::start_wizard(take(today)));
}
EMSCRIPTEN_KEEPALIVE const char* redress_view() { return give(redress::app::current_view_json()); }
EMSCRIPTEN_KEEPALIVE const char* redress_dispatch(const char* action) {
    return give(redress::app::dispatch_json(take(action)));
}
EMSCRIPTEN_KEEPALIVE const char* redress_draft() { return give(redress::app::draft()); }
EMSCRIPTEN_KEEPALIVE const char* redress_restore(const char* draft) { return give(redress::app::restore(take(draft))); }
EMSCRIPTEN_KEEPALIVE void redress_set_settings(float text_scale, int high_contrast, int dyslexic_font, int remember,
                                               int reduced_motion, int panel_open) {
    redress::app::set_settings(text_scale, high_contrast != 0, dyslexic_font != 0, remember != 0, reduced_motion != 0,
                               panel_open != 0);
}
EMSCRIPTEN_KEEPALIVE void redress_set_focus(const char* id) { redress::app::set_focus(take(id)); }

// For the tests: every text the next frame wraps, with its lines (a JSON array, "" until that
// frame is drawn), and how wide a text is in one line, in CSS px (font 0 body, 1 bold, 2 heading).
EMSCRIPTEN_KEEPALIVE void redress_record_wraps() {
    redress::app::app().wrap_log.clear();
    redress::app::app().record_wraps = true;
    redress::app::app().wake();
}
EMSCRIPTEN_KEEPALIVE const char* redress_wrap_log() { return redress::app::app().wrap_log.c_str(); }
EMSCRIPTEN_KEEPALIVE double redress_text_width(const char* text, int font) {
    const redress::app::App& a = redress::app::app();
    const redress::app::FontSet& f = a.fonts.current();
    const ImFont* chosen = font == 2 ? f.heading : font == 1 ? f.strong : f.body;
    if (!chosen || !text) return 0;
    return chosen->CalcTextSizeA(chosen->FontSize, FLT_MAX, 0, text).x / a.device_pixel_ratio;
}

}  // extern "C"
