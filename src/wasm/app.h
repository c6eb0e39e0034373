#pragma once
// The one App the browser runs: the wizard, the display settings, the fonts, the focus that the
// HTML layer reports, and the render scheduler. app.cpp draws it; bridge.cpp exposes it to JS.
#include <optional>
#include <string>

#include "fonts.h"
#include "render_scheduler.h"
#include "settings.h"
#include "theme.h"
#include "widgets.h"
#include "wizard/wizard.h"

struct GLFWwindow;

namespace redress::app {

struct App {
    GLFWwindow* window = nullptr;
    Fonts fonts;
    RenderScheduler scheduler;
    Settings settings;
    int pixel_width = 1, pixel_height = 1;  // the canvas's drawing-buffer size, set by app.js
    float device_pixel_ratio = 1.0f;
    bool first_frame_reported = false;
    bool loop_started = false;

    std::optional<wizard::Wizard> wizard_;  // created by bridge.cpp's start(today)
    std::string focus_id;                   // the control with DOM focus
    bool scroll_to_focus = false;           // bring it into view (over the next frames, until it is)
    int focus_scrolls = 0;                  // frames spent bringing it into view
    bool page_top = false;                  // a new page: open it at its top
    float pending_scroll = 0.0f;            // device pixels to scroll the page by since the last frame
    bool record_wraps = false;              // for the tests: log the next frame's wrapped texts
    std::string wrap_log;

    // Styling is redone when the size or the theme changes, not on every frame.
    float styled_unit = 0.0f;
    int styled_width = 0;
    bool styled_high_contrast = false;

    const Theme& theme() const;
    float unit() const;  // device pixels per CSS pixel at this text size
    void draw_frame();
    void wake();  // something changed: draw a few frames
};

App& app();

}  // namespace redress::app
