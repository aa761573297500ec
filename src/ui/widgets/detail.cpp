#include "ui/widgets/detail.h"

#include <algorithm>

namespace muqeem::ui {

// The value wraps onto more lines where it does not fit: a detail is never cut.
void detail(Ui& ui, const std::string& label, const std::string& value) {
  const TextStyle label_style{text::Weight::Bold, theme::kBodySize, theme::kTextSecondary};
  const TextStyle value_style{text::Weight::Regular, theme::kBodySize, theme::kText};
  Rect line;
  if (ui.compact()) {  // a narrow window: the label above its value, each the whole width
    const Rect label_line = ui.next(24.0f, 0.0f);
    const float width = label_line.width;
    const float value_height = std::max(28.0f, wrapped(ui, value, value_style, width).height());
    const Rect value_line = ui.next(value_height, 8.0f);
    paint_line(ui, label, label_style, label_line);
    paint_wrapped(ui, value, value_style, {value_line.x, value_line.y + 2.0f, width, value_height});
    line = {label_line.x, label_line.y, label_line.width, value_line.bottom() - label_line.y};
  } else {
    const float half = (ui.box().width - 16.0f) / 2;
    const float height = std::max(32.0f, wrapped(ui, value, value_style, half).height() + 8.0f);
    line = ui.next(height, 4.0f);
    const auto halves = ui.columns(line, 2, 16.0f);
    paint_line(ui, label, label_style, {halves[0].x, halves[0].y, halves[0].width, 32.0f});
    paint_wrapped(ui, value, value_style, {halves[1].x, halves[1].y + 4.0f, halves[1].width, height});
  }
  SemanticNode node;
  node.role = Role::Paragraph;
  node.name = label + ": " + value;
  node.language = ui.language_code();
  node.rect = line;
  ui.tree().add(std::move(node));
}

}  // namespace muqeem::ui
