#pragma once
// The UI fonts, rebuilt into ImGui's atlas at the exact pixel size in use (text size times
// devicePixelRatio), so text is always rasterised for the screen: never io.FontGlobalScale.
// Two families: Noto Sans, and OpenDyslexic once app.js has fetched it (only when chosen).
#include <imgui.h>

#include <cstdint>
#include <vector>

namespace redress::app {

// ImGui sizes a font by its ascent-to-descent height, CSS by its em; Noto Sans' height is 1.362
// em, so an ImGui font of 1.362 x N pixels sets text as a browser would at N px.
inline constexpr float kImGuiPixelsPerEm = 1.362f;

struct FontSet {
    ImFont* body = nullptr;     // 19 CSS px, regular
    ImFont* strong = nullptr;   // 19 CSS px, bold: labels, keys, the error summary's links
    ImFont* heading = nullptr;  // 32 CSS px, bold (24 on a narrow screen, as GOV.UK's)
};

// Headings are 32 CSS px at 100 percent text, and 24 on a screen narrower than 40em (GOV.UK's on a
// phone); there, from 200 percent, 21, a tenth bigger than the body text: at 300 percent a 72 px
// heading held eight letters a line, and broke most of its words.
float heading_px(bool narrow, float text_scale);

class Fonts {
public:
    // A family is one font collection file, regular then bold (cmake/make_font_collection.py).
    // Keeps its own copy of the bytes: the atlas is rebuilt from them at every size. Returns
    // false, and keeps nothing, for bytes that are not a collection (ImGui would abort on them).
    bool set_standard(std::vector<std::uint8_t> collection);
    bool set_dyslexic(std::vector<std::uint8_t> collection);
    bool has_standard() const { return !standard_.empty(); }
    bool has_dyslexic() const { return !dyslexic_.empty(); }

    // Rebuilds the atlas for `pixel_scale` (1.0 = 19 px body text) in the chosen family, with
    // headings of `heading_px` CSS px (heading_px() says how big), if anything changed. Returns
    // true when it was rebuilt, so the caller re-uploads the texture.
    bool build(float pixel_scale, bool dyslexic, float heading_px);
    const FontSet& current() const { return set_; }

private:
    std::vector<std::uint8_t> standard_, dyslexic_;
    float built_scale_ = 0.0f;
    bool built_dyslexic_ = false;
    float built_heading_ = 0.0f;
    FontSet set_;
};

}  // namespace redress::app
