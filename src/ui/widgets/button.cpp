#include "ui/widgets/button.h"

#include <algorithm>
#include <cmath>

namespace muqeem::ui {
namespace {

constexpr float kPadding = 24.0f;
constexpr float kSpinner = 16.0f;
constexpr float kPi = 3.14159265f;

TextStyle label_style(const Button& button) {
  const ImU32 colour = button.disabled                      ? theme::kDisabledText
                       : button.kind == ButtonKind::Primary ? theme::kPage
                                                            : theme::kPrimaryDark;
  return {button.kind == ButtonKind::Link ? text::Weight::Regular : text::Weight::Bold, theme::kBodySize,
          colour};
}

void spinner(Ui& ui, ImVec2 centre, ImU32 colour) {
  // A three-quarter arc turning once a second; asks for frames while it is shown.
  const float start = static_cast<float>(std::fmod(ImGui::GetTime(), 1.0) * 2 * kPi);
  ui.draw().PathArcTo(centre, kSpinner / 2 - 1, start, start + 1.5f * kPi, 16);
  ui.draw().PathStroke(colour, 0, 2.0f);
  ui.keep_animating();
}

}  // namespace

float button_width(Ui& ui, const Button& button) {
  const float text_width = single_line(ui, button.label, label_style(button)).width();
  const float padding = button.kind == ButtonKind::Link ? 4.0f : kPadding;
  return std::max(ui.target(), std::ceil(text_width + 2 * padding + (button.busy ? kSpinner + 8 : 0)));
}

bool button(Ui& ui, const Button& button, const Rect& rect) {
  const bool activated = ui.input().take_activation(button.id) && !button.disabled && !button.busy;
  if (button.default_action && !button.disabled) ui.input().set_default_action(button.id);
  const bool hover = ui.hovered(rect) && !button.disabled;
  const TextStyle style = label_style(button);

  switch (button.kind) {
    case ButtonKind::Primary:
      fill(ui, rect, button.disabled ? theme::kDisabled : hover ? theme::kPrimaryHover : theme::kPrimary);
      break;
    case ButtonKind::Secondary:
      fill(ui, rect, hover ? theme::kPrimaryTint : theme::kPage);
      outline(ui, rect, button.disabled ? theme::kDivider : theme::kPrimary, 1.0f);
      break;
    case ButtonKind::Link:
      break;
  }
  const text::TextLayout& layout = single_line(ui, button.label, style);
  if (layout.width() > rect.width + 0.5f) ui.tree().overflows.push_back(button.label);
  float x = rect.x + (rect.width - layout.width()) / 2;
  if (button.busy) {
    // The spinner sits before the label in reading order: right of it in Arabic.
    const float total = layout.width() + kSpinner + 8;
    const float start = rect.x + (rect.width - total) / 2;
    const float spinner_x = ui.rtl() ? start + total - kSpinner / 2 : start + kSpinner / 2;
    spinner(ui, ImVec2(spinner_x, rect.y + rect.height / 2), style.colour);
    x = ui.rtl() ? start : start + kSpinner + 8;
  }
  const float y = rect.y + (rect.height - layout.height()) / 2;
  paint(ui, layout, x, y, style.colour);
  if (button.kind == ButtonKind::Link) {
    const float underline = std::round(y + layout.height() - 6);
    ui.draw().AddLine(ImVec2(x, underline), ImVec2(x + layout.width(), underline), style.colour, 1.0f);
  }
  if (ui.input().is_focused(button.id)) focus_ring(ui, rect);

  SemanticNode node;
  node.id = button.id;
  node.role = button.navigates ? Role::Link : Role::Button;
  node.name = button.name.empty() ? button.label : button.name;
  node.language = button.language.empty() ? ui.language_code() : button.language;
  node.states.disabled = button.disabled;
  node.states.busy = button.busy;
  node.expandable = button.expanded.has_value();
  node.states.expanded = button.expanded.value_or(false);
  node.rect = rect;
  ui.tree().add(std::move(node));
  return activated;
}

bool button(Ui& ui, const Button& spec) {
  const Rect line = ui.next(ui.target());
  return button(ui, spec, ui.at_start(line, button_width(ui, spec)));
}

}  // namespace muqeem::ui
