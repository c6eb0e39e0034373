#include "page_drawer.h"

#include <imgui.h>

#include <algorithm>
#include <cstdio>

#include "wizard/pages.h"
#include "wizard/wizard.h"

namespace redress::app {
namespace {

using wizard::Block;
using wizard::Field;
using wizard::ViewModel;

// The widest the column gets: about 75 characters of body text, GOV.UK's two-thirds column.
constexpr float kColumnEms = 40.0f;

void space(const WidgetContext& w, float css_px) { ImGui::Dummy(ImVec2(1, css_px * w.unit)); }

// A box around `body`, drawn behind it once its height is known: filled with `fill` (unless
// null) and edged with `edge` at `edge_width` CSS px (unless 0), its content indented by `pad`.
template <typename Body>
void panel(WidgetContext& w, const Colour* fill, Colour edge, float edge_width, float pad, Body body) {
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->ChannelsSplit(2);
    dl->ChannelsSetCurrent(1);
    const ImVec2 start = ImGui::GetCursorScreenPos();
    const float width = ImGui::GetContentRegionAvail().x;
    if (pad > 0) ImGui::Indent(pad * w.unit);
    body();
    if (pad > 0) ImGui::Unindent(pad * w.unit);
    const ImVec2 end(start.x + width, ImGui::GetCursorScreenPos().y);
    dl->ChannelsSetCurrent(0);
    if (fill != nullptr) dl->AddRectFilled(start, end, colour(*fill));
    if (edge_width > 0) dl->AddRect(start, end, colour(edge), 0, 0, edge_width * w.unit);
    dl->ChannelsMerge();
}

// A plain piece of text inside a flowing row (the settings bar's "Text size").
void row_text(WidgetContext& w, const std::string& text) {
    ImGui::PushFont(w.fonts.strong);
    const ImVec2 size = ImGui::CalcTextSize(text.c_str());
    if (!w.flow_first) {
        ImGui::SameLine();
        if (ImGui::GetCursorPosX() + size.x > ImGui::GetWindowContentRegionMax().x) ImGui::NewLine();
    }
    w.flow_first = false;
    // Centred on the setting buttons beside it.
    const float offset = std::max(0.0f, (w.min_target - size.y) * 0.5f);
    ImGui::SetCursorPosY(ImGui::GetCursorPosY() + offset);
    ImGui::PushStyleColor(ImGuiCol_Text, colour(w.theme->text));
    ImGui::TextUnformatted(text.c_str());
    ImGui::PopStyleColor();
    ImGui::PopFont();
}

std::string percent(float scale) {
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%d%%", int(scale * 100 + 0.5f));
    return buffer;
}

void settings_bar(WidgetContext& w, const Settings& s, PageOutput& out) {
    panel(w, &w.theme->panel, w.theme->border, 0, 8, [&] {
        space(w, 8);
        begin_row(w);
        row_text(w, "Text size");
        for (float scale : kTextScales) {
            const std::string label = percent(scale);
            if (setting(w, "setting-text-size-" + label, label, s.text_scale == scale))
                out.setting = "text-size", out.setting_value = std::to_string(scale);
        }
        row_text(w, "Contrast");
        if (setting(w, "setting-contrast-standard", "Standard", !s.high_contrast)) out.setting = "contrast", out.setting_value = "standard";
        if (setting(w, "setting-contrast-high", "High", s.high_contrast)) out.setting = "contrast", out.setting_value = "high";
        row_text(w, "Font");
        if (setting(w, "setting-font-standard", "Standard", !s.dyslexic_font)) out.setting = "font", out.setting_value = "standard";
        if (setting(w, "setting-font-dyslexic", "Dyslexia-friendly", s.dyslexic_font)) out.setting = "font", out.setting_value = "dyslexic";
        if (setting(w, "setting-remember", "Remember on this device", s.remember))
            out.setting = "remember", out.setting_value = s.remember ? "no" : "yes";
        if (setting(w, "setting-html-view", "HTML view", false)) out.setting = "view", out.setting_value = "html";
        end_row(w);
        space(w, 8);
    });
    space(w, 16);
}

void error_summary(WidgetContext& w, const ViewModel& view, PageOutput& out) {
    if (view.errors.empty()) return;
    panel(w, nullptr, w.theme->error, 5, 16, [&] {
        space(w, 16);
        wrapped_text(w, w.fonts.heading, w.theme->text, std::string(view.words.error_summary));
        space(w, 8);
        for (const auto& e : view.errors)
            if (link(w, "error-link-" + e.target, e.message)) out.focus_only = e.target;
        space(w, 16);
    });
    space(w, 24);
}

void field_error(WidgetContext& w, const wizard::Words& words, const Field& f) {
    if (!f.error.empty()) wrapped_text(w, w.fonts.strong, w.theme->error, std::string(words.error_prefix) + f.error);
}

void draw_field(WidgetContext& w, const wizard::Words& words, const Field& f, PageOutput& out) {
    // The page's only question is already the heading; its label is not repeated.
    if (!f.is_heading) wrapped_text(w, w.fonts.strong, w.theme->text, f.label);
    if (!f.hint.empty()) wrapped_text(w, w.fonts.body, w.theme->secondary_text, f.hint);
    field_error(w, words, f);
    space(w, 6);
    if (f.type == wizard::FieldType::radio) {
        for (const auto& o : f.options) {
            const std::string id = f.id + "." + o.value;
            if (o.exclusive) wrapped_text(w, w.fonts.body, w.theme->text, std::string(words.choice_divider));
            if (radio(w, id, o.label, o.hint, f.value == o.value)) {
                out.action = wizard::action_json(wizard::Answer{f.id, o.value});
                out.clicked_id = id;
            }
            space(w, 6);
        }
    } else if (f.type == wizard::FieldType::checkboxes) {
        for (const auto& o : f.options) {
            const std::string id = f.id + "." + o.value;
            if (o.exclusive) wrapped_text(w, w.fonts.body, w.theme->text, std::string(words.choice_divider));
            const bool on = wizard::list_has(f.value, o.value);
            if (checkbox(w, id, o.label, o.hint, on)) {
                out.action = wizard::action_json(wizard::Toggle{f.id, o.value, !on});
                out.clicked_id = id;
            }
            space(w, 6);
        }
    } else if (f.type == wizard::FieldType::date) {
        for (std::size_t k = 0; k < f.parts.size(); ++k) {
            const auto& p = f.parts[k];
            if (k > 0) ImGui::SameLine(0, 16 * w.unit);
            ImGui::BeginGroup();
            wrapped_text(w, w.fonts.body, w.theme->text, p.label);
            if (text_box(w, p.id, p.value, p.width, 1, !f.error.empty() && f.error_target == p.id))
                out.focus_only = p.id;
            ImGui::EndGroup();
        }
    } else {
        const bool area = f.type == wizard::FieldType::textarea;
        if (text_box(w, f.id, f.value, 0, area ? 5 : 1, !f.error.empty())) out.focus_only = f.id;
    }
    space(w, 24);
}

// A bar down the left of an indented block, as GOV.UK draws an inset.
template <typename Body>
void inset(WidgetContext& w, Colour bar, Body body) {
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 start = ImGui::GetCursorScreenPos();
    const float indent = 20 * w.unit;
    ImGui::Indent(indent);
    body();
    ImGui::Unindent(indent);
    const ImVec2 end = ImGui::GetCursorScreenPos();
    dl->AddRectFilled(start, ImVec2(start.x + 5 * w.unit, end.y - ImGui::GetStyle().ItemSpacing.y), colour(bar));
}

void draw_block(WidgetContext& w, const wizard::Words& words, const Block& b, PageOutput& out) {
    using wizard::BlockType;
    const Theme& t = *w.theme;
    const std::string source = std::string(words.source_prefix) + b.cite;
    if (b.type == BlockType::heading) {
        space(w, 16);
        wrapped_text(w, w.fonts.heading, t.text, b.text);
    } else if (b.type == BlockType::paragraph) {
        wrapped_text(w, w.fonts.body, t.text, b.text);
        if (!b.cite.empty()) wrapped_text(w, w.fonts.body, t.secondary_text, source);
    } else if (b.type == BlockType::list) {
        for (const auto& item : b.items) inset(w, t.inset, [&] { wrapped_text(w, w.fonts.body, t.text, item); });
    } else if (b.type == BlockType::finding || b.type == BlockType::warning) {
        const bool warning = b.type == BlockType::warning;
        const bool failed = !warning && b.result == FindingResult::fail;
        if (!b.label.empty()) wrapped_text(w, w.fonts.strong, failed ? t.error : t.text, b.label);
        wrapped_text(w, warning ? w.fonts.strong : w.fonts.body, t.text, b.text);
        if (!b.quote.empty())
            inset(w, t.inset, [&] { wrapped_text(w, w.fonts.body, t.text, "\xe2\x80\x9c" + b.quote + "\xe2\x80\x9d"); });
        if (!b.cite.empty()) wrapped_text(w, w.fonts.body, t.secondary_text, source);
        space(w, 8);
    } else if (b.type == BlockType::rows || b.type == BlockType::timeline) {
        if (!b.text.empty()) wrapped_text(w, w.fonts.strong, t.text, b.text);
        for (const auto& r : b.rows) {
            ImDrawList* dl = ImGui::GetWindowDrawList();
            wrapped_text(w, w.fonts.strong, t.text, r.key);
            wrapped_text(w, w.fonts.body, t.text, r.value);
            const auto page = parse_name<wizard::PageId>(r.change);
            if (page && link(w, r.id, std::string(words.change))) {
                out.action = wizard::action_json(wizard::Change{*page});
                out.clicked_id = r.id;
            }
            const ImVec2 p = ImGui::GetCursorScreenPos();
            dl->AddLine(p, ImVec2(p.x + ImGui::GetContentRegionAvail().x, p.y), colour(t.inset), w.unit);
            space(w, 8);
        }
    } else if (b.type == BlockType::inset) {
        inset(w, t.inset, [&] { wrapped_text(w, w.fonts.body, t.text, b.text); });
    }
    space(w, 8);
}

void draw_documents(WidgetContext& w, const ViewModel& view, PageOutput& out) {
    const Theme& t = *w.theme;
    for (const auto& d : view.documents) {
        space(w, 16);
        wrapped_text(w, w.fonts.heading, t.text, d.title);
        wrapped_text(w, w.fonts.body, t.secondary_text, d.why);
        for (const auto& advice : d.how_to_send) inset(w, t.inset, [&] { wrapped_text(w, w.fonts.body, t.text, advice); });
        // The preview: the letter as it will be sent, on a panel.
        panel(w, &t.panel, t.border, 1, 16, [&] {
            space(w, 16);
            wrapped_text(w, w.fonts.body, t.text, d.text,
                         ImGui::GetContentRegionMax().x - 16 * w.unit - ImGui::GetCursorPosX());
            space(w, 16);
        });
        space(w, 12);
        begin_row(w);
        for (const auto& b : d.buttons)
            if (button(w, b.id, b.label, b.style)) out.action = b.action, out.clicked_id = b.id;
        end_row(w);
        space(w, 16);
    }
}

}  // namespace

void draw_page(WidgetContext& w, const ViewModel& view, const Settings& settings, PageOutput& out) {
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    const float em = w.fonts.body ? w.fonts.body->FontSize / kImGuiPixelsPerEm : 19.0f;
    const float column = std::min(viewport->WorkSize.x, kColumnEms * em + 2 * ImGui::GetStyle().WindowPadding.x);
    ImGui::SetNextWindowPos(ImVec2(viewport->WorkPos.x + (viewport->WorkSize.x - column) * 0.5f, viewport->WorkPos.y));
    ImGui::SetNextWindowSize(ImVec2(column, viewport->WorkSize.y));
    ImGui::Begin("Redress", nullptr,
                 (ImGuiWindowFlags_NoDecoration & ~ImGuiWindowFlags_NoScrollbar) | ImGuiWindowFlags_NoMove |
                     ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoBringToFrontOnFocus);
    ImGuiIO& io = ImGui::GetIO();
    // The wheel over the margins beside the column, a mouse dragging the page, and a finger
    // (sent by app.js) scroll it too.
    if (!ImGui::IsWindowHovered(ImGuiHoveredFlags_AnyWindow) && io.MouseWheel != 0)
        ImGui::SetScrollY(ImGui::GetScrollY() - io.MouseWheel * 5 * ImGui::GetFontSize());
    if (ImGui::IsMouseDragging(ImGuiMouseButton_Left) && !ImGui::IsAnyItemActive())
        ImGui::SetScrollY(ImGui::GetScrollY() - io.MouseDelta.y);
    if (w.scroll_by != 0) ImGui::SetScrollY(ImGui::GetScrollY() + w.scroll_by);

    settings_bar(w, settings, out);
    if (view.back && link(w, "back", std::string(view.words.back)))
        out.action = wizard::action_json(wizard::Back{}), out.clicked_id = "back";
    space(w, 8);
    error_summary(w, view, out);
    if (!view.caption.empty()) wrapped_text(w, w.fonts.body, w.theme->secondary_text, view.caption);
    wrapped_text(w, w.fonts.heading, w.theme->text, view.heading);
    if (!view.hint.empty()) wrapped_text(w, w.fonts.body, w.theme->secondary_text, view.hint);
    space(w, 16);
    for (const Field& f : view.fields) draw_field(w, view.words, f, out);
    for (const Block& b : view.content) draw_block(w, view.words, b, out);
    draw_documents(w, view, out);

    space(w, 16);
    begin_row(w);
    for (const auto& b : view.buttons) {
        if (button(w, b.id, b.label, b.style)) {
            out.action = b.action;
            out.clicked_id = b.id;
        }
    }
    end_row(w);
    space(w, 48);
    ImGui::End();
}

}  // namespace redress::app
