#include "text/glyph_atlas.h"

#include <algorithm>
#include <cmath>
#include <functional>

#include "imstb_truetype.h"

namespace muqeem::text {
namespace {

constexpr int kPadding = 1;  // blank pixels around each bitmap so bilinear sampling never bleeds

void grow(std::optional<PixelRect>& dirty, const PixelRect& rect) {
  if (!dirty) {
    dirty = rect;
    return;
  }
  const int right = std::max(dirty->x + dirty->width, rect.x + rect.width);
  const int bottom = std::max(dirty->y + dirty->height, rect.y + rect.height);
  dirty->x = std::min(dirty->x, rect.x);
  dirty->y = std::min(dirty->y, rect.y);
  dirty->width = right - dirty->x;
  dirty->height = bottom - dirty->y;
}

}  // namespace

size_t GlyphAtlas::KeyHash::operator()(const Key& key) const {
  size_t h = std::hash<const void*>()(key.font);
  h = h * 31 + key.glyph_id;
  h = h * 31 + key.size_quarters;
  return h * 31 + static_cast<size_t>(key.subpixel);
}

GlyphAtlas::GlyphAtlas(int page_size, int max_pages) : page_size_(page_size), max_pages_(max_pages) {}

const AtlasGlyph& GlyphAtlas::glyph(const Font& font, uint32_t glyph_id, float pixel_size, int subpixel) {
  const Key key{&font, glyph_id, static_cast<uint32_t>(std::lround(pixel_size * 4.0f)), subpixel};
  if (auto found = glyphs_.find(key); found != glyphs_.end()) {
    if (found->second.page >= 0) mark_used(found->second.page);
    return found->second;
  }

  const stbtt_fontinfo& info = font.rasterizer();
  const float scale = stbtt_ScaleForMappingEmToPixels(&info, pixel_size);
  const float shift_x = static_cast<float>(subpixel) / kSubpixelSteps;
  const int index = static_cast<int>(glyph_id);
  int x0 = 0, y0 = 0, x1 = 0, y1 = 0;
  stbtt_GetGlyphBitmapBoxSubpixel(&info, index, scale, scale, shift_x, 0.0f, &x0, &y0, &x1, &y1);

  AtlasGlyph placed;
  placed.left = x0;
  placed.top = y0;
  const int width = x1 - x0, height = y1 - y0;
  if (width > 0 && height > 0) {
    int page = 0, x = 0, y = 0;
    if (!place(width, height, page, x, y)) {
      evict_least_recently_used_page();
      // A glyph larger than a page is drawn as blank rather than overflowing it.
      if (!place(width, height, page, x, y)) return glyphs_.emplace(key, placed).first->second;
    }
    Page& target = pages_[page];
    stbtt_MakeGlyphBitmapSubpixel(&info, target.pixels.data() + y * page_size_ + x, width, height, page_size_,
                                  scale, scale, shift_x, 0.0f, index);
    grow(target.dirty, {x, y, width, height});
    placed.page = page;
    placed.x = x;
    placed.y = y;
    placed.width = width;
    placed.height = height;
  }
  return glyphs_.emplace(key, placed).first->second;
}

std::optional<PixelRect> GlyphAtlas::take_dirty(int page) {
  auto dirty = pages_[page].dirty;
  pages_[page].dirty.reset();
  return dirty;
}

// Shelf packing: glyphs of one size have similar heights, so rows fill well.
bool GlyphAtlas::place(int width, int height, int& page, int& x, int& y) {
  const int w = width + kPadding, h = height + kPadding;
  if (w > page_size_ || h > page_size_) return false;
  for (size_t p = 0; p < pages_.size(); ++p) {
    Page& candidate = pages_[p];
    if (candidate.shelf_x + w > page_size_) {
      candidate.shelf_y += candidate.shelf_height;
      candidate.shelf_x = 0;
      candidate.shelf_height = 0;
    }
    if (candidate.shelf_y + h > page_size_) continue;
    page = static_cast<int>(p);
    x = candidate.shelf_x;
    y = candidate.shelf_y;
    candidate.shelf_x += w;
    candidate.shelf_height = std::max(candidate.shelf_height, h);
    return true;
  }
  if (static_cast<int>(pages_.size()) >= max_pages_) return false;
  pages_.push_back(
      {std::vector<uint8_t>(static_cast<size_t>(page_size_) * page_size_, 0), 0, 0, 0, {}, frame_});
  return place(width, height, page, x, y);
}

// When every page is full, the page drawn from least recently is emptied, and its glyphs forgotten;
// glyphs on the other pages stay where they are. The generation changes, so cached quads are
// rebuilt (cheaply: most of their glyphs are still here).
void GlyphAtlas::evict_least_recently_used_page() {
  size_t victim = 0;
  for (size_t p = 1; p < pages_.size(); ++p)
    if (pages_[p].last_used < pages_[victim].last_used) victim = p;
  for (auto entry = glyphs_.begin(); entry != glyphs_.end();) {
    if (entry->second.page == static_cast<int>(victim))
      entry = glyphs_.erase(entry);
    else
      ++entry;
  }
  Page& page = pages_[victim];
  std::fill(page.pixels.begin(), page.pixels.end(), uint8_t{0});
  page.shelf_x = page.shelf_y = page.shelf_height = 0;
  page.dirty = PixelRect{0, 0, page_size_, page_size_};
  page.last_used = frame_;
  ++generation_;
}

void GlyphAtlas::mark_used(int page) {
  pages_[static_cast<size_t>(page)].last_used = frame_;
}

}  // namespace muqeem::text
