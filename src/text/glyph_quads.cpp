// TextLayout::glyph_quads: from shaped glyphs to atlas quads, once per pixel ratio.
#include <cmath>

#include "text/glyph_atlas.h"
#include "text/text_layout.h"

namespace muqeem::text {

bool TextLayout::has_glyph_quads(const GlyphAtlas& atlas, float pixel_ratio) const {
  return quads_atlas_ == &atlas && quads_ratio_ == pixel_ratio && quads_generation_ == atlas.generation();
}

const std::vector<GlyphQuad>& TextLayout::glyph_quads(GlyphAtlas& atlas, float pixel_ratio) const {
  if (has_glyph_quads(atlas, pixel_ratio)) return quads_;
  quads_.clear();
  const float inverse_page = 1.0f / static_cast<float>(atlas.page_size());
  for (const auto& line : lines_) {
    // Baselines sit on whole device pixels; pen positions keep a quarter of a pixel, which keeps
    // the joins of Arabic letters closed and spacing even.
    const float baseline = std::round(line.baseline * pixel_ratio);
    for (const auto& run : line.runs) {
      const float scale = run.scale * pixel_ratio;  // device pixels per font unit
      const float size = scale * static_cast<float>(run.font->units_per_em());
      const float left = (line.left + run.x) * pixel_ratio;
      float pen_units = 0;
      for (const auto& glyph : run.glyphs) {
        const float pen = left + (pen_units + static_cast<float>(glyph.x_offset)) * scale;
        pen_units += static_cast<float>(glyph.x_advance);
        float whole = std::floor(pen);
        int subpixel = static_cast<int>(std::lround((pen - whole) * GlyphAtlas::kSubpixelSteps));
        if (subpixel == GlyphAtlas::kSubpixelSteps) {
          subpixel = 0;
          whole += 1.0f;
        }
        const AtlasGlyph& placed = atlas.glyph(*run.font, glyph.glyph_id, size, subpixel);
        if (placed.width == 0) continue;
        const float x0 = whole + static_cast<float>(placed.left);
        const float y0 = baseline - std::round(static_cast<float>(glyph.y_offset) * scale) +
                         static_cast<float>(placed.top);
        GlyphQuad quad;
        quad.page = placed.page;
        quad.x0 = x0 / pixel_ratio;
        quad.y0 = y0 / pixel_ratio;
        quad.x1 = (x0 + static_cast<float>(placed.width)) / pixel_ratio;
        quad.y1 = (y0 + static_cast<float>(placed.height)) / pixel_ratio;
        quad.u0 = static_cast<float>(placed.x) * inverse_page;
        quad.v0 = static_cast<float>(placed.y) * inverse_page;
        quad.u1 = static_cast<float>(placed.x + placed.width) * inverse_page;
        quad.v1 = static_cast<float>(placed.y + placed.height) * inverse_page;
        quads_.push_back(quad);
      }
    }
  }
  // Rasterizing may have made the atlas start over; then these quads are already stale.
  quads_atlas_ = &atlas;
  quads_ratio_ = pixel_ratio;
  quads_generation_ = atlas.generation();
  return quads_;
}

}  // namespace muqeem::text
