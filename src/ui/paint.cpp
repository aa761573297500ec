#include "ui/paint.h"

#include <string>
#include <vector>

namespace muqeem::ui {

const text::TextLayout& single_line(Ui& ui, std::string_view text, const TextStyle& style,
                                    text::Direction direction) {
  text::LayoutRequest request;
  request.text = text;
  request.direction = direction;
  request.weight = style.weight;
  request.size = style.size;
  request.line_height = theme::kLineHeight;
  return ui.screen().layouts.get(request);
}

const text::TextLayout& wrapped(Ui& ui, std::string_view text, const TextStyle& style, float width,
                                int max_lines) {
  text::LayoutRequest request;
  request.text = text;
  request.direction = direction_of(ui.language());
  request.weight = style.weight;
  request.size = style.size;
  request.max_width = width;
  request.max_lines = max_lines;
  request.align = text::Align::Start;
  request.line_height = theme::kLineHeight;
  return ui.screen().layouts.get(request);
}

void paint(Ui& ui, const text::TextLayout& layout, float x, float y, ImU32 colour) {
  ui.screen().painter.draw(ui.draw(), layout, ImVec2(x, y), colour);
}

void paint_line(Ui& ui, std::string_view text, const TextStyle& style, const Rect& area, bool centred,
                text::Direction direction) {
  const text::TextLayout& layout = single_line(ui, text, style, direction);
  if (layout.width() > area.width + 0.5f) ui.tree().overflows.emplace_back(text);
  const float x = centred    ? area.x + (area.width - layout.width()) / 2
                  : ui.rtl() ? area.right() - layout.width()
                             : area.x;
  paint(ui, layout, x, area.y + (area.height - layout.height()) / 2, style.colour);
}

bool paint_fitted(Ui& ui, std::string_view text, const TextStyle& style, const Rect& area,
                  text::Direction direction) {
  if (single_line(ui, text, style, direction).width() <= area.width) {
    paint_line(ui, text, style, area, false, direction);
    return false;
  }
  // The longest prefix, in whole code points, that fits with the ellipsis: a binary search over the
  // code point boundaries, each probe a cached layout.
  std::vector<size_t> ends;
  for (size_t i = 1; i <= text.size(); ++i)
    if (i == text.size() || (static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) ends.push_back(i);
  const auto shortened = [&](size_t count) {
    std::string line(text.substr(0, count == 0 ? 0 : ends[count - 1]));
    while (!line.empty() && line.back() == ' ') line.pop_back();
    return line + "\u2026";
  };
  size_t low = 0, high = ends.size();  // low always fits (the ellipsis alone is accepted)
  while (low + 1 < high) {
    const size_t middle = (low + high) / 2;
    if (single_line(ui, shortened(middle), style, direction).width() <= area.width)
      low = middle;
    else
      high = middle;
  }
  paint_line(ui, shortened(low), style, area, false, direction);
  return true;
}

float paint_wrapped(Ui& ui, std::string_view text, const TextStyle& style, const Rect& area, int max_lines) {
  const text::TextLayout& layout = wrapped(ui, text, style, area.width, max_lines);
  paint(ui, layout, area.x, area.y, style.colour);
  return layout.height();
}

void fill(Ui& ui, const Rect& rect, ImU32 colour, float rounding) {
  ui.draw().AddRectFilled(top_left(rect), bottom_right(rect), colour, rounding);
}

void outline(Ui& ui, const Rect& rect, ImU32 colour, float thickness, float rounding) {
  // ImGui strokes centred on the path: inset by half the thickness so the border stays inside.
  const float half = thickness / 2;
  ui.draw().AddRect(ImVec2(rect.x + half, rect.y + half), ImVec2(rect.right() - half, rect.bottom() - half),
                    colour, rounding, 0, thickness);
}

void focus_ring(Ui& ui, const Rect& rect) {
  const float grow = theme::kFocusOffset + theme::kFocusWidth;
  outline(ui, {rect.x - grow, rect.y - grow, rect.width + 2 * grow, rect.height + 2 * grow}, theme::kFocus,
          theme::kFocusWidth, theme::kRadius + grow);
}

}  // namespace muqeem::ui
