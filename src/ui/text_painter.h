#pragma once
// Draws laid-out text into an ImDrawList as one textured quad per glyph, from the glyph atlas. The
// thin adapter between the text engine (which knows nothing of ImGui) and Dear ImGui.
#include <vector>

#include "imgui.h"
#include "text/glyph_atlas.h"
#include "text/text_layout.h"
#include "text/work_budget.h"
#include "ui/texture_sink.h"

namespace muqeem::ui {

class TextPainter {
 public:
  TextPainter(text::GlyphAtlas& atlas, TextureSink& textures);

  // The device pixel ratio glyphs are rasterized at (2 on a "retina" screen): text stays sharp.
  void set_pixel_ratio(float ratio) { pixel_ratio_ = ratio > 0 ? ratio : 1.0f; }
  float pixel_ratio() const { return pixel_ratio_; }

  // Past the budget (when one is set), text whose glyphs are not rasterized yet is left out, and the
  // frame is short of it.
  void set_budget(text::WorkBudget* budget) { budget_ = budget; }

  // Draws the layout with its box's top-left corner at `origin` (CSS pixels).
  void draw(ImDrawList& list, const text::TextLayout& layout, ImVec2 origin, ImU32 colour);

  // Sends the atlas pixels drawn since the last call to the GPU. Call once per frame before rendering.
  void upload();

 private:
  ImTextureID texture_for_page(int page);

  text::GlyphAtlas& atlas_;
  TextureSink& textures_;
  std::vector<ImTextureID> page_textures_;
  float pixel_ratio_ = 1.0f;
  text::WorkBudget* budget_ = nullptr;
};

}  // namespace muqeem::ui
