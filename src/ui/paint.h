#pragma once
// Drawing primitives the widgets share: text through the text engine (laid out once, cached), boxes
// and the focus ring. Nothing here records semantics; widgets do that.
#include <string_view>

#include "ui/theme.h"
#include "ui/ui.h"

namespace muqeem::ui {

struct TextStyle {
  text::Weight weight = text::Weight::Regular;
  float size = 16.0f;
  ImU32 colour = IM_COL32_BLACK;
};

// Text on one line, unwrapped, in its own direction (auto: data may be Latin inside Arabic).
const text::TextLayout& single_line(Ui& ui, std::string_view text, const TextStyle& style,
                                    text::Direction direction = text::Direction::Auto);
// Text wrapped to `width` in the UI's direction, aligned to the start side.
const text::TextLayout& wrapped(Ui& ui, std::string_view text, const TextStyle& style, float width,
                                int max_lines = 0);

// Draws a laid-out text with its box's top-left corner at (x, y).
void paint(Ui& ui, const text::TextLayout& layout, float x, float y, ImU32 colour);
// Draws one line of text in `area`, vertically centred, at the start side (or centred).
void paint_line(Ui& ui, std::string_view text, const TextStyle& style, const Rect& area, bool centred = false,
                text::Direction direction = text::Direction::Auto);
// Draws one line like paint_line, but a text wider than `area` ends with an ellipsis where it is cut;
// true when it was cut (the caller keeps the whole text in the semantic node and says so).
bool paint_fitted(Ui& ui, std::string_view text, const TextStyle& style, const Rect& area,
                  text::Direction direction = text::Direction::Auto);
// Draws wrapped text at the top of `area`; returns its height.
float paint_wrapped(Ui& ui, std::string_view text, const TextStyle& style, const Rect& area,
                    int max_lines = 0);

void fill(Ui& ui, const Rect& rect, ImU32 colour, float rounding = theme::kRadius);
void outline(Ui& ui, const Rect& rect, ImU32 colour, float thickness = 1.0f, float rounding = theme::kRadius);
// The keyboard focus indicator: a dark ring just outside the control.
void focus_ring(Ui& ui, const Rect& rect);

inline ImVec2 top_left(const Rect& rect) {
  return {rect.x, rect.y};
}
inline ImVec2 bottom_right(const Rect& rect) {
  return {rect.right(), rect.bottom()};
}

}  // namespace muqeem::ui
