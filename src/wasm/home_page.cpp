#include "home_page.h"

#include <imgui.h>

#include "policy_catalogue.h"


namespace redress::app {

void draw_home_page(const FontSet& fonts) {
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(viewport->WorkPos);
    ImGui::SetNextWindowSize(viewport->WorkSize);
    ImGui::Begin("Redress", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                     ImGuiWindowFlags_NoBringToFrontOnFocus);
    ImGui::PushFont(fonts.heading);
    ImGui::TextUnformatted("Redress");
    ImGui::PopFont();
    ImGui::PushFont(fonts.body);
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted("Find out whether your landlord should accept your complaint, by when you must act, "
                           "and who can act for you.");
    ImGui::Spacing();
    ImGui::TextUnformatted("Policies Redress can check:");
    for (const Policy& policy : builtin_catalogue().policies()) {
        ImGui::Bullet();  // BulletText() would not wrap; Text() honours the wrap position
        ImGui::SameLine();
        ImGui::Text("%s: %s (%s)", policy.name.c_str(), policy.document.c_str(), policy.date.c_str());
    }
    ImGui::PopTextWrapPos();
    ImGui::PopFont();
    ImGui::End();
}

}  // namespace redress::app
