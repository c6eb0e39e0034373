// The browser app's entry points. web/app/main.js fetches the fonts, creates the module, calls
// redress_start() and then talks to the app through the C API in bridge.cpp. ImGui works
// in device pixels (CSS px times devicePixelRatio), so the canvas is never scaled and text is crisp.
//
// Who does what (docs/wizard.md): the wizard (src/shared) owns the flow; app.js owns dispatch,
// the keyboard (through the HTML layer), settings and storage; this app draws the view model
// and reports pointer clicks to app.js, which dispatches them like any other action.
#include "app.h"

#include <GLFW/glfw3.h>
#include <emscripten/emscripten.h>
#include <imgui.h>
#include <imgui_impl_glfw.h>
#include <imgui_impl_opengl3.h>

#include <algorithm>
#include <cstdint>
#include <vector>

#include "json/writer.h"
#include "page_drawer.h"

namespace redress::app {
namespace {

// The JavaScript in EM_JS is compiled with Emscripten's glue by the Closure Compiler, which
// renames any property written with a dot (src/wasm/CMakeLists.txt): the page's names are strings.

// Tells the page (and the browser tests) that the first frame is on screen.
EM_JS(void, report_first_frame, (), {
    document.documentElement.dataset["redressFirstFrame"] = "1";
    document.dispatchEvent(new Event("redress:first-frame"));
});

// What the reader did on the canvas, handed to app.js after the frame (never during it: app.js
// dispatches at once, which changes the view model the frame was drawing).
EM_JS(void, js_pointer_action, (const char* action, const char* id), {
    window["redress"]["onCanvasAction"](UTF8ToString(action), UTF8ToString(id));
});
EM_JS(void, js_pointer_focus, (const char* id), { window["redress"]["onCanvasFocus"](UTF8ToString(id)); });
EM_JS(void, js_setting, (const char* name, const char* value), {
    window["redress"]["onCanvasSetting"](UTF8ToString(name), UTF8ToString(value));
});

// `unit` is device pixels per CSS pixel times the text size (capped at 150 percent: padding and
// spacing need not grow as the text does, and at 300 percent on a phone the words need the room);
// `width` the canvas's width in device pixels.
void apply_style(const Theme& theme, float unit, float width) {
    // ImGui's own colours (its dark set, from the constructor) are left: it draws only the
    // window, the scrollbar and plain text here, whose colours are all set below.
    ImGuiStyle style;
    style.WindowPadding = ImVec2(24, 16);
    style.FramePadding = ImVec2(12, 8);
    style.ItemSpacing = ImVec2(12, 8);
    style.WindowBorderSize = 0;
    style.WindowRounding = 0;
    style.ScrollbarSize = 16;
    style.ScrollbarRounding = 0;
    style.ScaleAllSizes(unit);
    // The page's side margins and the scrollbar grow with the text, but on a narrow screen not
    // past 4 and 5 percent of its width: at 300 percent on a 390 px phone they had taken half the
    // width, and words too long for what was left were cut off.
    style.WindowPadding.x = std::min(style.WindowPadding.x, std::max(0.04f * width, 8.0f));
    style.ScrollbarSize = std::min(style.ScrollbarSize, std::max(0.05f * width, 8.0f));
    const auto c = [](Colour col, float a = 1.0f) { return ImGui::ColorConvertU32ToFloat4(colour(col, a)); };
    style.Colors[ImGuiCol_WindowBg] = c(theme.background);
    style.Colors[ImGuiCol_Text] = c(theme.text);
    style.Colors[ImGuiCol_ScrollbarBg] = c(theme.panel);
    style.Colors[ImGuiCol_ScrollbarGrab] = c(theme.secondary_text);
    style.Colors[ImGuiCol_ScrollbarGrabHovered] = c(theme.text);
    style.Colors[ImGuiCol_ScrollbarGrabActive] = c(theme.text);
    ImGui::GetStyle() = style;
}

}  // namespace

App& app() {
    static App instance;
    return instance;
}

const Theme& App::theme() const { return settings.high_contrast ? kHighContrastTheme : kStandardTheme; }

float App::unit() const { return device_pixel_ratio * settings.text_scale; }

void App::draw_frame() {
    const float u = unit();
    const bool narrow = float(pixel_width) < 640.0f * device_pixel_ratio;  // 40em, as the page's style sheet
    const bool rebuilt = fonts.build(u, settings.dyslexic_font, heading_px(narrow, settings.text_scale));
    if (rebuilt || styled_unit != u || styled_high_contrast != settings.high_contrast || styled_width != pixel_width) {
        // The backend makes the font texture only with its other device objects on the first
        // frame, so a rebuilt atlas is uploaded here.
        if (rebuilt && first_frame_reported) {
            ImGui_ImplOpenGL3_DestroyFontsTexture();
            ImGui_ImplOpenGL3_CreateFontsTexture();
        }
        apply_style(theme(), device_pixel_ratio * std::min(settings.text_scale, 1.5f), float(pixel_width));
        styled_unit = u;
        styled_width = pixel_width;
        styled_high_contrast = settings.high_contrast;
    }
    ImGui_ImplOpenGL3_NewFrame();
    ImGui_ImplGlfw_NewFrame();
    // The canvas size is ours, not GLFW's (see redress_viewport), and ImGui works in device pixels.
    ImGuiIO& io = ImGui::GetIO();
    io.DisplaySize = ImVec2(float(pixel_width), float(pixel_height));
    io.DisplayFramebufferScale = ImVec2(1, 1);
    ImGui::NewFrame();

    WidgetContext w;
    w.theme = &theme();
    w.fonts = fonts.current();
    w.unit = u;
    w.dpr = device_pixel_ratio;
    w.pad_unit = device_pixel_ratio * std::min(settings.text_scale, 1.5f);
    // WCAG 2.2's 24 CSS px target, and 44 px (2.5.5) from 200 percent text.
    w.min_target = (settings.text_scale >= 2.0f ? 44.0f : 24.0f) * device_pixel_ratio;
    w.focus_id = focus_id;
    w.scroll_to_focus = scroll_to_focus;
    w.page_top = page_top;
    w.scroll_by = pending_scroll;
    pending_scroll = 0.0f;
    JsonWriter log;
    if (record_wraps) {
        w.wrap_log = &log;
        log.begin_array();
    }
    PageOutput out;
    if (wizard_) draw_page(w, wizard_->view(), settings, out);
    ImGui::Render();
    if (record_wraps) {
        wrap_log = log.end_array().take();
        record_wraps = false;
    }

    const Colour bg = theme().background;
    glViewport(0, 0, pixel_width, pixel_height);
    glClearColor(bg.r / 255.0f, bg.g / 255.0f, bg.b / 255.0f, 1);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
    report_browser_text(w.browser_text);
    report_layout(w.twins, w.twin_ids, device_pixel_ratio);

    // The focused thing comes into view over a frame or two (a scroll takes effect on the next);
    // the scheduler's settle frames draw them. Three tries, for a place the page cannot reach.
    page_top = false;
    if (scroll_to_focus && (!w.focus_drawn || w.scroll_target < 0 || ++focus_scrolls > 3)) {
        scroll_to_focus = false;
        focus_scrolls = 0;
    }
    // Last, as the frame is finished: app.js may dispatch and change the view model at once.
    if (!out.setting.empty()) js_setting(out.setting.c_str(), out.setting_value.c_str());
    if (!out.action.empty()) js_pointer_action(out.action.c_str(), out.clicked_id.c_str());
    else if (!out.focus_only.empty()) js_pointer_focus(out.focus_only.c_str());
}

void App::wake() {
    scheduler.wake();
    if (loop_started) emscripten_resume_main_loop();  // before redress_start there is no loop yet
}

namespace {

void main_loop() {
    App& a = app();
    if (!a.scheduler.should_draw()) {
        emscripten_pause_main_loop();  // resumed by wake() on the next event
        return;
    }
    a.draw_frame();
    a.scheduler.drew();
    if (!a.first_frame_reported) {
        a.first_frame_reported = true;
        report_first_frame();
    }
}

// Our callbacks only wake the loop; ImGui's backend installs its own after these and chains to
// them, so every event reaches ImGui too. ImGui 1.86 polls the cursor, so that one is ours alone.
// Keys and the wheel never arrive: the page keeps them (web/app/keyboard.js, scrolling.js), and
// scrolls the page through redress_scroll_by.
void on_cursor(GLFWwindow*, double, double) { app().wake(); }
void on_button(GLFWwindow*, int, int, int) { app().wake(); }
void on_focus(GLFWwindow*, int) { app().wake(); }
void on_enter(GLFWwindow*, int) { app().wake(); }

std::vector<std::uint8_t> take_bytes(std::uint8_t* data, int size) {
    std::vector<std::uint8_t> bytes(data, data + (size > 0 ? size : 0));
    free(data);  // allocated by app.js with _malloc
    return bytes;
}

}  // namespace
}  // namespace redress::app

using namespace redress::app;

extern "C" {

// Starts the app: 0, or 1 (no GLFW), 2 (no WebGL2 window), 3 (the fonts are not a font
// collection). The font collection (regular and bold) comes from _malloc and is taken over (and
// freed) here.
EMSCRIPTEN_KEEPALIVE int redress_start(std::uint8_t* fonts, int fonts_size, int pixel_width, int pixel_height,
                                       float dpr) {
    App& a = app();
    if (!a.fonts.set_standard(take_bytes(fonts, fonts_size))) return 3;
    if (!glfwInit()) return 1;
    glfwWindowHint(GLFW_CLIENT_API, GLFW_OPENGL_ES_API);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 0);
    a.window = glfwCreateWindow(pixel_width, pixel_height, "Redress", nullptr, nullptr);
    if (!a.window) return 2;
    glfwMakeContextCurrent(a.window);
    a.pixel_width = pixel_width;
    a.pixel_height = pixel_height;
    a.device_pixel_ratio = dpr > 0 ? dpr : 1.0f;

    glfwSetCursorPosCallback(a.window, on_cursor);
    glfwSetMouseButtonCallback(a.window, on_button);
    glfwSetWindowFocusCallback(a.window, on_focus);
    glfwSetCursorEnterCallback(a.window, on_enter);

    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;  // nothing is stored unless the user asks
    io.LogFilename = nullptr;
    ImGui_ImplGlfw_InitForOpenGL(a.window, true);
    ImGui_ImplOpenGL3_Init("#version 300 es");

    // The first page opens at its top with its heading in view, as every later page does (there
    // the heading gets DOM focus; here it is only the place to show).
    a.focus_id = "page-heading";
    a.scroll_to_focus = a.page_top = true;
    a.scheduler.wake();
    a.loop_started = true;
    emscripten_set_main_loop(main_loop, 0, false);
    return 0;
}

// The dyslexia-friendly font collection, fetched by app.js when the reader first chooses it.
// 0 when the bytes are not a font collection (the standard font stays).
EMSCRIPTEN_KEEPALIVE int redress_set_dyslexic_font(std::uint8_t* fonts, int fonts_size) {
    App& a = app();
    if (!a.fonts.set_dyslexic(take_bytes(fonts, fonts_size))) return 0;
    a.wake();
    return 1;
}

// The canvas's drawing-buffer size (already set by app.js) and the devicePixelRatio, after any
// resize or zoom. Not glfwSetWindowSize: Emscripten's GLFW asks for fullscreen when the size
// equals the screen's and calls exitFullscreen otherwise, which throws outside fullscreen.
EMSCRIPTEN_KEEPALIVE void redress_viewport(int pixel_width, int pixel_height, float dpr) {
    App& a = app();
    if (!a.window || pixel_width <= 0 || pixel_height <= 0) return;
    a.pixel_width = pixel_width;
    a.pixel_height = pixel_height;
    if (dpr > 0) a.device_pixel_ratio = dpr;
    a.scroll_to_focus = !a.focus_id.empty();  // the layout moved: keep the focused thing in view
    a.wake();
}

// Scrolls the page `device_px` down (negative: up): a finger's drag, the wheel, or a key
// (web/app/touch.js, scrolling.js, keyboard.js, which keep these from GLFW and say why).
EMSCRIPTEN_KEEPALIVE void redress_scroll_by(float device_px) {
    App& a = app();
    a.pending_scroll += device_px;
    a.scroll_to_focus = false;  // the reader scrolls: focus stays where it is, maybe out of view, as in a browser
    a.wake();
}

// The WebGL context came back after it was lost (web/app/graphics.js): everything made on it is
// gone, so the backend starts again and makes its shaders, buffers and font texture on the next
// frame. (Shut down, not only its device objects destroyed: ImGui 1.86 keeps the old buffers'
// sizes then, and writes past the new, empty ones.)
EMSCRIPTEN_KEEPALIVE void redress_graphics_restored() {
    App& a = app();
    if (!a.window) return;
    ImGui_ImplOpenGL3_Shutdown();
    ImGui_ImplOpenGL3_Init("#version 300 es");
    a.scroll_to_focus = !a.focus_id.empty();
    a.wake();
}

EMSCRIPTEN_KEEPALIVE double redress_frame_count() { return double(app().scheduler.frames_drawn()); }

}  // extern "C"
