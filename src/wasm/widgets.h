#pragma once
// GOV.UK-style controls drawn with Dear ImGui: buttons, links, radios, checkboxes and text boxes
// that wrap their labels, meet the minimum target size, and draw the focus ring of the control
// that has DOM focus (the HTML layer owns the keyboard; see docs/wizard.md).
#include <imgui.h>

#include <string>
#include <vector>

#include "browser_text.h"
#include "fonts.h"
#include "theme.h"
#include "wizard/view.h"

namespace redress::app {

struct Rect {
    float x = 0, y = 0, w = 0, h = 0;
    bool operator==(const Rect&) const = default;
};

// What every widget needs to know: colours, fonts, sizes, and which control has focus.
struct WidgetContext {
    const Theme* theme = nullptr;
    FontSet fonts;
    float unit = 1.0f;         // device pixels per CSS pixel at this text size (dpr * text scale)
    float dpr = 1.0f;          // device pixels per CSS pixel
    float min_target = 24.0f;  // the smallest control, in device pixels
    std::string focus_id;      // the control with DOM focus, or ""
    bool scroll_to_focus = false;
    float scroll_by = 0.0f;    // device pixels to scroll the page down by this frame (a finger's drag)
    Rect focus_rect;           // where the focused control was drawn (device pixels)
    bool focus_drawn = false;
    bool flowing = false;      // inside begin_row/end_row: widgets sit side by side and wrap
    bool flow_first = true;
    std::vector<BrowserText> browser_text;  // text in scripts the atlas lacks, for app.js to draw
};

ImU32 colour(Colour c, float alpha = 1.0f);

// Text that wraps at `width` device pixels (0: the content width), in `font` and colour `c`.
// Text the font cannot draw is left to the browser (browser_text.h).
void wrapped_text(WidgetContext& w, ImFont* font, Colour c, const std::string& text, float width = 0.0f);

// The widgets return true when clicked (or tapped).
bool button(WidgetContext& w, const std::string& id, const std::string& label, wizard::ButtonStyle style);
bool link(WidgetContext& w, const std::string& id, const std::string& label);
bool radio(WidgetContext& w, const std::string& id, const std::string& label, const std::string& hint, bool selected);
bool checkbox(WidgetContext& w, const std::string& id, const std::string& label, const std::string& hint, bool ticked);
// A text box showing `value` (the DOM input placed over it takes the typing). `chars` sizes a
// short box (a day, a year); 0 fills the width. `lines` > 1 for a text area.
bool text_box(WidgetContext& w, const std::string& id, const std::string& value, int chars, int lines, bool error);
// A toggle in the settings bar: a small button that shows whether it is chosen.
bool setting(WidgetContext& w, const std::string& id, const std::string& label, bool chosen);

// Between these, widgets sit side by side and wrap onto a new line when the next does not fit
// (the settings bar, the row of buttons): at large text sizes the row becomes a column.
void begin_row(WidgetContext& w);
void end_row(WidgetContext& w);

}  // namespace redress::app
