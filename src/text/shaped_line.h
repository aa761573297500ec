#pragma once
// A single line of text, bidi-resolved and shaped: the first slice of the paragraph pipeline
// (FriBidi levels -> runs -> HarfBuzz with the whole line as context -> visual order).
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "text/font.h"

namespace muqeem::text {

enum class Direction { LeftToRight, RightToLeft, Auto };

// One glyph as HarfBuzz placed it, in font units.
struct ShapedGlyph {
  uint32_t glyph_id = 0;
  uint32_t cluster = 0;  // index of the first code point of the cluster in the line's text
  int x_offset = 0;
  int y_offset = 0;  // upwards positive, as in HarfBuzz
  int x_advance = 0;
  int pen_x = 0;  // distance from the line's left edge to this glyph's origin
};

// Consecutive code points at one embedding level, shaped with one font; glyphs in visual order
// (left to right on screen), so a right-to-left run's first glyph is its last character.
struct ShapedRun {
  const Font* font = nullptr;
  bool right_to_left = false;
  uint32_t text_start = 0;
  uint32_t text_length = 0;
  std::vector<ShapedGlyph> glyphs;
};

struct ShapedLine {
  std::u32string text;
  bool right_to_left = false;   // the resolved paragraph direction
  std::vector<ShapedRun> runs;  // in visual order
  int width = 0;                // font units

  // The line's advance width at a given font size in pixels.
  float width_px(float size) const;
};

// Shapes one line (no wrapping) with one font. Invalid UTF-8 is replaced, never rejected.
ShapedLine shape_line(std::string_view utf8, const Font& font, Direction direction);

}  // namespace muqeem::text
