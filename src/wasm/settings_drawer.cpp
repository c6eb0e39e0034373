// The page's header: the site's name, and the display settings behind one button (a disclosure,
// closed by default on a narrow screen, so every page's question comes first). Open, the settings
// are groups (text size, contrast, font), each kept whole on a line where it fits, its title
// beside its first button, then "remember" and the HTML view. The words and ids are the same as
// web/layer/settings_bar.js's; settings.js owns the settings.
#include <algorithm>
#include <cfloat>
#include <span>

#include "page_drawer.h"

namespace redress::app {
namespace {

// A setting's control: its id, its label, and the setting it changes, and to what.
struct Choice {
    const char* id;
    const char* label;
    const char* name;
    const char* value;
};

constexpr Choice kTextSizes[] = {{"setting-text-size-100%", "100%", "text-size", "1"},
                                 {"setting-text-size-150%", "150%", "text-size", "1.5"},
                                 {"setting-text-size-200%", "200%", "text-size", "2"},
                                 {"setting-text-size-300%", "300%", "text-size", "3"}};
constexpr Choice kContrasts[] = {{"setting-contrast-standard", "Standard", "contrast", "standard"},
                                 {"setting-contrast-high", "High", "contrast", "high"}};
constexpr Choice kFonts[] = {{"setting-font-standard", "Standard", "font", "standard"},
                             {"setting-font-dyslexic", "Dyslexia-friendly", "font", "dyslexic"}};
static_assert(std::size(kTextSizes) == std::size(kTextScales));

// A group's title (or the site's name), vertically centred on the buttons beside it.
float title_width(const WidgetContext& w, const char* text) {
    return w.fonts.strong->CalcTextSizeA(w.fonts.strong->FontSize, FLT_MAX, 0, text).x;
}

void title(WidgetContext& w, const char* id, const char* text, float beside) {
    const ImFont* font = w.fonts.strong;
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    const ImVec2 size(title_width(w, text), font->FontSize);
    const float offset = std::max(0.0f, (beside - size.y) * 0.5f);
    ImGui::GetWindowDrawList()->AddText(font, font->FontSize, ImVec2(pos.x, pos.y + offset), colour(w.theme->text), text);
    ImGui::Dummy(ImVec2(size.x, std::max(beside, size.y)));
    twin(w, {id}, ImVec2(pos.x, pos.y + offset), ImVec2(pos.x + size.x, pos.y + offset + size.y), TwinFont::strong);
    w.flow_first = false;  // what follows sits beside it
}

// One group on a line of its own unless the whole group fits after the one before.
void group(WidgetContext& w, const char* id, const char* text, std::span<const Choice> choices, std::size_t chosen,
           PageOutput& out) {
    const float spacing = ImGui::GetStyle().ItemSpacing.x;
    float width = title_width(w, text);
    for (std::size_t k = 0; k < choices.size(); ++k) width += spacing + setting_width(w, choices[k].label, k == chosen);
    if (!w.flow_first) {
        ImGui::SameLine(0, 2 * spacing);
        if (ImGui::GetCursorPosX() + width > ImGui::GetWindowContentRegionMax().x) ImGui::NewLine();
    }
    title(w, id, text, std::max(w.min_target, w.fonts.body->FontSize + 12 * w.pad_unit));  // as tall as its buttons
    for (std::size_t k = 0; k < choices.size(); ++k)
        if (setting(w, choices[k].id, choices[k].label, k == chosen)) out.setting = choices[k].name, out.setting_value = choices[k].value;
}

void settings_panel(WidgetContext& w, const Settings& s, PageOutput& out) {
    const auto size = std::find(std::begin(kTextScales), std::end(kTextScales), s.text_scale) - std::begin(kTextScales);
    begin_row(w);
    group(w, "setting-label-text-size", "Text size", kTextSizes, std::size_t(size), out);
    group(w, "setting-label-contrast", "Contrast", kContrasts, s.high_contrast ? 1 : 0, out);
    group(w, "setting-label-font", "Font", kFonts, s.dyslexic_font ? 1 : 0, out);
    end_row(w);
    begin_row(w);
    if (setting(w, "setting-remember", "Remember on this device", s.remember))
        out.setting = "remember", out.setting_value = s.remember ? "no" : "yes";
    const Rect r = w.twins.back().rect;  // its label's twin lies over it too
    twin(w, {"setting-remember-label"}, ImVec2(r.x, r.y), ImVec2(r.x + r.w, r.y + r.h), TwinFont::body);
    if (setting(w, "setting-html-view", "HTML view", false)) out.setting = "view", out.setting_value = "html";
    end_row(w);
    // 1.4.12: the canvas cannot follow a reader's own text spacing; the HTML view does.
    wrapped_text(w, w.fonts.body, w.theme->secondary_text,
                 std::string("The HTML view follows your browser's text spacing, colours and zoom."), {"setting-html-view-hint"});
}

}  // namespace

void draw_header(WidgetContext& w, const Settings& s, PageOutput& out) {
    panel(w, {}, &w.theme->panel, w.theme->border, 0, 8, [&] {
        space(w, 8);
        begin_row(w);
        title(w, "site-name", "Redress", w.fonts.body->FontSize + 12 * w.pad_unit);  // as tall as the button
        if (disclosure(w, "settings-toggle", "Text size and display", s.panel_open))
            out.setting = "panel", out.setting_value = s.panel_open ? "closed" : "open";
        end_row(w);
        if (s.panel_open) {
            space(w, 8);
            settings_panel(w, s, out);
        }
        space(w, 8);
    });
    space(w, 8);
}

}  // namespace redress::app
