#pragma once
// Laid-out text: lines of visual runs of shaped glyphs, with caret positions, hit-testing and
// selection. Produced by lay_out() (paragraph_layout.h); drawn by ui::TextPainter.
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "text/font.h"

namespace muqeem::text {

// One glyph as HarfBuzz placed it, in font units.
struct ShapedGlyph {
  uint32_t glyph_id = 0;
  uint32_t cluster = 0;  // index in the layout's text of the first code point of the glyph's cluster
  int x_offset = 0;
  int y_offset = 0;  // upwards positive, as in HarfBuzz
  int x_advance = 0;
};

// Consecutive characters of one line at one bidi level in one font; glyphs in visual order.
struct LineRun {
  const Font* font = nullptr;
  bool right_to_left = false;
  uint8_t script_tag[4] = {};                   // ISO 15924, as HarfBuzz shaped it ("Arab", "Latn", "Zyyy")
  uint32_t start = 0, end = 0;                  // logical range in the layout's text
  uint32_t context_start = 0, context_end = 0;  // the paragraph the run was shaped within
  bool ellipsis = false;                        // the "…" a truncated line ends with (start == end)
  float x = 0;                                  // left edge, from the line's left edge, CSS pixels
  float width = 0;
  float scale = 0;  // CSS pixels per font unit
  std::vector<ShapedGlyph> glyphs;
};

struct LayoutLine {
  uint32_t start = 0, end = 0;  // logical range, trailing white space and hard break included
  bool right_to_left = false;   // its paragraph's direction
  float left = 0;               // the line's left edge inside the layout box (after alignment)
  float top = 0;
  float baseline = 0;  // from the box's top
  float width = 0;     // advance of all runs
  bool ellipsized = false;
  std::vector<LineRun> runs;  // visual order, left to right
};

// Which side of a direction change a caret sits on: after the previous character (Upstream) or
// before the next (Downstream). At a boundary between an Arabic and a Latin run both are shown.
enum class Affinity { Upstream, Downstream };

struct Caret {
  float x = 0, top = 0, bottom = 0;
};

struct Rect {
  float x = 0, y = 0, width = 0, height = 0;
};

// A glyph ready to draw: where its bitmap goes, in CSS pixels from the layout box's top-left corner
// (placed on a whole device pixel, so each bitmap pixel lands on one screen pixel), and where it is in
// the atlas (texture coordinates).
struct GlyphQuad {
  int page = 0;
  float x0 = 0, y0 = 0, x1 = 0, y1 = 0;
  float u0 = 0, v0 = 0, u1 = 0, v1 = 0;
};

class GlyphAtlas;

struct HitResult {
  uint32_t index = 0;
  Affinity affinity = Affinity::Downstream;
};

class TextLayout {
 public:
  const std::u32string& text() const { return text_; }
  const std::vector<LayoutLine>& lines() const { return lines_; }
  float width() const { return width_; }  // the box: max width, or the widest line when unbounded
  float height() const { return height_; }
  float line_height() const { return line_height_; }
  bool right_to_left() const { return right_to_left_; }

  // Logical indices where a caret may stand: grapheme boundaries (a mark never leaves its letter).
  std::vector<uint32_t> caret_stops() const;
  Caret caret(uint32_t index, Affinity affinity = Affinity::Downstream) const;
  HitResult hit_test(float x, float y) const;
  // One rectangle per visual run the selection [start, end) touches.
  std::vector<Rect> selection(uint32_t start, uint32_t end) const;

  // Every inked glyph as a quad at a device pixel ratio, rasterizing into the atlas what it lacks.
  // Kept until the ratio changes or the atlas makes room, so a steady frame only copies quads.
  const std::vector<GlyphQuad>& glyph_quads(GlyphAtlas& atlas, float pixel_ratio) const;
  // Whether glyph_quads() has them already, so it would rasterize nothing.
  bool has_glyph_quads(const GlyphAtlas& atlas, float pixel_ratio) const;

 private:
  friend class LayoutBuilder;
  const LayoutLine& line_of(uint32_t index, Affinity affinity) const;
  // Fills the per-character arrays below on first use: labels never need them, fields always do.
  void measure_characters() const;
  void measure_run(const LineRun& run, float line_left) const;
  float leading_edge(uint32_t index) const;
  float trailing_edge(uint32_t index) const;

  std::u32string text_;
  std::vector<LayoutLine> lines_;
  float width_ = 0, height_ = 0, line_height_ = 0;
  bool right_to_left_ = false;
  // Per code point: its visual extent (box coordinates), the direction of its run, grapheme start.
  mutable bool measured_ = false;
  mutable std::vector<float> left_, right_;
  mutable std::vector<uint8_t> rtl_;
  mutable std::vector<uint8_t> grapheme_start_;
  // glyph_quads()'s cache, valid for one ratio and one atlas generation.
  mutable std::vector<GlyphQuad> quads_;
  mutable float quads_ratio_ = 0;
  mutable uint64_t quads_generation_ = 0;
  mutable const GlyphAtlas* quads_atlas_ = nullptr;
};

}  // namespace muqeem::text
