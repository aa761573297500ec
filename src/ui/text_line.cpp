#include "ui/text_line.h"

#include "ui/theme.h"

namespace muqeem::ui {

float draw_centred_line(ScreenContext& context, ImDrawList& list, const TextLineSpec& spec, float left,
                        float width, float top) {
  const text::Font& font = context.font_for(spec.language, spec.style.weight);
  const auto direction =
      spec.language == Language::Arabic ? text::Direction::RightToLeft : text::Direction::LeftToRight;
  const text::ShapedLine& line = context.lines.get(spec.text, font, direction);
  const LineMetrics metrics = TextPainter::measure(line, font, spec.style.size);
  const float line_height = spec.style.size * theme::kLineHeight;
  // Centre the font's ascent + descent box inside the line box, as CSS does with half-leading.
  const float baseline = top + (line_height - metrics.ascent - metrics.descent) / 2 + metrics.ascent;
  const float x = left + (width - metrics.width) / 2;
  context.painter.draw(list, line, spec.style.size, x, baseline, spec.style.colour);
  context.semantics.add({spec.role,
                         spec.text,
                         language_code(spec.language),
                         spec.heading_level,
                         {x, top, metrics.width, line_height}});
  return line_height;
}

}  // namespace muqeem::ui
