#pragma once
// The reader's display settings. web/app/settings.js owns them (it reads the first visit's preferences,
// persists them only when "remember on this device" is ticked, and fetches the dyslexia-friendly
// font when it is chosen); the app draws with them and asks app.js to change them.
namespace redress::app {

struct Settings {
    float text_scale = 1.0f;     // 1, 1.5, 2 or 3: the font atlas is rebuilt at each size
    bool high_contrast = false;
    bool dyslexic_font = false;  // OpenDyslexic, once app.js has fetched it
    bool remember = false;       // keep settings and answers in localStorage
    bool reduced_motion = false; // no smooth scrolling
    bool panel_open = false;     // the settings are showing (closed by default on a narrow screen)
};

inline constexpr float kTextScales[] = {1.0f, 1.5f, 2.0f, 3.0f};

}  // namespace redress::app
