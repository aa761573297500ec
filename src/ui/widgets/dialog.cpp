#include "ui/widgets/dialog.h"

#include <algorithm>

#include "ui/widgets/text.h"

namespace muqeem::ui {
namespace {
constexpr float kPadding = 24.0f;
}  // namespace

ModalDialog::ModalDialog(Ui& ui, const std::string& id, const std::string& title, float width)
    : ui_(ui), id_(id), layer_(ui.popup_layer()) {
  for (const Key key : ui.input().take_keys(id))
    if (key == Key::Escape) escaped_ = true;
  int& last_frame = ui.input().number(id + ".frame");
  opening_ = last_frame != ui.input().frame_number() - 1;
  last_frame = static_cast<int>(ui.input().frame_number());
  // The box is drawn under its contents, but its height is only known after them: draw the contents
  // on a channel above and fill the box in underneath once they are done.
  splitter_.Split(&ui.draw(), 2);
  splitter_.SetCurrentChannel(&ui.draw(), 1);
  const Rect view = ui.viewport();
  width = std::min(width, view.width - 32);
  const float top = view.y + std::max(32.0f, view.height * 0.15f);
  box_ = {view.x + (view.width - width) / 2, top, width, 0};

  SemanticNode node;
  node.id = id;
  node.role = Role::Dialog;
  node.name = title;
  node.language = ui.language_code();
  node.states.modal = true;
  node_ = ui.tree().begin(std::move(node));
  ui.push_box(box_.x + kPadding, width - 2 * kPadding, top + kPadding);
  heading(ui, title, 2);
}

ModalDialog::~ModalDialog() {
  const float bottom = ui_.pop_box();
  box_.height = bottom - box_.y + kPadding - 16;
  ui_.tree().node(node_).rect = box_;
  ui_.tree().end();

  splitter_.SetCurrentChannel(&ui_.draw(), 0);
  const Rect view = ui_.viewport();
  ui_.draw().AddRectFilled(ImVec2(view.x, view.y), ImVec2(view.right(), view.bottom()), theme::kScrim);
  fill(ui_, box_, theme::kPage, 8.0f);
  splitter_.Merge(&ui_.draw());

  // Opening moves focus to the first control inside, unless focus is already in the dialog.
  if (!opening_) return;
  const auto& nodes = ui_.tree().nodes();
  bool inside = false;
  const SemanticNode* first = nullptr;
  for (size_t i = static_cast<size_t>(node_) + 1; i < nodes.size(); ++i) {
    if (!ui_.tree().is_inside(static_cast<int>(i), node_)) break;
    if (!first && is_focusable(nodes[i])) first = &nodes[i];
    if (!nodes[i].id.empty() && ui_.input().is_focused(nodes[i].id)) inside = true;
  }
  if (!inside && first) ui_.input().request_focus(first->id);
}

}  // namespace muqeem::ui
