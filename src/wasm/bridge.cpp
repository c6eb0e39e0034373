// The API app.js (and the browser tests) use: the wizard's view model and its one dispatch,
// drafts, display settings and DOM focus. Everything crosses as JSON text, the same JSON the
// native tests read, so there is one description of the view model. Plain C exports rather than
// embind: strings go in as UTF-8 (app.js copies them in and frees them) and come back as UTF-8
// that stays valid until the next call, which saves embind's runtime in every first load.
#include <emscripten/emscripten.h>

#include <cfloat>
#include <cstdlib>

#include "app.h"
#include "json/writer.h"
#include "rules/catalogue_file.h"
#include "rules/policy_catalogue.h"

namespace redress::app {
namespace {

// The policies and the law. Not compiled in: app.js fetches the catalogue file after the first
// frame, whose page needs none of it, and hands it over before the reader's first action
// (rules/catalogue_file.h). Until then the wizard runs on an empty catalogue and takes no action.
// Loaded once and kept as long as the page: verdicts point into it.
struct Catalogue {
    std::string text;          // the catalogue file, which the loaded files point into
    PolicyCatalogue policies;  // empty until it has loaded
};

Catalogue& catalogue() {
    static Catalogue c;
    return c;
}

Date wizard_day;  // the wizard's `today`, to start it again on the loaded catalogue

// Starts the wizard on `today` (the reader's local date, YYYY-MM-DD). "" when all is well.
std::string start_wizard(const std::string& today) {
    std::string problem;
    const auto date = parse_supported_date(today, &problem);
    if (!date) return "today: " + problem;
    wizard_day = *date;
    app().wizard_.emplace(catalogue().policies, *date);
    app().wake();
    return "";
}

// Loads the catalogue file and starts the wizard again on it, at its first page, where the reader
// still is: nothing is dispatched before this. "" when all is well, or the first problem.
std::string load_catalogue(std::string text) {
    Catalogue& c = catalogue();
    if (!c.policies.empty()) return "";
    if (!app().wizard_) return "the wizard has not started";
    c.text = std::move(text);
    InputError error;
    const auto files = read_catalogue_file(c.text, error);
    if (!files) return error.to_string();
    c.policies = PolicyCatalogue(files->policies, files->law);
    if (!c.policies.errors().empty()) {
        const std::string problem = c.policies.errors().front().to_string();
        c.policies = PolicyCatalogue();
        return problem;
    }
    app().wizard_.emplace(c.policies, wizard_day);
    app().wake();
    return "";
}

// Why the wizard cannot take an action now, or "".
std::string not_ready() {
    if (!app().wizard_) return "the wizard has not started";
    if (catalogue().policies.empty()) return "the policies and the law have not loaded yet";
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
    if (const std::string problem = not_ready(); !problem.empty()) {
        result.ok = false;
        result.error = problem;
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
    const std::string problem = not_ready();
    const bool ok = problem.empty() && app().wizard_->restore(text, error);
    app().wake();
    JsonWriter w;
    w.begin_object();
    if (!ok) w.field("error", problem.empty() ? error.to_string() : problem);
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
// The catalogue file's bytes, from _malloc, taken over (and freed) here.
EMSCRIPTEN_KEEPALIVE const char* redress_load_catalogue(char* data, int size) {
    std::string text(data, std::size_t(size > 0 ? size : 0));
    free(data);  // allocated by app.js with _malloc
    return give(redress::app::load_catalogue(std::move(text)));
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
