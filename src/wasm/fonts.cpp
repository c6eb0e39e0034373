#include "fonts.h"

#include <cmath>
#include <cstring>

namespace redress::app {
namespace {

// 19 CSS px body text (GOV.UK's size), as a browser would set it. OpenDyslexic is taller for its
// em, so it is sized by the same height and reads a little smaller.
constexpr float kBodyPixels = 19.0f * kImGuiPixelsPerEm;

// The subset fonts' ranges (assets/fonts/regular-unicodes.txt and bold-unicodes.txt). Text with
// any other character is set by the browser (browser_text.h).
constexpr ImWchar kRegularRanges[] = {0x0020, 0x007E, 0x00A0, 0x00A0, 0x00A3, 0x00A3, 0x00A9, 0x00A9,
                                      0x00B0, 0x00B0, 0x00C0, 0x00FF, 0x2013, 0x2014, 0x2018, 0x2019,
                                      0x201C, 0x201D, 0x2022, 0x2022, 0x2026, 0x2026, 0x20AC, 0x20AC,
                                      0xFFFD, 0xFFFD, 0};
constexpr ImWchar kBoldRanges[] = {0x0020, 0x007E, 0x00A0, 0x00A0, 0x00A3, 0x00A3, 0x00A9, 0x00A9,
                                   0x00B0, 0x00B0, 0x2013, 0x2014, 0x2018, 0x2019, 0x201C, 0x201D,
                                   0x2022, 0x2022, 0x2026, 0x2026, 0x20AC, 0x20AC, 0xFFFD, 0xFFFD, 0};

// The faces' places in a family's collection file.
constexpr int kRegularFace = 0, kBoldFace = 1;

// A collection file starts with the tag "ttcf" and holds a count of faces (OpenType's TTC header).
bool is_collection(const std::vector<std::uint8_t>& bytes) {
    if (bytes.size() < 12 || std::memcmp(bytes.data(), "ttcf", 4) != 0) return false;
    const std::uint32_t faces = std::uint32_t(bytes[8]) << 24 | std::uint32_t(bytes[9]) << 16 |
                                std::uint32_t(bytes[10]) << 8 | bytes[11];
    return faces > std::uint32_t(kBoldFace) && bytes.size() >= 12 + 4 * std::size_t(faces);
}

ImFont* add(ImFontAtlas& atlas, std::vector<std::uint8_t>& collection, int face, float pixels, const ImWchar* ranges) {
    ImFontConfig config;
    config.FontNo = face;
    config.FontDataOwnedByAtlas = false;  // the bytes live in Fonts, reused at every rebuild
    config.OversampleH = 1;               // rasterised at the final size already
    config.PixelSnapH = true;
    return atlas.AddFontFromMemoryTTF(collection.data(), int(collection.size()), std::round(pixels), &config, ranges);
}

}  // namespace

bool Fonts::set_standard(std::vector<std::uint8_t> collection) {
    if (!is_collection(collection)) return false;
    standard_ = std::move(collection);
    built_scale_ = 0.0f;
    return true;
}

bool Fonts::set_dyslexic(std::vector<std::uint8_t> collection) {
    if (!is_collection(collection)) return false;
    dyslexic_ = std::move(collection);
    built_scale_ = 0.0f;
    return true;
}

float heading_px(bool narrow, float text_scale) { return !narrow ? 32.0f : text_scale >= 2.0f ? 21.0f : 24.0f; }

bool Fonts::build(float pixel_scale, bool dyslexic, float heading) {
    dyslexic = dyslexic && has_dyslexic();  // until it arrives, the standard font stands in
    if (!has_standard() || (pixel_scale == built_scale_ && dyslexic == built_dyslexic_ && heading == built_heading_))
        return false;
    std::vector<std::uint8_t>& family = dyslexic ? dyslexic_ : standard_;
    ImFontAtlas& atlas = *ImGui::GetIO().Fonts;
    atlas.Clear();
    // No software mouse cursors in the atlas: the browser draws the pointer (and the app's copy
    // of imgui_draw.cpp asserts this flag; src/wasm/CMakeLists.txt).
    atlas.Flags |= ImFontAtlasFlags_NoMouseCursors;
    set_.body = add(atlas, family, kRegularFace, kBodyPixels * pixel_scale, kRegularRanges);
    set_.strong = add(atlas, family, kBoldFace, kBodyPixels * pixel_scale, kBoldRanges);
    set_.heading = add(atlas, family, kBoldFace, heading * kImGuiPixelsPerEm * pixel_scale, kBoldRanges);
    atlas.Build();
    built_scale_ = pixel_scale;
    built_dyslexic_ = dyslexic;
    built_heading_ = heading;
    return true;
}

}  // namespace redress::app
