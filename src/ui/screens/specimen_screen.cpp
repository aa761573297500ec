#include "ui/screens/specimen_screen.h"

#include <algorithm>

#include "ui/theme.h"

namespace muqeem::ui {

void draw_specimen_screen(ScreenContext& context, ImDrawList& list, ImVec2 size, const Specimen& specimen) {
  list.AddRectFilled(ImVec2(0, 0), size, theme::kPage);
  const float width = specimen.width > 0 ? specimen.width : std::max(1.0f, size.x - 2 * kSpecimenMargin);
  text::LayoutRequest request;
  request.text = specimen.text;
  request.direction = specimen.direction;
  request.weight = specimen.weight;
  request.size = specimen.size;
  request.max_width = width;
  request.line_height = theme::kLineHeight;
  const text::TextLayout& layout = context.layouts.get(request);
  const ImVec2 origin(kSpecimenMargin, kSpecimenMargin);
  context.painter.draw(list, layout, origin, theme::kText);
  // The box itself, not the ink: what the browser would lay the same text out in.
  SemanticNode node;
  node.role = Role::Paragraph;
  node.name = specimen.text;
  node.language = layout.right_to_left() ? "ar" : "en";
  node.rect = {origin.x, origin.y, width, layout.height()};
  context.semantics.add(std::move(node));
}

}  // namespace muqeem::ui
