#include "ui/widgets/toast.h"

#include <algorithm>

namespace muqeem::ui {

void Toasts::draw(Ui& ui) {
  if (!showing(ui.now())) {
    text_.clear();
    return;
  }
  ui.keep_animating();  // frames continue until it times out, so it goes away by itself
  auto layer = ui.popup_layer();
  const TextStyle style{text::Weight::Regular, theme::kBodySize, theme::kPage};
  const text::TextLayout& layout = single_line(ui, text_, style);
  const Rect view = ui.viewport();
  const float width = std::min(layout.width() + 48, view.width - 32);
  const Rect box{view.x + (view.width - width) / 2, view.bottom() - 24 - 56, width, 56};
  fill(ui, box, theme::kText, 8.0f);
  paint_line(ui, text_, style, box, true);

  SemanticNode node;
  node.id = "toast";
  node.role = Role::Status;
  node.name = text_;
  node.language = ui.language_code();
  node.rect = box;
  ui.tree().add(std::move(node));
}

}  // namespace muqeem::ui
