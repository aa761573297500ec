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
  const float ratio = pixel_ratio_;
  if (budget_ && !layout.text().empty() && !layout.has_glyph_quads(atlas_, ratio) && !budget_->allows())
    return;
  const auto& quads = layout.glyph_quads(atlas_, ratio);
  // The box starts on a whole device pixel, so the cached quads stay pixel-exact wherever it is drawn.
  const float x = std::round(origin.x * ratio) / ratio, y = std::round(origin.y * ratio) / ratio;
  size_t i = 0;
  while (i < quads.size()) {
    // One draw command per atlas page: push its texture once, reserve all its quads at once, and
    // write the vertices directly, as ImGui's own text rendering does.
    const int page = quads[i].page;
    size_t end = i;
    while (end < quads.size() && quads[end].page == page) ++end;
    const int count = static_cast<int>(end - i);
    atlas_.mark_used(page);
    list.PushTextureID(texture_for_page(page));
    list.PrimReserve(6 * count, 4 * count);
    ImDrawVert* vertex = list._VtxWritePtr;
    ImDrawIdx* index = list._IdxWritePtr;
    auto base = static_cast<ImDrawIdx>(list._VtxCurrentIdx);
    for (; i < end; ++i) {
      const text::GlyphQuad& q = quads[i];
      const float x0 = x + q.x0, y0 = y + q.y0, x1 = x + q.x1, y1 = y + q.y1;
      vertex[0] = {{x0, y0}, {q.u0, q.v0}, colour};
      vertex[1] = {{x1, y0}, {q.u1, q.v0}, colour};
      vertex[2] = {{x1, y1}, {q.u1, q.v1}, colour};
      vertex[3] = {{x0, y1}, {q.u0, q.v1}, colour};
      index[0] = base;
      index[1] = static_cast<ImDrawIdx>(base + 1);
      index[2] = static_cast<ImDrawIdx>(base + 2);
      index[3] = base;
      index[4] = static_cast<ImDrawIdx>(base + 2);
      index[5] = static_cast<ImDrawIdx>(base + 3);
      vertex += 4;
      index += 6;
      base = static_cast<ImDrawIdx>(base + 4);
    }
    list._VtxWritePtr = vertex;
    list._IdxWritePtr = index;
    list._VtxCurrentIdx = base;
    list.PopTextureID();
  }
}

void TextPainter::upload() {
  atlas_.next_frame();
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
