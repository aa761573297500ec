#include "ui/widgets/choice.h"

#include <algorithm>

namespace muqeem::ui {
namespace {

constexpr float kMark = 24.0f;  // the box or circle; its row is a full 44 px target
const TextStyle kLabelStyle{text::Weight::Regular, theme::kBodySize, theme::kText};

// A row with the mark at the start side and the label after it; returns the mark's rectangle.
Rect mark_and_label(Ui& ui, const Rect& row, const std::string& label, ImU32 colour) {
  const Rect mark = ui.at_start({row.x, row.y + (row.height - kMark) / 2, row.width, kMark}, kMark);
  const Rect text_area = ui.rtl()
                             ? Rect{row.x, row.y, mark.x - row.x - 12, row.height}
                             : Rect{mark.right() + 12, row.y, row.right() - mark.right() - 12, row.height};
  paint_line(ui, label, {kLabelStyle.weight, kLabelStyle.size, colour}, text_area);
  return mark;
}

// The row's target: the mark plus the label, not the empty width after it.
Rect target(Ui& ui, const Rect& row, const std::string& label) {
  const float width = kMark + 12 + single_line(ui, label, kLabelStyle).width();
  return ui.at_start(row, width);
}

void draw_box(Ui& ui, const Rect& mark, bool checked, bool disabled) {
  fill(ui, mark, checked ? theme::kPrimary : theme::kPage, 2.0f);
  outline(ui, mark, disabled ? theme::kDivider : checked ? theme::kPrimary : theme::kBorder, 2.0f, 2.0f);
  if (checked) {
    // A tick drawn as two strokes: the same in both directions (a tick does not point anywhere).
    const ImVec2 points[] = {
        {mark.x + 6, mark.y + 12.5f}, {mark.x + 10.5f, mark.y + 17}, {mark.x + 18, mark.y + 7.5f}};
    ui.draw().AddPolyline(points, 3, theme::kPage, 0, 2.5f);
  }
}

SemanticNode box_node(Ui& ui, const std::string& id, const std::string& label, bool checked, bool disabled,
                      const Rect& hit) {
  SemanticNode node;
  node.id = id;
  node.role = Role::Checkbox;
  node.name = label;
  node.language = ui.language_code();
  node.states.checked = checked;
  node.states.disabled = disabled;
  node.rect = hit;
  return node;
}

}  // namespace

bool checkbox(Ui& ui, const std::string& id, const std::string& label, bool& checked, bool disabled) {
  const bool toggled = ui.input().take_activation(id) && !disabled;
  if (toggled) checked = !checked;
  // A label longer than the line (a resident's name and details on a phone) wraps under itself.
  const float text_width = ui.box().width - kMark - 12;
  const text::TextLayout& lines = wrapped(ui, label, kLabelStyle, text_width);
  if (lines.width() > text_width - 1 || lines.height() > ui.target() - 8) {
    const Rect row = ui.next(std::max(ui.target(), lines.height() + 12), 8.0f);
    const Rect mark = ui.at_start({row.x, row.y + 10, row.width, kMark}, kMark);
    const Rect text_area =
        ui.rtl() ? Rect{row.x, row.y + 6, mark.x - row.x - 12, row.height}
                 : Rect{mark.right() + 12, row.y + 6, row.right() - mark.right() - 12, row.height};
    paint_wrapped(ui, label,
                  {kLabelStyle.weight, kLabelStyle.size, disabled ? theme::kDisabledText : theme::kText},
                  text_area);
    draw_box(ui, mark, checked, disabled);
    if (ui.input().is_focused(id)) focus_ring(ui, row);
    ui.tree().add(box_node(ui, id, label, checked, disabled, row));
    return toggled;
  }
  const Rect row = ui.next(ui.target(), 8.0f);
  const Rect mark = mark_and_label(ui, row, label, disabled ? theme::kDisabledText : theme::kText);
  draw_box(ui, mark, checked, disabled);
  const Rect hit = target(ui, row, label);
  if (ui.input().is_focused(id)) focus_ring(ui, hit);
  ui.tree().add(box_node(ui, id, label, checked, disabled, hit));
  return toggled;
}

bool radio_group(Ui& ui, const RadioGroup& group, int& selected) {
  const int count = static_cast<int>(group.options.size());
  const int before = selected;
  for (int i = 0; i < count; ++i) {
    const std::string id = group.id + "." + std::to_string(i);
    if (ui.input().take_activation(id)) selected = i;
    // Arrows as the browser moves them among radios: down/right next, up/left previous.
    for (const Key key : ui.input().take_keys(id)) {
      if (key == Key::Down) selected = (i + 1) % count;
      if (key == Key::Up) selected = (i + count - 1) % count;
      if (selected != before) ui.input().request_focus(group.id + "." + std::to_string(selected));
    }
  }

  const Rect legend = ui.next(24.0f, 4.0f);
  paint_line(ui, group.label, {text::Weight::Bold, theme::kBodySize, theme::kText}, legend);
  SemanticNode container;
  container.id = group.id;
  container.role = Role::RadioGroup;
  container.name = group.label;
  container.language = ui.language_code();
  container.error = group.error;
  container.states.invalid = !group.error.empty();
  container.states.required = group.required;
  container.rect = legend;
  container.label_rect = ui.at_start(legend, single_line(ui, group.label, kLabelStyle).width());
  ui.tree().begin(std::move(container));
  for (int i = 0; i < count; ++i) {
    const std::string id = group.id + "." + std::to_string(i);
    const Rect row = ui.next(ui.target(), 0.0f);
    const Rect mark = mark_and_label(ui, row, group.options[static_cast<size_t>(i)], theme::kText);
    const ImVec2 centre(mark.x + kMark / 2, mark.y + kMark / 2);
    ui.draw().AddCircleFilled(centre, kMark / 2, theme::kPage, 24);
    ui.draw().AddCircle(centre, kMark / 2 - 1, i == selected ? theme::kPrimary : theme::kBorder, 24, 2.0f);
    if (i == selected) ui.draw().AddCircleFilled(centre, 6.0f, theme::kPrimary, 16);
    const Rect hit = target(ui, row, group.options[static_cast<size_t>(i)]);
    if (ui.input().is_focused(id)) focus_ring(ui, hit);

    SemanticNode node;
    node.id = id;
    node.role = Role::Radio;
    node.name = group.options[static_cast<size_t>(i)];
    node.language = ui.language_code();
    // The checked radio is the group's Tab stop; with nothing chosen yet, the first, as in the browser.
    node.states.checked = i == selected;
    node.tab_stop = i == selected || (selected < 0 && i == 0);
    node.rect = hit;
    ui.tree().add(std::move(node));
  }
  ui.tree().end();
  if (!group.error.empty())
    paint_line(ui, group.error, {text::Weight::Regular, theme::kSmallSize, theme::kError},
               ui.next(24.0f, 0.0f));
  ui.space(16.0f);
  return selected != before;
}

}  // namespace muqeem::ui
