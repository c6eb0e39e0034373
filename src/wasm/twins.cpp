// The semantic layer over the pixels: where each thing with an HTML twin was drawn, reported to
// the page after a frame that moved anything, so web/app/twins.js lays every twin (heading,
// text, link, button, field, option, error) over what is drawn, as Flutter's semantics tree
// does: a screen magnifier follows focus to the drawn control, and exploring by touch finds
// what is under the finger. Nothing is reported while nothing moves, so an idle page costs
// nothing.
#include <emscripten/emscripten.h>

#include "json/writer.h"
#include "widgets.h"

namespace redress::app {
namespace {

// Names as strings, for the Closure Compiler (app.cpp).
EM_JS(void, js_layout, (const char* layout), { window["redress"]["onLayout"](UTF8ToString(layout)); });

}  // namespace

void report_layout(const std::vector<Twin>& twins, std::string_view ids, float dpr) {
    static std::string reported;
    JsonWriter w;
    w.begin_object();
    for (const Twin& t : twins) {
        w.key(ids.substr(t.id, t.id_size)).begin_array().raw(css_px(t.rect.x / dpr)).raw(css_px(t.rect.y / dpr));
        w.raw(css_px(t.rect.w / dpr)).raw(css_px(t.rect.h / dpr)).value(int(t.font)).end_array();
    }
    w.end_object();
    if (w.view() == reported) return;
    reported = w.take();
    js_layout(reported.c_str());
}

}  // namespace redress::app
