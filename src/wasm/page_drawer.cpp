#include "page_drawer.h"

#include <imgui.h>

#include <algorithm>
#include <cfloat>

#include "util/site_pages.h"
#include "wizard/pages.h"
#include "wizard/wizard.h"

namespace redress::app {
namespace {

using wizard::Block;
using wizard::Field;
using wizard::ViewModel;

// The widest the column gets: about 75 characters of body text, GOV.UK's two-thirds column.
constexpr float kColumnEms = 40.0f;

void error_summary(WidgetContext& w, const ViewModel& view, PageOutput& out) {
    if (view.errors.empty()) return;
    panel(w, "error-summary", nullptr, w.theme->error, 5, 16, [&] {
        space(w, 16);
        wrapped_text(w, w.fonts.heading, w.theme->text, std::string(view.words.error_summary), {"error-summary-title"});
        space(w, 8);
        for (const auto& e : view.errors)
            if (link(w, "error-link-" + e.target, e.message)) out.focus_only = e.target;
        space(w, 16);
    });
    space(w, 24);
}

void choices(WidgetContext& w, const wizard::Words& words, const Field& f, PageOutput& out) {
    const bool radios = f.type == wizard::FieldType::radio;
    for (const auto& o : f.options) {
        const std::string id = f.id + "." + o.value;
        if (o.exclusive) wrapped_text(w, w.fonts.body, w.theme->text, std::string(words.choice_divider), {id, "-or"});
        const bool on = radios ? f.value == o.value : wizard::list_has(f.value, o.value);
        if (radios ? radio(w, id, o.label, o.hint, on) : checkbox(w, id, o.label, o.hint, on)) {
            if (radios) out.action = wizard::action_json(wizard::Answer{f.id, o.value});
            else out.action = wizard::action_json(wizard::Toggle{f.id, o.value, !on});
            out.clicked_id = id;
        }
        space(w, 6);
    }
}

// Day, month and year side by side; a part that does not fit on the line goes to the next, whole.
void date_parts(WidgetContext& w, const Field& f, PageOutput& out) {
    const float gap = 16 * w.pad_unit;
    const float line = ImGui::GetContentRegionAvail().x;
    for (std::size_t k = 0; k < f.parts.size(); ++k) {
        const auto& p = f.parts[k];
        // As wide as its box or its label ("Month"), whichever is wider, and never wider than a line.
        const ImFont* font = w.fonts.body;
        const float label = font->CalcTextSizeA(font->FontSize, FLT_MAX, 0, p.label.c_str()).x;
        const float width = std::min(line, std::max(text_box_width(w, p.width), label));
        if (k > 0) {
            ImGui::SameLine(0, gap);
            if (ImGui::GetCursorPosX() + width > ImGui::GetWindowContentRegionMax().x) ImGui::NewLine();
        }
        ImGui::BeginGroup();
        wrapped_text(w, w.fonts.body, w.theme->text, p.label, {p.id, "-label"}, width);
        if (text_box(w, p.id, p.value, p.width, 1, !f.error.empty() && f.error_target == p.id)) out.focus_only = p.id;
        ImGui::EndGroup();
    }
}

void draw_field(WidgetContext& w, const wizard::Words& words, const Field& f, PageOutput& out) {
    // The page's only question is already the heading; its label is not repeated.
    if (!f.is_heading) wrapped_text(w, w.fonts.strong, w.theme->text, f.label, {f.id, "-label"});
    if (!f.hint.empty()) wrapped_text(w, w.fonts.body, w.theme->secondary_text, f.hint, {f.id, "-hint"});
    if (!f.error.empty())
        wrapped_text(w, w.fonts.strong, w.theme->error, std::string(words.error_prefix) + f.error, {f.id, "-error"});
    space(w, 6);
    if (f.type == wizard::FieldType::radio || f.type == wizard::FieldType::checkboxes) {
        choices(w, words, f, out);
    } else if (f.type == wizard::FieldType::date) {
        date_parts(w, f, out);
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
    const float indent = 20 * w.pad_unit;
    ImGui::Indent(indent);
    body();
    ImGui::Unindent(indent);
    const ImVec2 end = ImGui::GetCursorScreenPos();
    dl->AddRectFilled(start, ImVec2(start.x + 5 * w.unit, end.y - ImGui::GetStyle().ItemSpacing.y), colour(bar));
}

void rows(WidgetContext& w, const wizard::Words& words, const Block& b, const std::string& id, PageOutput& out) {
    const Theme& t = *w.theme;
    if (!b.text.empty()) wrapped_text(w, w.fonts.strong, t.text, b.text, {id, "-title"});
    for (std::size_t j = 0; j < b.rows.size(); ++j) {
        const auto& r = b.rows[j];
        const std::string row = "-row-" + std::to_string(j);
        ImDrawList* dl = ImGui::GetWindowDrawList();
        wrapped_text(w, w.fonts.strong, t.text, r.key, {id, row, "-key"});
        wrapped_text(w, w.fonts.body, t.text, r.value, {id, row, "-value"});
        const auto page = parse_name<wizard::PageId>(r.change);
        if (page && link(w, r.id, std::string(words.change))) {
            out.action = wizard::action_json(wizard::Change{*page});
            out.clicked_id = r.id;
        }
        const ImVec2 p = ImGui::GetCursorScreenPos();
        dl->AddLine(p, ImVec2(p.x + ImGui::GetContentRegionAvail().x, p.y), colour(t.inset), w.unit);
        space(w, 8);
    }
}

// Block k of the page; its parts' twins are "block-k-text", "block-k-cite"... (web/layer/content.js).
void draw_block(WidgetContext& w, const wizard::Words& words, const Block& b, std::size_t k, PageOutput& out) {
    using wizard::BlockType;
    const Theme& t = *w.theme;
    const std::string id = "block-" + std::to_string(k);
    const std::string source = std::string(words.source_prefix) + b.cite;
    if (b.type == BlockType::heading) {
        space(w, 16);
        wrapped_text(w, w.fonts.heading, t.text, b.text, {id, "-text"});
    } else if (b.type == BlockType::paragraph) {
        wrapped_text(w, w.fonts.body, t.text, b.text, {id, "-text"});
        if (!b.cite.empty()) wrapped_text(w, w.fonts.body, t.secondary_text, source, {id, "-cite"});
    } else if (b.type == BlockType::list) {
        for (std::size_t j = 0; j < b.items.size(); ++j)
            inset(w, t.inset, [&] { wrapped_text(w, w.fonts.body, t.text, b.items[j], {id, "-item-", std::to_string(j)}); });
    } else if (b.type == BlockType::finding || b.type == BlockType::warning) {
        const bool warning = b.type == BlockType::warning;
        const bool failed = !warning && b.result == FindingResult::fail;
        if (!b.label.empty()) wrapped_text(w, w.fonts.strong, failed ? t.error : t.text, b.label, {id, "-label"});
        wrapped_text(w, warning ? w.fonts.strong : w.fonts.body, t.text, b.text, {id, "-text"});
        if (!b.quote.empty())
            inset(w, t.inset, [&] { wrapped_text(w, w.fonts.body, t.text, "\xe2\x80\x9c" + b.quote + "\xe2\x80\x9d", {id, "-quote"}); });
        if (!b.cite.empty()) wrapped_text(w, w.fonts.body, t.secondary_text, source, {id, "-cite"});
        space(w, 8);
    } else if (b.type == BlockType::rows || b.type == BlockType::timeline) {
        rows(w, words, b, id, out);
    } else if (b.type == BlockType::inset) {
        inset(w, t.inset, [&] { wrapped_text(w, w.fonts.body, t.text, b.text, {id, "-text"}); });
    }
    space(w, 8);
}

// A row of the buttons whose style is `warning` or not, as `apart` says.
void button_row(WidgetContext& w, const std::vector<wizard::Button>& buttons, PageOutput& out, bool apart = false) {
    begin_row(w);
    for (const auto& b : buttons)
        if ((b.style == wizard::ButtonStyle::warning) == apart && button(w, b.id, b.label, b.style))
            out.action = b.action, out.clicked_id = b.id;
    end_row(w);
}

void draw_documents(WidgetContext& w, const ViewModel& view, PageOutput& out) {
    const Theme& t = *w.theme;
    for (const auto& d : view.documents) {
        const std::string id = "doc-" + d.kind;
        space(w, 16);
        wrapped_text(w, w.fonts.heading, t.text, d.title, {id, "-title"});
        wrapped_text(w, w.fonts.body, t.secondary_text, d.why, {id, "-why"});
        // The advice for whoever sends it, under its own heading, apart from the letter itself.
        if (!d.how_to_send.empty())
            inset(w, t.inset, [&] {
                wrapped_text(w, w.fonts.strong, t.text, std::string(view.words.before_you_send), {id, "-before"});
                for (std::size_t j = 0; j < d.how_to_send.size(); ++j)
                    wrapped_text(w, w.fonts.body, t.text, d.how_to_send[j], {id, "-how-", std::to_string(j)});
            });
        // The preview: the letter as it will be sent, on a panel; it takes focus (to be read).
        panel(w, id + "-preview", &t.panel, t.border, 1, 16, [&] {
            space(w, 16);
            wrapped_text(w, w.fonts.body, t.text, d.text, {},
                         ImGui::GetContentRegionMax().x - 16 * w.pad_unit - ImGui::GetCursorPosX());
            space(w, 16);
        });
        space(w, 12);
        button_row(w, d.buttons, out);
        space(w, 16);
    }
}

// The page's buttons: Continue and its like, then, well apart, any that lose work ("Clear my
// answers"), so a slip of the thumb on a phone never presses it for Continue.
void page_buttons(WidgetContext& w, const ViewModel& view, PageOutput& out) {
    space(w, 16);
    button_row(w, view.buttons, out);
    for (const auto& b : view.buttons)
        if (b.style == wizard::ButtonStyle::warning) {
            space(w, 48);
            button_row(w, view.buttons, out, true);
            break;
        }
}

// The page scrolls by what the reader asked (a finger, the wheel, a key); a new page opens at its
// top; the focused thing is brought into view (where twin() found it needs to be).
void scroll_page(const WidgetContext& w) {
    if (w.scroll_target >= 0) ImGui::SetScrollY(w.scroll_target);
    else if (w.page_top) ImGui::SetScrollY(0);
}

// The footer of every page: a rule, then the site's own pages (util/site_pages.h), one a line.
// A link's twin is web/index.html's <a>, which canvas.js follows when the link is clicked here.
void footer(WidgetContext& w, PageOutput& out) {
    space(w, 32);
    const ImVec2 p = ImGui::GetCursorScreenPos();
    ImGui::GetWindowDrawList()->AddLine(p, ImVec2(p.x + ImGui::GetContentRegionAvail().x, p.y), colour(w.theme->link), 2 * w.unit);
    space(w, 16);
    for (const SitePage& page : kSitePages) {
        const std::string id = "footer-" + std::string(page.id);
        if (link(w, id, std::string(page.label))) out.action = "{\"type\":\"open\"}", out.clicked_id = id;
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
                     ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoBringToFrontOnFocus |
                     ImGuiWindowFlags_NoScrollWithMouse);
    // A mouse dragging the page scrolls it (the wheel and fingers come through app.js).
    ImGuiIO& io = ImGui::GetIO();
    if (ImGui::IsMouseDragging(ImGuiMouseButton_Left) && !ImGui::IsAnyItemActive())
        ImGui::SetScrollY(ImGui::GetScrollY() - io.MouseDelta.y);
    if (w.scroll_by != 0) ImGui::SetScrollY(ImGui::GetScrollY() + w.scroll_by);

    draw_header(w, settings, out);
    if (view.back && link(w, "back", std::string(view.words.back)))
        out.action = wizard::action_json(wizard::Back{}), out.clicked_id = "back";
    space(w, 8);
    error_summary(w, view, out);
    if (!view.caption.empty()) wrapped_text(w, w.fonts.body, w.theme->secondary_text, view.caption, {"caption"});
    wrapped_text(w, w.fonts.heading, w.theme->text, view.heading, {"page-heading"});
    if (!view.hint.empty()) wrapped_text(w, w.fonts.body, w.theme->secondary_text, view.hint, {"page-hint"});
    space(w, 16);
    for (const Field& f : view.fields) draw_field(w, view.words, f, out);
    for (std::size_t k = 0; k < view.content.size(); ++k) draw_block(w, view.words, view.content[k], k, out);
    draw_documents(w, view, out);
    page_buttons(w, view, out);
    footer(w, out);
    space(w, 48);
    scroll_page(w);
    ImGui::End();
}

}  // namespace redress::app
