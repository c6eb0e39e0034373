#pragma once
// Draw only when something changed: an input event, a resize or a state change asks for a few
// frames (ImGui needs a couple to settle hover and layout), then the main loop pauses until the
// next wake-up. An idle page costs nothing, which matters on a cheap phone.
#include <algorithm>

namespace redress::app {

class RenderScheduler {
public:
    static constexpr int kSettleFrames = 3;

    void wake(int frames = kSettleFrames) { pending_ = std::max(pending_, frames); }
    bool should_draw() const { return pending_ > 0; }
    void drew() {
        if (pending_ > 0) --pending_;
        ++drawn_;
    }
    unsigned long frames_drawn() const { return drawn_; }

private:
    int pending_ = 0;
    unsigned long drawn_ = 0;
};

}  // namespace redress::app
