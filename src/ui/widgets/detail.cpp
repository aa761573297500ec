#include "ui/widgets/detail.h"

namespace muqeem::ui {

void detail(Ui& ui, const std::string& label, const std::string& value) {
  const Rect line = ui.next(32.0f, 4.0f);
  const auto halves = ui.columns(line, 2, 16.0f);
  paint_line(ui, label, {text::Weight::Bold, theme::kBodySize, theme::kTextSecondary}, halves[0]);
  paint_line(ui, value, {text::Weight::Regular, theme::kBodySize, theme::kText}, halves[1]);
  SemanticNode node;
  node.role = Role::Paragraph;
  node.name = label + ": " + value;
  node.language = ui.language_code();
  node.rect = line;
  ui.tree().add(std::move(node));
}

}  // namespace muqeem::ui
