// The browser app's entry points. web/app.js fetches the fonts, creates the module and calls
// redress_start(); it reports every viewport change through redress_viewport(). ImGui works in
// device pixels (CSS px times devicePixelRatio), so the canvas is never scaled and text is crisp.
#include <GLFW/glfw3.h>
#include <emscripten/emscripten.h>
#include <imgui.h>
#include <imgui_impl_glfw.h>
#include <imgui_impl_opengl3.h>

#include <cstdint>
#include <vector>

#include "fonts.h"
#include "home_page.h"
#include "render_scheduler.h"

namespace redress::app {
namespace {

struct App {
    GLFWwindow* window = nullptr;
    Fonts fonts;
    RenderScheduler scheduler;
    int pixel_width = 1, pixel_height = 1;  // the canvas's drawing-buffer size, set by app.js
    float device_pixel_ratio = 1.0f;
    bool first_frame_reported = false;
};

App& app() {
    static App instance;
    return instance;
}

// Tells the page (and the browser tests) that the first frame is on screen.
EM_JS(void, report_first_frame, (), {
    document.documentElement.dataset.redressFirstFrame = "1";
    document.dispatchEvent(new Event("redress:first-frame"));
});

void apply_style(float scale) {
    ImGuiStyle style;
    ImGui::StyleColorsLight(&style);
    style.WindowPadding = ImVec2(24, 24);
    style.FramePadding = ImVec2(12, 8);
    style.ItemSpacing = ImVec2(12, 12);
    style.WindowBorderSize = 0;
    style.WindowRounding = 0;
    style.Colors[ImGuiCol_WindowBg] = ImVec4(1, 1, 1, 1);
    style.Colors[ImGuiCol_Text] = ImVec4(0.043f, 0.047f, 0.047f, 1);  // GOV.UK text #0b0c0c
    style.ScaleAllSizes(scale);
    ImGui::GetStyle() = style;
}

void draw_frame() {
    App& a = app();
    if (a.fonts.build(a.device_pixel_ratio)) {
        ImGui_ImplOpenGL3_DestroyFontsTexture();
        apply_style(a.device_pixel_ratio);
    }
    ImGui_ImplOpenGL3_NewFrame();
    ImGui_ImplGlfw_NewFrame();
    // The canvas size is ours, not GLFW's (see redress_viewport), and ImGui works in device pixels.
    ImGuiIO& io = ImGui::GetIO();
    io.DisplaySize = ImVec2(float(a.pixel_width), float(a.pixel_height));
    io.DisplayFramebufferScale = ImVec2(1, 1);
    ImGui::NewFrame();
    draw_home_page(a.fonts.current());
    ImGui::Render();

    glViewport(0, 0, a.pixel_width, a.pixel_height);
    glClearColor(1, 1, 1, 1);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
}

void main_loop() {
    App& a = app();
    if (!a.scheduler.should_draw()) {
        emscripten_pause_main_loop();  // resumed by wake() on the next event
        return;
    }
    draw_frame();
    a.scheduler.drew();
    if (!a.first_frame_reported) {
        a.first_frame_reported = true;
        report_first_frame();
    }
}

void wake() {
    app().scheduler.wake();
    emscripten_resume_main_loop();
}

// Our callbacks only wake the loop; ImGui's backend installs its own after these and chains to
// them, so every event reaches ImGui too. ImGui 1.86 polls the cursor, so that one is ours alone.
void on_cursor(GLFWwindow*, double, double) { wake(); }
void on_button(GLFWwindow*, int, int, int) { wake(); }
void on_scroll(GLFWwindow*, double, double) { wake(); }
void on_key(GLFWwindow*, int, int, int, int) { wake(); }
void on_char(GLFWwindow*, unsigned int) { wake(); }
void on_focus(GLFWwindow*, int) { wake(); }
void on_enter(GLFWwindow*, int) { wake(); }

std::vector<std::uint8_t> take_bytes(std::uint8_t* data, int size) {
    std::vector<std::uint8_t> bytes(data, data + (size > 0 ? size : 0));
    free(data);  // allocated by app.js with _malloc
    return bytes;
}

}  // namespace
}  // namespace redress::app

using namespace redress::app;

extern "C" {

// Starts the app. The font buffers come from _malloc and are taken over (and freed) here.
EMSCRIPTEN_KEEPALIVE int redress_start(std::uint8_t* regular, int regular_size, std::uint8_t* bold,
                                       int bold_size, int pixel_width, int pixel_height, float dpr) {
    App& a = app();
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
    glfwSetScrollCallback(a.window, on_scroll);
    glfwSetKeyCallback(a.window, on_key);
    glfwSetCharCallback(a.window, on_char);
    glfwSetWindowFocusCallback(a.window, on_focus);
    glfwSetCursorEnterCallback(a.window, on_enter);

    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;  // nothing is stored unless the user asks
    io.LogFilename = nullptr;
    io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
    a.fonts.set_faces(take_bytes(regular, regular_size), take_bytes(bold, bold_size));
    ImGui_ImplGlfw_InitForOpenGL(a.window, true);
    ImGui_ImplOpenGL3_Init("#version 300 es");

    a.scheduler.wake();
    emscripten_set_main_loop(main_loop, 0, false);
    return 0;
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
    wake();
}

EMSCRIPTEN_KEEPALIVE double redress_frame_count() { return double(app().scheduler.frames_drawn()); }

}  // extern "C"
