#include "ui/widgets/alert.h"

#include "ui/widgets/button.h"

namespace muqeem::ui {
namespace {

struct Colours {
  ImU32 tint, stripe, title;
};

Colours colours_of(AlertKind kind) {
  switch (kind) {
    case AlertKind::Success:
      return {theme::kSuccessTint, theme::kPrimary, theme::kPrimaryDark};
    case AlertKind::Warning:
      return {theme::kWarningTint, theme::kAccent, theme::kWarning};
    case AlertKind::Error:
      return {theme::kErrorTint, theme::kError, theme::kError};
    case AlertKind::Info:
      break;
  }
  return {theme::kInfoTint, theme::kInfo, theme::kInfo};
}

constexpr float kStripe = 6.0f;
constexpr float kPadding = 16.0f;

// The text area inside an alert box, after the coloured stripe on the start side.
Rect inside(const Ui& ui, const Rect& box) {
  const float start = kStripe + kPadding;
  return {ui.rtl() ? box.x + kPadding : box.x + start, box.y + kPadding, box.width - start - kPadding, 0};
}

void draw_box(Ui& ui, const Rect& box, const Colours& colours) {
  fill(ui, box, colours.tint);
  const Rect stripe = ui.at_start(box, kStripe);
  ui.draw().AddRectFilled(top_left(stripe), bottom_right(stripe), colours.stripe);
}

}  // namespace

void alert(Ui& ui, AlertKind kind, const std::string& title, const std::string& text) {
  const Colours colours = colours_of(kind);
  const Rect area = inside(ui, ui.box());
  const TextStyle title_style{text::Weight::Bold, theme::kBodySize, colours.title};
  const TextStyle body_style{text::Weight::Regular, theme::kBodySize, theme::kText};
  const float title_height = wrapped(ui, title, title_style, area.width).height();
  const float body_height = text.empty() ? 0 : wrapped(ui, text, body_style, area.width).height() + 4;
  const Rect box = ui.next(title_height + body_height + 2 * kPadding);
  draw_box(ui, box, colours);
  paint_wrapped(ui, title, title_style, {area.x, box.y + kPadding, area.width, 0});
  if (!text.empty())
    paint_wrapped(ui, text, body_style, {area.x, box.y + kPadding + title_height + 4, area.width, 0});

  SemanticNode node;
  node.role = kind == AlertKind::Error || kind == AlertKind::Warning ? Role::Alert : Role::Status;
  node.name = title;
  node.description = text;
  node.language = ui.language_code();
  node.rect = box;
  ui.tree().add(std::move(node));
}

void error_summary(Ui& ui, const std::string& id, const std::vector<FieldError>& errors) {
  if (errors.empty()) return;
  const Colours colours = colours_of(AlertKind::Error);
  const Rect area = inside(ui, ui.box());
  const std::string& title = ui.text("form.errorSummary");
  const TextStyle title_style{text::Weight::Bold, theme::kSubheadingSize, colours.title};
  const float title_height = wrapped(ui, title, title_style, area.width).height();
  const float height = title_height + 8 + static_cast<float>(errors.size()) * ui.target() + 2 * kPadding;
  const Rect box = ui.next(height);
  draw_box(ui, box, colours);
  paint_wrapped(ui, title, title_style, {area.x, box.y + kPadding, area.width, 0});

  SemanticNode node;
  node.id = id;
  node.role = Role::Alert;
  node.name = title;
  node.language = ui.language_code();
  node.rect = box;
  ui.tree().begin(std::move(node));
  float y = box.y + kPadding + title_height + 8;
  for (size_t i = 0; i < errors.size(); ++i, y += ui.target()) {
    Button link{id + "." + std::to_string(i), errors[i].message, ButtonKind::Link};
    link.navigates = true;
    const Rect row{area.x, y, area.width, ui.target()};
    if (button(ui, link, ui.at_start(row, button_width(ui, link))))
      ui.input().request_focus(errors[i].field_id);
  }
  ui.tree().end();
}

}  // namespace muqeem::ui
