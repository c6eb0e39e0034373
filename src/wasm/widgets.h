#pragma once
// GOV.UK-style controls drawn with Dear ImGui: buttons, links, radios, checkboxes and text boxes
// that wrap their labels, meet the minimum target size, and draw the focus ring of the control
// that has DOM focus (the HTML layer owns the keyboard; see docs/wizard.md).
#include <imgui.h>

#include <string>
#include <string_view>
#include <vector>

#include "browser_text.h"
#include "fonts.h"
#include "theme.h"
#include "wizard/view.h"

namespace redress {
class JsonWriter;
}

namespace redress::app {

struct Rect {
    float x = 0, y = 0, w = 0, h = 0;
    bool operator==(const Rect&) const = default;
};

// What a twin draws with, for a piece of text: the font its words were wrapped in.
enum class TwinFont : signed char { none = -1, body, strong, heading };

// Where one thing with an HTML twin was drawn this frame (device pixels), by the twin's id
// (docs/wizard.md): reported to the page, which lays the twin over it. The ids are kept end to
// end in one string (WidgetContext::twin_ids), `id` being this one's place in it.
struct Twin {
    unsigned id, id_size;
    Rect rect;
    TwinFont font = TwinFont::none;
};

// Hands the frame's twins to the page (window.redress.onLayout), in CSS px, when they differ from
// the last frame's: {"id": [x, y, w, h, font], ...}, font -1 for a control (twins.cpp).
void report_layout(const std::vector<Twin>& twins, std::string_view ids, float dpr);

// What every widget needs to know: colours, fonts, sizes, and which control has focus.
struct WidgetContext {
    const Theme* theme = nullptr;
    FontSet fonts;
    float unit = 1.0f;         // device pixels per CSS pixel at this text size (dpr * text scale)
    float dpr = 1.0f;          // device pixels per CSS pixel
    float pad_unit = 1.0f;     // the same for padding inside controls: it grows with the text to 150 percent only,
                               // so at 300 percent on a phone the words keep the room
    float min_target = 24.0f;  // the smallest control, in device pixels
    std::string focus_id;      // the control with DOM focus, or ""
    bool scroll_to_focus = false;  // bring the focused thing into view
    bool page_top = false;     // a new page: it opens at its top (then the focused thing is brought into view)
    float scroll_by = 0.0f;    // device pixels to scroll the page down by this frame (a finger, the wheel, a key)
    float scroll_target = -1;  // where the page must scroll to show the focused thing, or -1
    Rect focus_rect;           // where the focused control was drawn (device pixels)
    bool focus_drawn = false;
    bool flowing = false;      // inside begin_row/end_row: widgets sit side by side and wrap
    bool flow_first = true;
    std::vector<Twin> twins;   // everything drawn that has an HTML twin, in drawing order
    std::string twin_ids;      // their ids, end to end
    std::vector<BrowserText> browser_text;  // text in scripts the atlas lacks, for app.js to draw
    float row_width = 0;       // a flowing row's full width, which its labels wrap at
    JsonWriter* wrap_log = nullptr;  // for the tests: every text wrapped this frame and its lines
};

ImU32 colour(Colour c, float alpha = 1.0f);

// A twin's id in up to three pieces ("block-3", "-text"), joined only where it is recorded, so
// the drawing code builds no strings of its own for the ids.
struct TwinId {
    std::string_view a, b{}, c{};
};

// Records that the thing with HTML twin `id` lies between `min` and `max`; if it has focus,
// remembers where and brings it into view when asked to.
void twin(WidgetContext& w, TwinId id, ImVec2 min, ImVec2 max, TwinFont font = TwinFont::none);

// GOV.UK's focus indicator, drawn around `min`..`max`: a dark band, a yellow one, a dark one.
// Whatever it sits on, one of its two colours stands out (theme.h, focus_surfaces).
void focus_ring(const WidgetContext& w, ImVec2 min, ImVec2 max);

// Text that wraps at `width` device pixels (0: the content width), in `font` and colour `c`;
// `id` names its HTML twin. Text the font cannot draw is left to the browser (browser_text.h).
void wrapped_text(WidgetContext& w, ImFont* font, Colour c, const std::string& text, TwinId id = {}, float width = 0.0f);

// The widgets return true when clicked (or tapped). A control's `id` is its twin's.
bool button(WidgetContext& w, const std::string& id, const std::string& label, wizard::ButtonStyle style);
bool link(WidgetContext& w, const std::string& id, const std::string& label);
bool radio(WidgetContext& w, const std::string& id, const std::string& label, const std::string& hint, bool selected);
bool checkbox(WidgetContext& w, const std::string& id, const std::string& label, const std::string& hint, bool ticked);
// A text box showing `value` (the DOM input placed over it takes the typing). `chars` sizes a
// short box (a day, a year); 0 fills the width. `lines` > 1 for a text area.
bool text_box(WidgetContext& w, const std::string& id, const std::string& value, int chars, int lines, bool error);
// The width a text box for `chars` characters takes (0: the whole line).
float text_box_width(const WidgetContext& w, int chars);
// A toggle in the settings bar: a small button that shows whether it is chosen. setting_width
// is how wide it will be, so a group of them can be kept together.
bool setting(WidgetContext& w, const std::string& id, const std::string& label, bool chosen);
float setting_width(const WidgetContext& w, const std::string& label, bool chosen);
// A button that opens and closes a part of the page (a disclosure), with a triangle showing which.
bool disclosure(WidgetContext& w, const std::string& id, const std::string& label, bool open);

// Vertical space of `css_px` CSS pixels, growing with the text as padding does.
inline void space(const WidgetContext& w, float css_px) { ImGui::Dummy(ImVec2(1, css_px * w.pad_unit)); }

// A box around `body`, drawn behind it once its height is known: filled with `fill` (unless
// null) and edged with `edge` at `edge_width` CSS px (unless 0), its content indented by `pad`.
// `id` names its twin (the error summary, a letter's preview), which may take focus.
template <typename Body>
void panel(WidgetContext& w, const std::string& id, const Colour* fill, Colour edge, float edge_width, float pad, Body body) {
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->ChannelsSplit(2);
    dl->ChannelsSetCurrent(1);
    const ImVec2 start = ImGui::GetCursorScreenPos();
    const float width = ImGui::GetContentRegionAvail().x;
    if (pad > 0) ImGui::Indent(pad * w.pad_unit);
    body();
    if (pad > 0) ImGui::Unindent(pad * w.pad_unit);
    const ImVec2 end(start.x + width, ImGui::GetCursorScreenPos().y);
    dl->ChannelsSetCurrent(0);
    if (fill != nullptr) dl->AddRectFilled(start, end, colour(*fill));
    if (edge_width > 0) dl->AddRect(start, end, colour(edge), 0, 0, edge_width * w.unit);
    dl->ChannelsMerge();
    if (id.empty()) return;
    twin(w, {id}, start, end);
    if (id == w.focus_id) focus_ring(w, start, end);
}

// Between these, widgets sit side by side and wrap onto a new line when the next does not fit
// (the settings bar, the row of buttons): at large text sizes the row becomes a column.
void begin_row(WidgetContext& w);
void end_row(WidgetContext& w);

}  // namespace redress::app
