#include "ui/widgets/tabs.h"

#include "ui/widgets/button.h"
#include "ui/widgets/select.h"

namespace muqeem::ui {

bool tabs(Ui& ui, const std::string& id, const std::string& label, const std::vector<std::string>& names,
          int& selected) {
  // A narrow window has no room for a row of tabs: the same choice as a select, never wider than it.
  if (ui.compact()) return select(ui, {id, label}, names, selected);
  const int count = static_cast<int>(names.size());
  const int before = selected;
  for (int i = 0; i < count; ++i) {
    const std::string tab_id = id + "." + std::to_string(i);
    if (ui.input().take_activation(tab_id)) selected = i;
    for (const Key key : ui.input().take_keys(tab_id)) {
      // "Next" is the way the row reads: leftwards in Arabic.
      const bool next = key == (ui.rtl() ? Key::Left : Key::Right);
      const bool previous = key == (ui.rtl() ? Key::Right : Key::Left);
      if (next) selected = (i + 1) % count;
      if (previous) selected = (i + count - 1) % count;
      if (key == Key::Home) selected = 0;
      if (key == Key::End) selected = count - 1;
    }
  }
  if (selected != before) ui.input().request_focus(id + "." + std::to_string(selected));

  const Rect row = ui.next(ui.target() + 4, 16.0f);
  ui.draw().AddLine(ImVec2(row.x, row.bottom() - 0.5f), ImVec2(row.right(), row.bottom() - 0.5f),
                    theme::kDivider);
  SemanticNode list;
  list.id = id;
  list.role = Role::TabList;
  list.name = label;
  list.language = ui.language_code();
  list.rect = row;
  ui.tree().begin(std::move(list));
  Flow flow(ui, row, 8.0f);
  for (int i = 0; i < count; ++i) {
    const std::string tab_id = id + "." + std::to_string(i);
    const bool on = i == selected;
    const TextStyle style{on ? text::Weight::Bold : text::Weight::Regular, theme::kBodySize,
                          on ? theme::kPrimaryDark : theme::kTextSecondary};
    const float width = single_line(ui, names[static_cast<size_t>(i)], style).width() + 32;
    const Rect tab = flow.take(width);
    if (ui.hovered(tab) && !on) fill(ui, tab, theme::kSurface);
    paint_line(ui, names[static_cast<size_t>(i)], style, tab, true);
    if (on) fill(ui, {tab.x, tab.bottom() - 4, tab.width, 4}, theme::kPrimary, 0);
    if (ui.input().is_focused(tab_id)) focus_ring(ui, tab);
    SemanticNode node;
    node.id = tab_id;
    node.role = Role::Tab;
    node.name = names[static_cast<size_t>(i)];
    node.language = ui.language_code();
    node.states.selected = on;
    node.tab_stop = on;
    node.rect = tab;
    ui.tree().add(std::move(node));
  }
  ui.tree().end();
  return selected != before;
}

TabPanel::TabPanel(Ui& ui, const std::string& id, const std::string& name) : ui_(ui) {
  SemanticNode node;
  node.id = id;
  node.role = ui.compact() ? Role::Group : Role::TabPanel;  // no tab list above it when narrow
  node.name = name;
  node.language = ui.language_code();
  node_ = ui.tree().begin(std::move(node));
}

TabPanel::~TabPanel() {
  ui_.tree().node(node_).rect = ui_.box();
  ui_.tree().end();
}

}  // namespace muqeem::ui
