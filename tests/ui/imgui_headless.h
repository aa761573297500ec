#pragma once
// A Dear ImGui context with no window and no GPU: frames are built and their draw lists inspected.
#include "imgui.h"

namespace muqeem::test {

class ImGuiHeadless {
 public:
  explicit ImGuiHeadless(ImVec2 size) {
    context_ = ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;
    io.DisplaySize = size;
    io.DeltaTime = 1.0f / 60.0f;
    unsigned char* pixels = nullptr;
    int width = 0, height = 0;
    io.Fonts->GetTexDataAsAlpha8(&pixels, &width, &height);
  }
  ~ImGuiHeadless() { ImGui::DestroyContext(context_); }
  ImGuiHeadless(const ImGuiHeadless&) = delete;
  ImGuiHeadless& operator=(const ImGuiHeadless&) = delete;

 private:
  ImGuiContext* context_;
};

}  // namespace muqeem::test
