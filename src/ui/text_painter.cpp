#include "ui/text_painter.h"

#include <cmath>

namespace muqeem::ui {

TextPainter::TextPainter(text::GlyphAtlas& atlas, TextureSink& textures)
    : atlas_(atlas), textures_(textures) {}

ImTextureID TextPainter::texture_for_page(int page) {
  while (static_cast<int>(page_textures_.size()) <= page) {
    page_textures_.push_back(textures_.create_coverage_texture(atlas_.page_size(), atlas_.page_size()));
  }
  return page_textures_[static_cast<size_t>(page)];
}

void TextPainter::draw(ImDrawList& list, const text::TextLayout& layout, ImVec2 origin, ImU32 colour) {
  for (const auto& line : layout.lines()) {
    for (const auto& run : line.runs) {
      draw_run(list, run, origin.x + line.left + run.x, origin.y + line.baseline, colour);
    }
  }
}

void TextPainter::draw_run(ImDrawList& list, const text::LineRun& run, float left, float baseline,
                           ImU32 colour) {
  const float ratio = pixel_ratio_;
  const float inverse_page = 1.0f / static_cast<float>(atlas_.page_size());
  const float scale = run.scale * ratio;  // device pixels per font unit
  const float device_size = scale * static_cast<float>(run.font->units_per_em());
  // Baselines sit on whole device pixels; pen positions keep a quarter-pixel of precision, which is
  // what keeps the joins of Arabic letters closed.
  const float device_baseline = std::round(baseline * ratio);
  float pen_units = 0;
  for (const auto& glyph : run.glyphs) {
    const float pen = left * ratio + (pen_units + static_cast<float>(glyph.x_offset)) * scale;
    pen_units += static_cast<float>(glyph.x_advance);
    float whole = std::floor(pen);
    int subpixel = static_cast<int>(std::lround((pen - whole) * text::GlyphAtlas::kSubpixelSteps));
    if (subpixel == text::GlyphAtlas::kSubpixelSteps) {
      subpixel = 0;
      whole += 1.0f;
    }
    const auto& placed = atlas_.glyph(*run.font, glyph.glyph_id, device_size, subpixel);
    if (placed.width == 0) continue;
    const float x0 = whole + static_cast<float>(placed.left);
    const float y0 = device_baseline - std::round(static_cast<float>(glyph.y_offset) * scale) +
                     static_cast<float>(placed.top);
    const ImVec2 p0(x0 / ratio, y0 / ratio);
    const ImVec2 p1((x0 + static_cast<float>(placed.width)) / ratio,
                    (y0 + static_cast<float>(placed.height)) / ratio);
    const ImVec2 uv0(static_cast<float>(placed.x) * inverse_page,
                     static_cast<float>(placed.y) * inverse_page);
    const ImVec2 uv1(static_cast<float>(placed.x + placed.width) * inverse_page,
                     static_cast<float>(placed.y + placed.height) * inverse_page);
    list.AddImage(texture_for_page(placed.page), p0, p1, uv0, uv1, colour);
  }
}

void TextPainter::upload() {
  for (int page = 0; page < atlas_.page_count(); ++page) {
    const auto dirty = atlas_.take_dirty(page);
    if (!dirty) continue;
    const int stride = atlas_.page_size();
    const uint8_t* pixels = atlas_.page_pixels(page).data() + dirty->y * stride + dirty->x;
    textures_.update_coverage_texture(texture_for_page(page), dirty->x, dirty->y, dirty->width, dirty->height,
                                      pixels, stride);
  }
}

}  // namespace muqeem::ui
