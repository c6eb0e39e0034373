// The reference for bench/page_load.mjs: the smallest Dear ImGui GLFW/WebGL2 page (one window,
// one line of text, ImGui's built-in font), built with the same compiler and link flags as the
// Redress app, so the benchmark's ratios measure what Redress adds.
#include <GLFW/glfw3.h>
#include <emscripten/emscripten.h>
#include <imgui.h>
#include <imgui_impl_glfw.h>
#include <imgui_impl_opengl3.h>

namespace {

GLFWwindow* window = nullptr;
unsigned long frames = 0;

void frame() {
    ImGui_ImplOpenGL3_NewFrame();
    ImGui_ImplGlfw_NewFrame();
    ImGui::NewFrame();
    ImGui::Begin("Bare");
    ImGui::TextUnformatted("A bare Dear ImGui page.");
    ImGui::End();
    ImGui::Render();
    int w = 0, h = 0;
    glfwGetFramebufferSize(window, &w, &h);
    glViewport(0, 0, w, h);
    glClearColor(1, 1, 1, 1);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
    if (frames++ == 0) EM_ASM({ document.documentElement.dataset.redressFirstFrame = "1"; });
}

}  // namespace

extern "C" EMSCRIPTEN_KEEPALIVE double bare_frame_count() { return double(frames); }

int main() {
    if (!glfwInit()) return 1;
    glfwWindowHint(GLFW_CLIENT_API, GLFW_OPENGL_ES_API);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 0);
    window = glfwCreateWindow(1024, 768, "Bare", nullptr, nullptr);
    if (!window) return 2;
    glfwMakeContextCurrent(window);
    ImGui::CreateContext();
    ImGui::GetIO().IniFilename = nullptr;
    ImGui_ImplGlfw_InitForOpenGL(window, true);
    ImGui_ImplOpenGL3_Init("#version 300 es");
    emscripten_set_main_loop(frame, 0, false);
    return 0;
}
