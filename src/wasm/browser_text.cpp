#include "browser_text.h"

#include <emscripten/emscripten.h>
#include <imgui_internal.h>

#include <cmath>
#include <cstdio>
#include <map>

#include "json/writer.h"

namespace redress::app {
namespace {

// Names as strings, for the Closure Compiler (app.cpp).
EM_JS(double, js_measure_text, (const char* text, float font_px, int bold, float width), {
    return window["redress"]["measureText"](UTF8ToString(text), font_px, bold !== 0, width);
});
EM_JS(void, js_browser_text, (const char* boxes), { window["redress"]["onBrowserText"](UTF8ToString(boxes)); });

std::string css_colour(Colour c) {
    char buffer[24];
    std::snprintf(buffer, sizeof buffer, "rgb(%d,%d,%d)", c.r, c.g, c.b);
    return buffer;
}

}  // namespace

std::string css_px(float px) {
    const long long hundredths = std::isfinite(px) ? std::llround(double(px) * 100.0) : 0;
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%s%lld.%02lld", hundredths < 0 ? "-" : "", std::llabs(hundredths) / 100,
                  std::llabs(hundredths) % 100);
    return buffer;
}

bool font_can_draw(const ImFont* font, std::string_view text) {
    const char* p = text.data();
    const char* end = p + text.size();
    while (p < end) {
        unsigned int c = 0;
        const int n = ImTextCharFromUtf8(&c, p, end);
        if (n <= 0) return false;
        p += n;
        if (c == '\n' || c == '\r' || c == '\t') continue;
        // ImWchar is 16 bits here, so emoji and other astral characters are never in the atlas.
        if (c > 0xFFFF || font->FindGlyphNoFallback(ImWchar(c)) == nullptr) return false;
    }
    return true;
}

float browser_text_height(const std::string& text, float font_px, bool bold, float width) {
    // Keyed by everything that changes the layout; emptied when it grows large (a long session
    // of typing), as each entry costs the page one layout to refill.
    static std::map<std::string, float> cache;  // a std::map: no hash table code in the download
    std::string key = css_px(font_px) + (bold ? "|b|" : "||") + css_px(width) + "|" + text;
    if (auto it = cache.find(key); it != cache.end()) return it->second;
    if (cache.size() > 512) cache.clear();
    const float height = float(js_measure_text(text.c_str(), font_px, bold ? 1 : 0, width));
    cache.emplace(std::move(key), height);
    return height;
}

void report_browser_text(const std::vector<BrowserText>& boxes) {
    static std::vector<BrowserText> reported;
    if (boxes == reported) return;
    reported = boxes;
    JsonWriter w;
    w.begin_array();
    for (const BrowserText& b : boxes) {
        w.begin_object().field("bold", b.bold).field("colour", css_colour(b.colour)).key("font_px").raw(css_px(b.font_px));
        w.key("h").raw(css_px(b.h)).field("text", b.text).key("w").raw(css_px(b.w)).field("wrap", b.wrap);
        w.key("x").raw(css_px(b.x)).key("y").raw(css_px(b.y)).end_object();
    }
    w.end_array();
    js_browser_text(w.take().c_str());
}

}  // namespace redress::app
