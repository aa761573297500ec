#include "ui/widgets/text.h"

#include <algorithm>

namespace muqeem::ui {
namespace {

// The part of a wrapped layout that has ink, so the accessible box hugs the text.
Rect ink_box(const text::TextLayout& layout, float left, float top) {
  float ink_left = layout.width(), ink_right = 0;
  for (const auto& line : layout.lines()) {
    if (line.runs.empty()) continue;
    ink_left = std::min(ink_left, line.left + line.runs.front().x);
    ink_right = std::max(ink_right, line.left + line.runs.back().x + line.runs.back().width);
  }
  if (ink_right < ink_left) ink_left = ink_right = 0;
  return {left + ink_left, top, ink_right - ink_left, layout.height()};
}

void text_node(Ui& ui, std::string_view text, const TextStyle& style, Role role, int level, float gap) {
  const Rect box = ui.box();
  const text::TextLayout& layout = wrapped(ui, text, style, box.width);
  const Rect slot = ui.next(layout.height(), gap);
  paint(ui, layout, slot.x, slot.y, style.colour);
  SemanticNode node;
  node.role = role;
  node.name = std::string(text);
  node.language = ui.language_code();
  node.level = level;
  node.rect = ink_box(layout, slot.x, slot.y);
  ui.tree().add(std::move(node));
}

}  // namespace

void heading(Ui& ui, std::string_view text, int level) {
  const float size = level <= 1 ? 32.0f : level == 2 ? theme::kHeadingSize : theme::kSubheadingSize;
  text_node(ui, text, {text::Weight::Bold, size, theme::kText}, Role::Heading, std::clamp(level, 1, 6),
            level <= 1 ? 16.0f : 8.0f);
}

void paragraph(Ui& ui, std::string_view text, ImU32 colour, float size) {
  text_node(ui, text, {text::Weight::Regular, size, colour}, Role::Paragraph, 0, 12.0f);
}

}  // namespace muqeem::ui
