#include "ui/widgets/copyable.h"

#include "ui/widgets/button.h"

namespace muqeem::ui {
namespace {
constexpr double kCopiedSeconds = 3.0;
}  // namespace

bool copyable_value(Ui& ui, const std::string& id, const std::string& label, const std::string& value) {
  std::string& copied_at = ui.input().note(id + ".copiedAt");
  const Rect line = ui.next(ui.target());
  Flow flow(ui, line, 16.0f);
  const TextStyle label_style{text::Weight::Bold, theme::kBodySize, theme::kText};
  const TextStyle value_style{text::Weight::Regular, theme::kBodySize, theme::kText};
  const Rect label_rect = flow.take(single_line(ui, label, label_style).width());
  paint_line(ui, label, label_style, label_rect);
  const Rect value_rect =
      flow.take(single_line(ui, value, value_style, text::Direction::LeftToRight).width());
  paint_line(ui, value, value_style, value_rect, false, text::Direction::LeftToRight);
  SemanticNode text;
  text.role = Role::Paragraph;
  text.name = label + ": " + value;
  text.language = ui.language_code();
  text.rect = {std::min(label_rect.x, value_rect.x), line.y, label_rect.width + value_rect.width + 16,
               line.height};
  ui.tree().add(std::move(text));

  const bool recently = !copied_at.empty() && ui.now() - std::stod(copied_at) < kCopiedSeconds;
  if (recently) ui.keep_animating();  // so "copied" turns back into "copy" by itself
  Button copy{id,
              recently ? ui.text("copy.done") : ui.screen().strings.format("copy.named", {{"label", label}}),
              ButtonKind::Secondary};
  const bool pressed = button(ui, copy, flow.take(button_width(ui, copy)));
  if (pressed) {
    ui.input().request_copy(value);
    copied_at = std::to_string(ui.now());
  }
  return pressed;
}

}  // namespace muqeem::ui
