#pragma once
// One line of text placed in a screen: shaped through the cache, drawn, and recorded in the semantic
// tree under the role it plays.
#include <string>

#include "ui/screen_context.h"

namespace muqeem::ui {

struct TextStyle {
  text::Weight weight = text::Weight::Regular;
  float size = 16.0f;
  ImU32 colour = IM_COL32_BLACK;
};

struct TextLineSpec {
  const std::string& text;
  Language language;
  TextStyle style;
  Role role = Role::Paragraph;
  int heading_level = 0;
};

// Draws the line horizontally centred in [left, left + width] with its top at `top`; returns the
// height it took (the style's line height).
float draw_centred_line(ScreenContext& context, ImDrawList& list, const TextLineSpec& spec, float left,
                        float width, float top);

}  // namespace muqeem::ui
