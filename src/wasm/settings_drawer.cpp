// The page's header: the site's name, and the display settings behind one button (a disclosure,
// closed by default on a narrow screen, so every page's question comes first). Open, the settings
// are groups (text size, contrast, font), each kept whole on a line where it fits, its title
// beside its first button, then "remember" and the HTML view. The words are the same as
// web/layer/settings_bar.js's; settings.js owns the settings.
#include <algorithm>
#include <cstdio>

#include "page_drawer.h"

namespace redress::app {
namespace {

struct Choice {
    std::string label;
    bool chosen;
    const char* name;  // the setting it changes, and to what
    std::string value;
    std::string id;    // its control's id after "setting-<group>-": "100%", "high"
};

// A group's title, vertically centred on the buttons beside it.
void title(WidgetContext& w, const std::string& id, const char* text) {
    ImGui::PushFont(w.fonts.strong);
    const ImVec2 size = ImGui::CalcTextSize(text);
    ImGui::PopFont();
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    const float offset = std::max(0.0f, (w.min_target - size.y) * 0.5f);
    ImGui::GetWindowDrawList()->AddText(w.fonts.strong, w.fonts.strong->FontSize, ImVec2(pos.x, pos.y + offset),
                                        colour(w.theme->text), text);
    ImGui::Dummy(ImVec2(size.x, std::max(w.min_target, size.y)));
    twin(w, id, ImVec2(pos.x, pos.y + offset), ImVec2(pos.x + size.x, pos.y + offset + size.y), TwinFont::strong);
}

// One group on a line of its own unless the whole group fits after the one before.
void group(WidgetContext& w, const char* id, const char* text, const std::vector<Choice>& choices, PageOutput& out) {
    const float spacing = ImGui::GetStyle().ItemSpacing.x;
    float width = 0;
    ImGui::PushFont(w.fonts.strong);
    if (text) width = ImGui::CalcTextSize(text).x;
    ImGui::PopFont();
    for (const Choice& c : choices) width += spacing + setting_width(w, c.label, c.chosen);
    if (!w.flow_first) {
        ImGui::SameLine(0, 2 * spacing);
        if (ImGui::GetCursorPosX() + width > ImGui::GetWindowContentRegionMax().x) ImGui::NewLine();
    }
    if (text) title(w, std::string("setting-label-") + id, text);
    w.flow_first = text == nullptr;
    for (const Choice& c : choices) {
        const std::string control = std::string("setting-") + id + "-" + c.id;
        if (setting(w, control, c.label, c.chosen)) out.setting = c.name, out.setting_value = c.value;
    }
    w.flow_first = false;
}

std::string percent(float scale) {
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%d%%", int(scale * 100 + 0.5f));
    return buffer;
}

void settings_panel(WidgetContext& w, const Settings& s, PageOutput& out) {
    std::vector<Choice> sizes;
    for (float scale : kTextScales)
        sizes.push_back({percent(scale), s.text_scale == scale, "text-size", std::to_string(scale), percent(scale)});
    begin_row(w);
    group(w, "text-size", "Text size", sizes, out);
    group(w, "contrast", "Contrast", {{"Standard", !s.high_contrast, "contrast", "standard", "standard"}, {"High", s.high_contrast, "contrast", "high", "high"}}, out);
    group(w, "font", "Font", {{"Standard", !s.dyslexic_font, "font", "standard", "standard"},
                           {"Dyslexia-friendly", s.dyslexic_font, "font", "dyslexic", "dyslexic"}}, out);
    end_row(w);
    begin_row(w);
    if (setting(w, "setting-remember", "Remember on this device", s.remember))
        out.setting = "remember", out.setting_value = s.remember ? "no" : "yes";
    const Twin remember = w.twins.back();
    twin(w, "setting-remember-label", ImVec2(remember.rect.x, remember.rect.y),
         ImVec2(remember.rect.x + remember.rect.w, remember.rect.y + remember.rect.h));
    if (setting(w, "setting-html-view", "HTML view", false)) out.setting = "view", out.setting_value = "html";
    end_row(w);
    // 1.4.12: the canvas cannot follow a reader's own text spacing; the HTML view does.
    wrapped_text(w, w.fonts.body, w.theme->secondary_text,
                 "The HTML view follows your browser's text spacing, colours and zoom.", "setting-html-view-hint");
}

}  // namespace

void draw_header(WidgetContext& w, const Settings& s, PageOutput& out) {
    panel(w, {}, &w.theme->panel, w.theme->border, 0, 8, [&] {
        space(w, 8);
        begin_row(w);
        title(w, "site-name", "Redress");
        w.flow_first = false;
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
