#pragma once
// Word wrapping as a reader expects it. Lines break at spaces (and after a hyphen inside a
// word); a word is broken only when it alone is wider than the whole line, and then with a
// visible hyphen. ImGui 1.86's own wrapping cut a word wherever the line ran out when the word
// started a line ("someo" / "ne" at 300 percent on a phone), so every piece of text the app
// draws is wrapped here, measured and drawn with the same lines.
#include <imgui.h>

#include <string_view>
#include <vector>

#include "theme.h"

namespace redress::app {

struct TextLine {
    std::string_view text;
    float width = 0;      // device pixels, the hyphen included
    bool hyphen = false;  // a word too long for a line was broken here: draw a hyphen after it
};

struct WrappedText {
    std::vector<TextLine> lines;
    ImVec2 size;  // the widest line, and the lines' height
};

// `text` in `font` (at its own size) in lines no wider than `width` device pixels. Each '\n'
// starts a new line. The lines point into `text`, which must outlive them.
WrappedText wrap_text(const ImFont* font, std::string_view text, float width);

// Draws wrapped lines with their top left at `pos`.
void draw_lines(ImDrawList* dl, const ImFont* font, ImVec2 pos, ImU32 colour, const WrappedText& wrapped);

}  // namespace redress::app
