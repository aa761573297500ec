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
  context.semantics.add({Role::Paragraph,
                         specimen.text,
                         layout.right_to_left() ? "ar" : "en",
                         0,
                         {origin.x, origin.y, width, layout.height()}});
}

}  // namespace muqeem::ui
