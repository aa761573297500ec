#pragma once
// Draws shaped lines into an ImDrawList as one textured quad per glyph, from the glyph atlas. This is
// the thin adapter between the text engine (no ImGui) and Dear ImGui.
#include <vector>

#include "imgui.h"
#include "text/glyph_atlas.h"
#include "text/shaped_line.h"
#include "ui/texture_sink.h"

namespace muqeem::ui {

struct LineMetrics {
  float ascent = 0;   // CSS pixels above the baseline
  float descent = 0;  // CSS pixels below the baseline (positive)
  float width = 0;
};

class TextPainter {
 public:
  TextPainter(text::GlyphAtlas& atlas, TextureSink& textures);

  // The device pixel ratio glyphs are rasterized at (2 on a "retina" screen): text stays sharp.
  void set_pixel_ratio(float ratio) { pixel_ratio_ = ratio > 0 ? ratio : 1.0f; }
  float pixel_ratio() const { return pixel_ratio_; }

  static LineMetrics measure(const text::ShapedLine& line, const text::Font& font, float size);

  // Draws the line with its left edge at `left` and its baseline at `baseline` (CSS pixels).
  void draw(ImDrawList& list, const text::ShapedLine& line, float size, float left, float baseline,
            ImU32 colour);

  // Sends the atlas pixels drawn since the last call to the GPU. Call once per frame before rendering.
  void upload();

 private:
  ImTextureID texture_for_page(int page);

  text::GlyphAtlas& atlas_;
  TextureSink& textures_;
  std::vector<ImTextureID> page_textures_;
  float pixel_ratio_ = 1.0f;
};

}  // namespace muqeem::ui
