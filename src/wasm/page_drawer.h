#pragma once
// Draws the settings bar and one page of the wizard's view model with ImGui, in a single
// column. It changes nothing itself: what the reader clicked comes back in PageOutput, and the
// app sends it through app.js's one dispatch, the same path the HTML layer uses.
#include <string>

#include "settings.h"
#include "widgets.h"
#include "wizard/view.h"

namespace redress::app {

struct PageOutput {
    std::string action;      // a wizard action (JSON) to dispatch, or ""
    std::string clicked_id;  // the control clicked: DOM focus moves to it
    std::string focus_only;  // a control to focus without an action (a text box, an error link)
    std::string setting, setting_value;  // a display setting to change: "text-size" "2", ...
};

void draw_page(WidgetContext& w, const wizard::ViewModel& view, const Settings& settings, PageOutput& out);

// The page's header: the site's name and the display settings behind one button (settings_drawer.cpp).
void draw_header(WidgetContext& w, const Settings& settings, PageOutput& out);

}  // namespace redress::app
