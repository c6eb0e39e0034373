#include "widgets.h"

#include <algorithm>
#include <cfloat>
#include <cmath>

#include "json/writer.h"
#include "text_wrap.h"

namespace redress::app {
namespace {

float font_size(const ImFont* font) { return font ? font->FontSize : ImGui::GetFontSize(); }

float wrap_width() { return std::max(1.0f, ImGui::GetContentRegionAvail().x); }

// `text` wrapped at `width`; the tests' log (window.redress.wrapLog) gets it too.
WrappedText wrap(WidgetContext& w, const ImFont* font, std::string_view text, float width) {
    WrappedText wrapped = wrap_text(font, text, width);
    if (w.wrap_log) {
        JsonWriter& log = *w.wrap_log;
        log.begin_object().field("font", font == w.fonts.heading ? 2 : font == w.fonts.strong ? 1 : 0);
        log.key("lines").begin_array();
        for (const TextLine& line : wrapped.lines) log.begin_array().value(line.text).value(line.hyphen).end_array();
        log.end_array().field("text", text).field("width", int(width / w.dpr)).end_object();
    }
    return wrapped;
}

// In a flowing row (the settings, a row of buttons), starts a new line when `width` does not fit.
void place(WidgetContext& w, float width) {
    if (!w.flowing) return;
    if (!w.flow_first) {
        ImGui::SameLine();
        if (ImGui::GetCursorPosX() + width > ImGui::GetWindowContentRegionMax().x) ImGui::NewLine();
    }
    w.flow_first = false;
}

// The width a label wraps at: a flowing row's own width (the label may start a line of its own),
// else what is left of the line.
float label_width(const WidgetContext& w, float padding) {
    return std::max(1.0f, (w.flowing ? w.row_width : wrap_width()) - padding);
}

// Registers the control's hit area and its twin.
bool hit(WidgetContext& w, const std::string& id, ImVec2 size) {
    const bool clicked = ImGui::InvisibleButton(id.c_str(), size);
    twin(w, {id}, ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
    return clicked;
}

bool focused(const WidgetContext& w, const std::string& id) { return id == w.focus_id; }

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

TwinFont twin_font(const WidgetContext& w, const ImFont* font) {
    return font == w.fonts.heading ? TwinFont::heading : font == w.fonts.strong ? TwinFont::strong : TwinFont::body;
}

// Brings `min`..`max` (the focused thing) into view, with room for its focus ring: the least
// scrolling that shows all of it, or its top when it is taller than the screen. On a new page
// the page starts from its top.
void bring_into_view(WidgetContext& w, float top, float bottom) {
    const float origin = ImGui::GetWindowPos().y - ImGui::GetScrollY();  // where the page's top is drawn
    const float margin = 12 * w.dpr;
    top = top - origin - margin;
    bottom = bottom - origin + margin;
    const float view = ImGui::GetWindowHeight();
    const float from = w.page_top ? 0.0f : ImGui::GetScrollY();
    float target = from;
    if (top < from || bottom - top > view) target = top;
    else if (bottom > from + view) target = bottom - view;
    target = std::max(0.0f, target);
    // Else it is in view where the page is now (but a new page is about to go back to its top).
    if (w.page_top || std::fabs(target - ImGui::GetScrollY()) >= 1) w.scroll_target = target;
}

}  // namespace

ImU32 colour(Colour c, float alpha) { return IM_COL32(c.r, c.g, c.b, int(alpha * 255)); }

void twin(WidgetContext& w, TwinId id, ImVec2 min, ImVec2 max, TwinFont font) {
    const auto start = unsigned(w.twin_ids.size());
    w.twin_ids.append(id.a).append(id.b).append(id.c);
    const auto size = unsigned(w.twin_ids.size()) - start;
    w.twins.push_back({start, size, {min.x, min.y, max.x - min.x, max.y - min.y}, font});
    if (std::string_view(w.twin_ids).substr(start) != w.focus_id) return;
    w.focus_rect = w.twins.back().rect;
    w.focus_drawn = true;
    if (w.scroll_to_focus) bring_into_view(w, min.y, max.y);
}

void focus_ring(const WidgetContext& w, ImVec2 min, ImVec2 max) {
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float dark = 2 * w.dpr, light = 3 * w.dpr;
    const auto band = [&](float from, float width, Colour c) {
        const float mid = from + width * 0.5f;
        dl->AddRect(ImVec2(min.x - mid, min.y - mid), ImVec2(max.x + mid, max.y + mid), colour(c), 0, 0, width);
    };
    band(0, dark, w.theme->focus_text);
    band(dark, light, w.theme->focus);
    band(dark + light, dark, w.theme->focus_text);
}

void wrapped_text(WidgetContext& w, ImFont* font, Colour c, const std::string& text, TwinId id, float width) {
    const float wrap_at = width > 0 ? width : wrap_width();
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    float height = 0;
    if (!font_can_draw(font, text)) {
        BrowserText box = browser_box(w, font, c, text, pos, ImVec2(wrap_at, 0), true);
        box.h = browser_text_height(box.text, box.font_px, box.bold, box.w);
        height = box.h * w.dpr;
        w.browser_text.push_back(std::move(box));
    } else {
        const WrappedText lines = wrap(w, font, text, wrap_at);
        draw_lines(ImGui::GetWindowDrawList(), font, pos, colour(c), lines);
        height = lines.size.y;
    }
    ImGui::Dummy(ImVec2(wrap_at, height));
    if (!id.a.empty()) twin(w, id, pos, ImVec2(pos.x + wrap_at, pos.y + height), twin_font(w, font));
}

bool button(WidgetContext& w, const std::string& id, const std::string& label, wizard::ButtonStyle style) {
    ImFont* font = w.fonts.body;
    const ImVec2 pad(16 * w.pad_unit, 10 * w.pad_unit);
    const WrappedText text = wrap(w, font, label, label_width(w, 2 * pad.x));
    const ImVec2 size(text.size.x + 2 * pad.x, std::max(w.min_target, text.size.y + 2 * pad.y));
    place(w, size.x);
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    const bool clicked = hit(w, id, size);
    const Theme& t = *w.theme;
    Colour bg = t.secondary, fg = t.secondary_text_on;
    if (style == wizard::ButtonStyle::primary) bg = t.primary, fg = t.primary_text;
    else if (style == wizard::ButtonStyle::warning) bg = t.warning, fg = t.warning_text;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 max(pos.x + size.x, pos.y + size.y);
    dl->AddRectFilled(pos, max, colour(bg));
    // GOV.UK buttons have a dark bar underneath; it also marks the edge in high contrast.
    dl->AddRectFilled(ImVec2(pos.x, max.y - 2 * w.unit), max, colour(t.text));
    if (ImGui::IsItemHovered()) dl->AddRect(pos, max, colour(t.text), 0, 0, w.unit);
    // Focus is a ring around the button, never a new fill: a fill could match another button's.
    if (focused(w, id)) focus_ring(w, pos, max);
    draw_lines(dl, font, ImVec2(pos.x + pad.x, pos.y + (size.y - text.size.y) * 0.5f), colour(fg), text);
    return clicked;
}

bool link(WidgetContext& w, const std::string& id, const std::string& label) {
    ImFont* font = w.fonts.body;
    const WrappedText text = wrap(w, font, label, label_width(w, 0));
    const ImVec2 size(text.size.x, std::max(w.min_target, text.size.y));
    place(w, size.x);
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    const bool clicked = hit(w, id, size);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const Theme& t = *w.theme;
    const bool f = focused(w, id);
    const Colour ink = f ? t.focus_text : t.link;
    // GOV.UK's focused link: a yellow highlight, dark text and a thick dark underline, line by line.
    ImVec2 line_pos(pos.x, pos.y + (size.y - text.size.y) * 0.5f);
    const float thickness = (f || ImGui::IsItemHovered() ? 3.0f : 1.0f) * w.dpr;
    for (const TextLine& line : text.lines) {
        const ImVec2 end(line_pos.x + line.width, line_pos.y + font->FontSize);
        if (f) dl->AddRectFilled(line_pos, end, colour(t.focus));
        dl->AddRectFilled(ImVec2(line_pos.x, end.y - thickness), end, colour(ink));
        line_pos.y = end.y;
    }
    draw_lines(dl, font, ImVec2(pos.x, pos.y + (size.y - text.size.y) * 0.5f), colour(ink), text);
    return clicked;
}

namespace {

// A radio or a checkbox: the mark, then the label and hint beside it; the whole row is the target.
// The mark grows with the text, but on a narrow screen not past a sixth of the line, so the
// label keeps room for its words.
bool choice_row(WidgetContext& w, const std::string& id, const std::string& label, const std::string& hint, bool on,
                bool round) {
    ImFont* font = w.fonts.body;
    const float mark = std::max(w.min_target, std::min(32.0f * w.unit, wrap_width() / 6));
    const float gap = std::min(12 * w.unit, mark * 0.4f);
    const float text_width = std::max(1.0f, wrap_width() - mark - gap);
    const WrappedText label_text = wrap(w, font, label, text_width);
    const WrappedText hint_text = hint.empty() ? WrappedText{} : wrap(w, font, hint, text_width);
    const float hint_height = hint.empty() ? 0.0f : hint_text.size.y;
    const float height = std::max(mark, label_text.size.y + hint_height);
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    const bool clicked = hit(w, id, ImVec2(mark + gap + text_width, height));
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const Theme& t = *w.theme;
    const ImVec2 m0(pos.x, pos.y), m1(pos.x + mark, pos.y + mark);
    const float line = 2 * w.unit;
    if (round) {
        const ImVec2 centre((m0.x + m1.x) * 0.5f, (m0.y + m1.y) * 0.5f);
        dl->AddCircle(centre, mark * 0.5f - line, colour(t.text), 32, line);
        if (on) dl->AddCircleFilled(centre, mark * 0.25f, colour(t.text), 32);
    } else {
        dl->AddRect(m0, m1, colour(t.text), 0, 0, line);
        if (on) {
            const ImVec2 a(m0.x + mark * 0.22f, m0.y + mark * 0.52f), b(m0.x + mark * 0.42f, m0.y + mark * 0.72f),
                c(m0.x + mark * 0.80f, m0.y + mark * 0.30f);
            dl->AddLine(a, b, colour(t.text), 4 * w.unit);
            dl->AddLine(b, c, colour(t.text), 4 * w.unit);
        }
    }
    if (focused(w, id)) focus_ring(w, m0, m1);
    const ImVec2 text_pos(pos.x + mark + gap, pos.y + std::max(0.0f, (mark - label_text.size.y - hint_height) * 0.5f));
    draw_lines(dl, font, text_pos, colour(t.text), label_text);
    twin(w, {id, "-label"}, text_pos, ImVec2(text_pos.x + text_width, text_pos.y + label_text.size.y), TwinFont::body);
    if (!hint.empty()) {
        const ImVec2 hint_pos(text_pos.x, text_pos.y + label_text.size.y);
        draw_lines(dl, font, hint_pos, colour(t.secondary_text), hint_text);
        twin(w, {id, "-hint"}, hint_pos, ImVec2(hint_pos.x + text_width, hint_pos.y + hint_height), TwinFont::body);
    }
    return clicked;
}

}  // namespace

bool radio(WidgetContext& w, const std::string& id, const std::string& label, const std::string& hint, bool selected) {
    return choice_row(w, id, label, hint, selected, true);
}

bool checkbox(WidgetContext& w, const std::string& id, const std::string& label, const std::string& hint, bool ticked) {
    return choice_row(w, id, label, hint, ticked, false);
}

float text_box_width(const WidgetContext& w, int chars) {
    if (chars <= 0) return wrap_width();
    const float char_width = w.fonts.body->GetCharAdvance('0') * 1.3f;
    return std::min(label_width(w, 0), float(chars) * char_width + 24 * w.unit);
}

bool text_box(WidgetContext& w, const std::string& id, const std::string& value, int chars, int lines, bool error) {
    ImFont* font = w.fonts.body;
    const float pad = 8 * w.unit;
    const float width = text_box_width(w, chars);
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

namespace {

// A setting's padding, and its tick's width when chosen (the tick shows it as well as colour).
ImVec2 setting_pad(const WidgetContext& w) { return ImVec2(10 * w.pad_unit, 6 * w.pad_unit); }
float setting_tick(const WidgetContext& w, bool chosen) { return chosen ? font_size(w.fonts.body) * 0.8f : 0.0f; }

// Draws a tick (as lines: the UI font has no check mark) with its left at `x`, beside a line at `y`.
void tick(const WidgetContext& w, float x, float y, float size, Colour c) {
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float h = font_size(w.fonts.body);
    const ImVec2 a(x, y + h * 0.55f), b(x + size * 0.3f, y + h * 0.75f), e(x + size * 0.75f, y + h * 0.3f);
    dl->AddLine(a, b, colour(c), 2.5f * w.unit);
    dl->AddLine(b, e, colour(c), 2.5f * w.unit);
}

}  // namespace

float setting_width(const WidgetContext& w, const std::string& label, bool chosen) {
    const ImVec2 pad = setting_pad(w);
    const float tick_width = setting_tick(w, chosen);
    return wrap_text(w.fonts.body, label, label_width(w, 2 * pad.x + tick_width)).size.x + tick_width + 2 * pad.x;
}

bool setting(WidgetContext& w, const std::string& id, const std::string& label, bool chosen) {
    ImFont* font = w.fonts.body;
    const ImVec2 pad = setting_pad(w);
    const float tick_width = setting_tick(w, chosen);
    const WrappedText text = wrap(w, font, label, label_width(w, 2 * pad.x + tick_width));
    const ImVec2 size(text.size.x + tick_width + 2 * pad.x, std::max(w.min_target, text.size.y + 2 * pad.y));
    place(w, size.x);
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    const bool clicked = hit(w, id, size);
    const Theme& t = *w.theme;
    const Colour bg = chosen ? t.selected : t.background, fg = chosen ? t.selected_text : t.text;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 max(pos.x + size.x, pos.y + size.y);
    dl->AddRectFilled(pos, max, colour(bg));
    // The chosen one has a thicker edge and a tick as well as its colour (never colour alone).
    dl->AddRect(pos, max, colour(t.border), 0, 0, (chosen ? 3.0f : 1.0f) * w.dpr);
    if (focused(w, id)) focus_ring(w, pos, max);
    const float y = pos.y + (size.y - text.size.y) * 0.5f;
    if (chosen) tick(w, pos.x + pad.x, y, tick_width, fg);
    draw_lines(dl, font, ImVec2(pos.x + pad.x + tick_width, y), colour(fg), text);
    return clicked;
}

bool disclosure(WidgetContext& w, const std::string& id, const std::string& label, bool open) {
    ImFont* font = w.fonts.body;
    const ImVec2 pad(10 * w.pad_unit, 6 * w.pad_unit);
    const float arrow = font_size(font) * 0.6f;
    const WrappedText text = wrap(w, font, label, label_width(w, 3 * pad.x + arrow));
    const ImVec2 size(text.size.x + arrow + 3 * pad.x, std::max(w.min_target, text.size.y + 2 * pad.y));
    place(w, size.x);
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    const bool clicked = hit(w, id, size);
    const Theme& t = *w.theme;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 max(pos.x + size.x, pos.y + size.y);
    dl->AddRectFilled(pos, max, colour(t.secondary));
    dl->AddRect(pos, max, colour(t.border), 0, 0, w.dpr);
    if (focused(w, id)) focus_ring(w, pos, max);
    // A triangle pointing down when open, right when closed, beside the first line.
    const float y = pos.y + (size.y - text.size.y) * 0.5f, x = pos.x + pad.x;
    const float mid = y + font_size(font) * 0.5f, r = arrow * 0.5f;
    if (open) dl->AddTriangleFilled(ImVec2(x, mid - r * 0.6f), ImVec2(x + arrow, mid - r * 0.6f), ImVec2(x + r, mid + r * 0.8f), colour(t.text));
    else dl->AddTriangleFilled(ImVec2(x, mid - r), ImVec2(x + arrow * 0.85f, mid), ImVec2(x, mid + r), colour(t.text));
    draw_lines(dl, font, ImVec2(x + arrow + pad.x, y), colour(t.secondary_text_on), text);
    return clicked;
}

void begin_row(WidgetContext& w) {
    w.flowing = true;
    w.flow_first = true;
    w.row_width = wrap_width();
}

void end_row(WidgetContext& w) { w.flowing = false; }

}  // namespace redress::app
