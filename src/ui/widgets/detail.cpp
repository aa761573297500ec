#include "ui/widgets/detail.h"

namespace muqeem::ui {

void detail(Ui& ui, const std::string& label, const std::string& value) {
  const TextStyle label_style{text::Weight::Bold, theme::kBodySize, theme::kTextSecondary};
  const TextStyle value_style{text::Weight::Regular, theme::kBodySize, theme::kText};
  Rect line;
  if (ui.compact()) {  // a narrow window: the label above its value, each the whole width
    const Rect label_line = ui.next(24.0f, 0.0f);
    const Rect value_line = ui.next(28.0f, 8.0f);
    paint_line(ui, label, label_style, label_line);
    paint_line(ui, value, value_style, value_line);
    line = {label_line.x, label_line.y, label_line.width, value_line.bottom() - label_line.y};
  } else {
    line = ui.next(32.0f, 4.0f);
    const auto halves = ui.columns(line, 2, 16.0f);
    paint_line(ui, label, label_style, halves[0]);
    paint_line(ui, value, value_style, halves[1]);
  }
  SemanticNode node;
  node.role = Role::Paragraph;
  node.name = label + ": " + value;
  node.language = ui.language_code();
  node.rect = line;
  ui.tree().add(std::move(node));
}

}  // namespace muqeem::ui
