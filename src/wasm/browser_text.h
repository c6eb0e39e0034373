#pragma once
// Text the UI font cannot draw. ImGui lays glyphs out one by one, left to right, from a small
// Latin atlas: it cannot shape Bengali or Devanagari, join Arabic letters, run Urdu right to
// left, or hold the thousands of Chinese characters. So text the reader typed in those scripts
// is laid out and drawn by the browser (with its own fonts and shaping) in a box ImGui keeps
// free for it, and app.js places one DOM element per box over the canvas (see docs/wizard.md).
#include <imgui.h>

#include <string>
#include <string_view>
#include <vector>

#include "theme.h"

namespace redress::app {

struct BrowserText {
    std::string text;
    float x = 0, y = 0, w = 0, h = 0;  // the box, in CSS px from the canvas's top left
    float font_px = 19;                // CSS px
    bool bold = false;
    bool wrap = true;                  // false: one line, cut off at the box (a text box's value)
    Colour colour;
    bool operator==(const BrowserText&) const = default;
};

// Whether `font` has a glyph for every character of `text` (line breaks and tabs aside).
bool font_can_draw(const ImFont* font, std::string_view text);

// The height, in CSS px, the browser needs for `text` wrapped at `width` CSS px. Asked of the
// page once per text, size and width, then remembered.
float browser_text_height(const std::string& text, float font_px, bool bold, float width);

// A length in CSS pixels as a JSON number, to a hundredth of a pixel (finer than any screen).
std::string css_px(float px);

// Hands this frame's boxes to app.js when they differ from the last frame's.
void report_browser_text(const std::vector<BrowserText>& boxes);

}  // namespace redress::app
