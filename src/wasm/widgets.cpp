#include "widgets.h"

#include <algorithm>
#include <cfloat>

namespace redress::app {
namespace {

float font_size(ImFont* font) { return font ? font->FontSize : ImGui::GetFontSize(); }

ImVec2 text_size(ImFont* font, const std::string& text, float wrap_width) {
    return font->CalcTextSizeA(font_size(font), FLT_MAX, wrap_width, text.c_str(), text.c_str() + text.size());
}

void draw_text(ImDrawList* dl, ImFont* font, ImVec2 pos, Colour c, const std::string& text, float wrap_width) {
    dl->AddText(font, font_size(font), pos, colour(c), text.c_str(), text.c_str() + text.size(), wrap_width);
}

// In a flowing row (the settings bar, a row of buttons), starts a new line when `width` does not fit.
void place(WidgetContext& w, float width) {
    if (!w.flowing) return;
    if (!w.flow_first) {
        ImGui::SameLine();
        if (ImGui::GetCursorPosX() + width > ImGui::GetWindowContentRegionMax().x) ImGui::NewLine();
    }
    w.flow_first = false;
}

// Registers the control's hit area; draws the focus ring if it has DOM focus.
bool hit(WidgetContext& w, const std::string& id, ImVec2 size) {
    const bool clicked = ImGui::InvisibleButton(id.c_str(), size);
    if (id == w.focus_id) {
        const ImVec2 min = ImGui::GetItemRectMin(), max = ImGui::GetItemRectMax();
        w.focus_rect = {min.x, min.y, max.x - min.x, max.y - min.y};
        w.focus_drawn = true;
        if (w.scroll_to_focus && !ImGui::IsItemVisible()) ImGui::SetScrollHereY(0.3f);
    }
    return clicked;
}

bool focused(const WidgetContext& w, const std::string& id) { return id == w.focus_id; }

// GOV.UK's focus indicator: a thick yellow ring with a dark edge inside it.
void focus_ring(const WidgetContext& w, ImVec2 min, ImVec2 max) {
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float t = 3.0f * w.unit;
    dl->AddRect(ImVec2(min.x - t, min.y - t), ImVec2(max.x + t, max.y + t), colour(w.theme->focus), 0, 0, 2 * t);
    dl->AddRect(min, max, colour(w.theme->focus_text), 0, 0, t * 0.7f);
}

float wrap_width() { return std::max(1.0f, ImGui::GetContentRegionAvail().x); }

// A box of text for the browser to draw at `pos` (device pixels), `size` wide and high.
BrowserText browser_box(const WidgetContext& w, ImFont* font, Colour c, const std::string& text, ImVec2 pos,
                        ImVec2 size, bool wrap) {
    BrowserText box;
    box.text = text;
    box.x = pos.x / w.dpr;
    box.y = pos.y / w.dpr;
    box.w = size.x / w.dpr;
    box.h = size.y / w.dpr;
    box.font_px = font_size(font) / kImGuiPixelsPerEm / w.dpr;
    box.bold = font != w.fonts.body;
    box.wrap = wrap;
    box.colour = c;
    return box;
}

}  // namespace

ImU32 colour(Colour c, float alpha) { return IM_COL32(c.r, c.g, c.b, int(alpha * 255)); }

void wrapped_text(WidgetContext& w, ImFont* font, Colour c, const std::string& text, float width) {
    if (!font_can_draw(font, text)) {
        const float wrap = width > 0 ? width : wrap_width();
        const ImVec2 pos = ImGui::GetCursorScreenPos();
        BrowserText box = browser_box(w, font, c, text, pos, ImVec2(wrap, 0), true);
        box.h = browser_text_height(text, box.font_px, box.bold, box.w);
        ImGui::Dummy(ImVec2(wrap, box.h * w.dpr));
        w.browser_text.push_back(std::move(box));
        return;
    }
    ImGui::PushFont(font);
    ImGui::PushStyleColor(ImGuiCol_Text, colour(c));
    ImGui::PushTextWrapPos(width > 0 ? ImGui::GetCursorPosX() + width : 0.0f);
    ImGui::TextUnformatted(text.c_str(), text.c_str() + text.size());
    ImGui::PopTextWrapPos();
    ImGui::PopStyleColor();
    ImGui::PopFont();
}

bool button(WidgetContext& w, const std::string& id, const std::string& label, wizard::ButtonStyle style) {
    ImFont* font = w.fonts.body;
    const ImVec2 pad(16 * w.unit, 10 * w.unit);
    // The label wraps where it is too wide for a line of its own, and is drawn wrapped at the
    // same width it was measured at (placing the item moves the cursor, and with it the width).
    const float wrap = std::max(1.0f, wrap_width() - 2 * pad.x);
    const ImVec2 label_size = text_size(font, label, wrap);
    const ImVec2 size(label_size.x + 2 * pad.x, std::max(w.min_target, label_size.y + 2 * pad.y));
    place(w, size.x);
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    const bool clicked = hit(w, id, size);
    const Theme& t = *w.theme;
    Colour bg = t.secondary, fg = t.secondary_text_on;
    if (style == wizard::ButtonStyle::primary) bg = t.primary, fg = t.primary_text;
    else if (style == wizard::ButtonStyle::warning) bg = t.warning, fg = t.warning_text;
    if (focused(w, id)) bg = t.focus, fg = t.focus_text;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 max(pos.x + size.x, pos.y + size.y);
    dl->AddRectFilled(pos, max, colour(bg));
    // GOV.UK buttons have a dark bar underneath; it also marks the edge in high contrast.
    dl->AddRectFilled(ImVec2(pos.x, max.y - 2 * w.unit), max, colour(focused(w, id) ? t.focus_text : t.text));
    if (ImGui::IsItemHovered()) dl->AddRect(pos, max, colour(t.text), 0, 0, w.unit);
    draw_text(dl, font, ImVec2(pos.x + pad.x, pos.y + (size.y - label_size.y) * 0.5f), fg, label, wrap);
    return clicked;
}

bool link(WidgetContext& w, const std::string& id, const std::string& label) {
    ImFont* font = w.fonts.body;
    const float wrap = wrap_width();  // measured and drawn at the same width, as in button()
    const ImVec2 label_size = text_size(font, label, wrap);
    const ImVec2 size(label_size.x, std::max(w.min_target, label_size.y));
    place(w, size.x);
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    const bool clicked = hit(w, id, size);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const Theme& t = *w.theme;
    const bool f = focused(w, id);
    const float y = pos.y + (size.y - label_size.y) * 0.5f;
    if (f) dl->AddRectFilled(ImVec2(pos.x, y), ImVec2(pos.x + label_size.x, y + label_size.y), colour(t.focus));
    draw_text(dl, font, ImVec2(pos.x, y), f ? t.focus_text : t.link, label, wrap);
    const float thickness = (f || ImGui::IsItemHovered() ? 3.0f : 1.0f) * w.unit;
    dl->AddRectFilled(ImVec2(pos.x, y + label_size.y - thickness), ImVec2(pos.x + label_size.x, y + label_size.y),
                      colour(f ? t.focus_text : t.link));
    return clicked;
}

namespace {

// A radio or a checkbox: the mark, then the label and hint beside it; the whole row is the target.
bool choice_row(WidgetContext& w, const std::string& id, const std::string& label, const std::string& hint, bool on,
                bool round) {
    ImFont* font = w.fonts.body;
    const float mark = std::max(w.min_target, 32.0f * w.unit);
    const float gap = 12 * w.unit;
    const float text_width = std::max(1.0f, wrap_width() - mark - gap);
    const ImVec2 label_size = text_size(font, label, text_width);
    const ImVec2 hint_size = hint.empty() ? ImVec2(0, 0) : text_size(font, hint, text_width);
    const float height = std::max(mark, label_size.y + hint_size.y);
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    const bool clicked = hit(w, id, ImVec2(mark + gap + std::max(label_size.x, hint_size.x), height));
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const Theme& t = *w.theme;
    const ImVec2 m0(pos.x, pos.y), m1(pos.x + mark, pos.y + mark);
    const float line = 2 * w.unit;
    if (round) {
        const ImVec2 centre((m0.x + m1.x) * 0.5f, (m0.y + m1.y) * 0.5f);
        dl->AddCircle(centre, mark * 0.5f - line, colour(t.text), 32, line);
        if (on) dl->AddCircleFilled(centre, mark * 0.25f, colour(t.text), 32);
        if (focused(w, id)) dl->AddCircle(centre, mark * 0.5f + 2 * w.unit, colour(t.focus), 32, 4 * w.unit);
    } else {
        dl->AddRect(m0, m1, colour(t.text), 0, 0, line);
        if (on) {
            const ImVec2 a(m0.x + mark * 0.22f, m0.y + mark * 0.52f), b(m0.x + mark * 0.42f, m0.y + mark * 0.72f),
                c(m0.x + mark * 0.80f, m0.y + mark * 0.30f);
            dl->AddLine(a, b, colour(t.text), 4 * w.unit);
            dl->AddLine(b, c, colour(t.text), 4 * w.unit);
        }
        if (focused(w, id)) focus_ring(w, m0, m1);
    }
    const float text_x = pos.x + mark + gap;
    const float text_y = pos.y + std::max(0.0f, (mark - label_size.y - hint_size.y) * 0.5f);
    draw_text(dl, font, ImVec2(text_x, text_y), t.text, label, text_width);
    if (!hint.empty()) draw_text(dl, font, ImVec2(text_x, text_y + label_size.y), t.secondary_text, hint, text_width);
    return clicked;
}

}  // namespace

bool radio(WidgetContext& w, const std::string& id, const std::string& label, const std::string& hint, bool selected) {
    return choice_row(w, id, label, hint, selected, true);
}

bool checkbox(WidgetContext& w, const std::string& id, const std::string& label, const std::string& hint, bool ticked) {
    return choice_row(w, id, label, hint, ticked, false);
}

bool text_box(WidgetContext& w, const std::string& id, const std::string& value, int chars, int lines, bool error) {
    ImFont* font = w.fonts.body;
    const float pad = 8 * w.unit;
    const float char_width = text_size(font, "0", FLT_MAX).x * 1.3f;
    const float width = chars > 0 ? std::min(wrap_width(), float(chars) * char_width + 2 * pad + 8 * w.unit) : wrap_width();
    const float height = std::max(w.min_target, float(lines) * font_size(font) + 2 * pad);
    place(w, width);
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    const bool clicked = hit(w, id, ImVec2(width, height));
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const Theme& t = *w.theme;
    const ImVec2 max(pos.x + width, pos.y + height);
    dl->AddRectFilled(pos, max, colour(t.background));
    dl->AddRect(pos, max, colour(error ? t.error : t.border), 0, 0, (error ? 4.0f : 2.0f) * w.unit);
    if (focused(w, id)) {  // while focused, the real input lies on top and shows the text
        focus_ring(w, pos, max);
    } else if (!font_can_draw(font, value)) {
        w.browser_text.push_back(browser_box(w, font, t.text, value, ImVec2(pos.x + pad, pos.y + pad * 0.5f),
                                             ImVec2(width - 2 * pad, height - pad), lines > 1));
    } else {
        const ImVec4 clip(pos.x + pad, pos.y + pad * 0.5f, max.x - pad, max.y - pad * 0.5f);
        dl->AddText(font, font_size(font), ImVec2(pos.x + pad, pos.y + pad), colour(t.text), value.c_str(),
                    value.c_str() + value.size(), lines > 1 ? width - 2 * pad : 0.0f, &clip);
    }
    return clicked;
}

bool setting(WidgetContext& w, const std::string& id, const std::string& label, bool chosen) {
    ImFont* font = w.fonts.body;
    const ImVec2 pad(10 * w.unit, 6 * w.unit);
    // The chosen one shows a tick as well as its colour (never colour alone), drawn as lines:
    // the UI font has no check mark glyph.
    const float line = font_size(font);
    const float tick = chosen ? line * 0.8f : 0.0f;
    // Wrapped only when too wide for a line of its own ("Dyslexia-friendly" at 300 percent on a
    // phone), and drawn at the width it was measured at.
    const float wrap = std::max(1.0f, wrap_width() - 2 * pad.x - tick);
    const ImVec2 label_size = text_size(font, label, wrap);
    const ImVec2 size(label_size.x + tick + 2 * pad.x, std::max(w.min_target, label_size.y + 2 * pad.y));
    place(w, size.x);
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    const bool clicked = hit(w, id, size);
    const Theme& t = *w.theme;
    Colour bg = chosen ? t.selected : t.background, fg = chosen ? t.selected_text : t.text;
    if (focused(w, id)) bg = t.focus, fg = t.focus_text;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 max(pos.x + size.x, pos.y + size.y);
    dl->AddRectFilled(pos, max, colour(bg));
    dl->AddRect(pos, max, colour(t.border), 0, 0, w.unit);
    const float y = pos.y + (size.y - label_size.y) * 0.5f;
    if (chosen) {
        const float h = line;  // beside the first line
        const ImVec2 a(pos.x + pad.x, y + h * 0.55f), b(pos.x + pad.x + tick * 0.3f, y + h * 0.75f),
            c(pos.x + pad.x + tick * 0.75f, y + h * 0.3f);
        dl->AddLine(a, b, colour(fg), 2.5f * w.unit);
        dl->AddLine(b, c, colour(fg), 2.5f * w.unit);
    }
    draw_text(dl, font, ImVec2(pos.x + pad.x + tick, y), fg, label, wrap);
    return clicked;
}

void begin_row(WidgetContext& w) {
    w.flowing = true;
    w.flow_first = true;
}

void end_row(WidgetContext& w) { w.flowing = false; }

}  // namespace redress::app
