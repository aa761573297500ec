#pragma once
// Glyph bitmaps rasterized by glyph index (stb_truetype) on demand into 8-bit coverage pages that the
// UI uploads as textures. Knows nothing of the GPU: it records which part of each page changed. When
// all pages are full, the least recently drawn page is emptied for new glyphs.
#include <cstdint>
#include <optional>
#include <unordered_map>
#include <vector>

#include "text/font.h"

namespace muqeem::text {

// Where one rasterized glyph sits in the atlas, and where to put it relative to the pen position.
struct AtlasGlyph {
  int page = -1;
  int x = 0, y = 0, width = 0, height = 0;  // in the page, device pixels; width 0 for blank glyphs
  int left = 0;  // bitmap's left edge from the (whole-pixel) pen position, device pixels
  int top = 0;   // bitmap's top edge from the baseline, device pixels, downwards positive
};

struct PixelRect {
  int x = 0, y = 0, width = 0, height = 0;
};

class GlyphAtlas {
 public:
  // Pen positions are rounded to a quarter of a device pixel; each quarter is its own bitmap.
  static constexpr int kSubpixelSteps = 4;

  explicit GlyphAtlas(int page_size = 1024, int max_pages = 4);

  // The glyph at a pixel size (device pixels per em) and a subpixel offset 0..kSubpixelSteps-1.
  const AtlasGlyph& glyph(const Font& font, uint32_t glyph_id, float pixel_size, int subpixel);

  int page_size() const { return page_size_; }
  int page_count() const { return static_cast<int>(pages_.size()); }
  const std::vector<uint8_t>& page_pixels(int page) const { return pages_[page].pixels; }
  // The part of a page written since the last call, if any.
  std::optional<PixelRect> take_dirty(int page);
  // Increases each time a page was emptied to make room; anything holding atlas positions rebuilds.
  uint64_t generation() const { return generation_; }

  // Frames drive eviction: a page drawn from in a recent frame is the last to be emptied.
  void next_frame() { ++frame_; }
  void mark_used(int page);

 private:
  struct Page {
    std::vector<uint8_t> pixels;
    int shelf_x = 0, shelf_y = 0, shelf_height = 0;
    std::optional<PixelRect> dirty;
    uint64_t last_used = 0;  // the frame it was last drawn from
  };
  struct Key {
    const Font* font;
    uint32_t glyph_id;
    uint32_t size_quarters;
    int subpixel;
    bool operator==(const Key&) const = default;
  };
  struct KeyHash {
    size_t operator()(const Key& key) const;
  };

  bool place(int width, int height, int& page, int& x, int& y);
  void evict_least_recently_used_page();

  int page_size_;
  int max_pages_;
  std::vector<Page> pages_;
  std::unordered_map<Key, AtlasGlyph, KeyHash> glyphs_;
  uint64_t generation_ = 0;
  uint64_t frame_ = 0;
};

}  // namespace muqeem::text
