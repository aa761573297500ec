#include "ui/text_block.h"

#include <algorithm>

#include "ui/theme.h"

namespace muqeem::ui {

float draw_text_block(ScreenContext& context, ImDrawList& list, const TextBlock& block, float left, float top,
                      float width) {
  text::LayoutRequest request;
  request.text = block.text;
  request.direction = direction_of(block.language);
  request.weight = block.style.weight;
  request.size = block.style.size;
  request.max_width = width;
  request.max_lines = block.max_lines;
  request.align = block.align;
  request.line_height = theme::kLineHeight;
  const text::TextLayout& layout = context.layouts.get(request);
  context.painter.draw(list, layout, ImVec2(left, top), block.style.colour);

  // The accessible box hugs the text: from the leftmost line start to the rightmost line end.
  float ink_left = width, ink_right = 0;
  for (const auto& line : layout.lines()) {
    if (line.runs.empty()) continue;
    ink_left = std::min(ink_left, line.left + line.runs.front().x);
    ink_right = std::max(ink_right, line.left + line.runs.back().x + line.runs.back().width);
  }
  if (ink_right < ink_left) ink_left = ink_right = 0;
  SemanticNode node;
  node.role = block.role;
  node.name = block.text;
  node.language = language_code(block.language);
  node.level = block.heading_level;
  node.rect = {left + ink_left, top, ink_right - ink_left, layout.height()};
  context.semantics.add(std::move(node));
  return layout.height();
}

}  // namespace muqeem::ui
