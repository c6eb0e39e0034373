#pragma once
// The UI fonts, rebuilt into ImGui's atlas at the exact pixel size in use (text scale times
// devicePixelRatio), so text is always rasterised for the screen: never io.FontGlobalScale.
#include <imgui.h>

#include <cstdint>
#include <vector>

namespace redress::app {

struct FontSet {
    ImFont* body = nullptr;
    ImFont* heading = nullptr;
};

class Fonts {
public:
    // Keeps its own copies of the TrueType bytes: the atlas is rebuilt from them at every size.
    void set_faces(std::vector<std::uint8_t> regular, std::vector<std::uint8_t> bold);
    bool has_faces() const { return !regular_.empty() && !bold_.empty(); }

    // Rebuilds the atlas for `pixel_scale` (1.0 = 16 px body text) if it changed. Returns true
    // when the atlas was rebuilt, so the caller re-uploads the texture.
    bool build(float pixel_scale);
    const FontSet& current() const { return set_; }

private:
    std::vector<std::uint8_t> regular_, bold_;
    float built_scale_ = 0.0f;
    FontSet set_;
};

}  // namespace redress::app
