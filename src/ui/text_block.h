#pragma once
// A block of text placed in a screen: laid out through the cache, drawn, and recorded in the
// semantic tree under the role it plays.
#include <string>

#include "ui/paint.h"

namespace muqeem::ui {

struct TextBlock {
  const std::string& text;
  Language language;
  TextStyle style;
  Role role = Role::Paragraph;
  int heading_level = 0;
  text::Align align = text::Align::Center;
  int max_lines = 0;
};

// Draws the block in a box `width` wide with its top-left corner at (left, top), wrapping to the
// width; returns the height it took.
float draw_text_block(ScreenContext& context, ImDrawList& list, const TextBlock& block, float left, float top,
                      float width);

}  // namespace muqeem::ui
