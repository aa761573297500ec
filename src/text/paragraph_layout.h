#pragma once
// Paragraph layout, the text pipeline end to end (after libraqm and Chromium LayoutNG): split at hard
// breaks; per paragraph, FriBidi levels with bracket pairs; itemize by level, script and font; shape
// each item with HarfBuzz with the whole paragraph as context; break lines at UAX #14 opportunities
// (libunibreak) by shaped width; per line apply L1 and reorder runs (L2); align; truncate with "…".
#include <string_view>

#include "text/bidi_paragraph.h"
#include "text/font_set.h"
#include "text/text_layout.h"

namespace muqeem::text {

enum class Align { Start, End, Center };

struct LayoutRequest {
  std::string_view text;  // UTF-8; invalid bytes become U+FFFD
  Direction direction = Direction::Auto;
  Weight weight = Weight::Regular;
  float size = 16.0f;      // CSS pixels per em
  float max_width = 0.0f;  // 0: lines are never wrapped
  int max_lines = 0;       // 0: no limit; otherwise text beyond the last line is cut and "…" shown
  Align align = Align::Start;
  float line_height = 1.5f;  // a multiple of size
};

TextLayout lay_out(const LayoutRequest& request, const FontSet& fonts);

}  // namespace muqeem::text
