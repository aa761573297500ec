#include "ui/widgets/stepper.h"

#include "ui/number_format.h"

namespace muqeem::ui {

namespace {

std::string step_name(const Ui& ui, const std::vector<std::string>& steps, int index) {
  return ui.screen().strings.format(
      "stepper.step", {{"number", format_integer(index + 1, ui.language())},
                       {"count", format_integer(static_cast<long long>(steps.size()), ui.language())},
                       {"name", steps[static_cast<size_t>(index)]}});
}

// A narrow window: "Step 2 of 4: Request details" over a progress bar, instead of every step's name.
// The list is still read as a list, every step in it, the current one marked.
void compact_stepper(Ui& ui, const std::string& id, const std::vector<std::string>& steps, int current) {
  const Rect line = ui.next(28.0f, 4.0f);
  const Rect bar = ui.next(8.0f, 24.0f);
  SemanticNode list;
  list.id = id;
  list.role = Role::List;
  list.name = ui.text("stepper.name");
  list.language = ui.language_code();
  list.rect = {line.x, line.y, line.width, bar.bottom() - line.y};
  list.count = static_cast<int>(steps.size());
  ui.tree().begin(std::move(list));
  paint_line(ui, step_name(ui, steps, current), {text::Weight::Bold, theme::kBodySize, theme::kText}, line);
  fill(ui, bar, theme::kDivider, 4.0f);
  const float done = bar.width * static_cast<float>(current + 1) / static_cast<float>(steps.size());
  fill(ui, ui.at_start(bar, done), theme::kPrimary, 4.0f);
  for (int i = 0; i < static_cast<int>(steps.size()); ++i) {
    SemanticNode item;
    item.role = Role::ListItem;
    item.name = step_name(ui, steps, i);
    item.language = ui.language_code();
    item.states.current = i == current;
    item.rect = line;
    ui.tree().add(std::move(item));
  }
  ui.tree().end();
}

}  // namespace

void stepper(Ui& ui, const std::string& id, const std::vector<std::string>& steps, int current) {
  if (steps.empty()) return;
  if (ui.compact()) {
    compact_stepper(ui, id, steps, current);
    return;
  }
  const int count = static_cast<int>(steps.size());
  const Rect row = ui.next(72.0f, 24.0f);
  SemanticNode list;
  list.id = id;
  list.role = Role::List;
  list.name = ui.text("stepper.name");
  list.language = ui.language_code();
  list.rect = row;
  list.count = count;
  ui.tree().begin(std::move(list));
  const auto cells = ui.columns(row, count, 8.0f);
  constexpr float kCircle = 32.0f;
  for (int i = 0; i < count; ++i) {
    const Rect& cell = cells[static_cast<size_t>(i)];
    const ImVec2 centre(cell.x + cell.width / 2, cell.y + kCircle / 2);
    if (i + 1 < count) {  // the line to the next step, towards the reading direction
      const Rect& next = cells[static_cast<size_t>(i + 1)];
      const float to = next.x + next.width / 2;
      ui.draw().AddLine(ImVec2(centre.x, centre.y), ImVec2(to, centre.y),
                        i < current ? theme::kPrimary : theme::kDivider, 2.0f);
    }
    const bool done = i < current, on = i == current;
    ui.draw().AddCircleFilled(centre, kCircle / 2, done || on ? theme::kPrimary : theme::kPage, 32);
    ui.draw().AddCircle(centre, kCircle / 2 - 1, done || on ? theme::kPrimary : theme::kBorder, 32, 2.0f);
    const std::string number = format_integer(i + 1, ui.language());
    if (done) {
      const ImVec2 tick[] = {
          {centre.x - 7, centre.y}, {centre.x - 2, centre.y + 5}, {centre.x + 7, centre.y - 5}};
      ui.draw().AddPolyline(tick, 3, theme::kPage, 0, 2.5f);
    } else {
      paint_line(ui, number,
                 {text::Weight::Bold, theme::kBodySize, on ? theme::kPage : theme::kTextSecondary},
                 {centre.x - kCircle / 2, centre.y - kCircle / 2, kCircle, kCircle}, true);
    }
    const TextStyle label{on ? text::Weight::Bold : text::Weight::Regular, theme::kSmallSize,
                          on ? theme::kText : theme::kTextSecondary};
    paint_line(ui, steps[static_cast<size_t>(i)], label, {cell.x, cell.y + kCircle + 8, cell.width, 24},
               true);

    SemanticNode item;
    item.role = Role::ListItem;
    item.name = step_name(ui, steps, i);
    item.language = ui.language_code();
    item.states.current = on;
    item.rect = cell;
    ui.tree().add(std::move(item));
  }
  ui.tree().end();
}

}  // namespace muqeem::ui
