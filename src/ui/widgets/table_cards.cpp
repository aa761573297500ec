// A table's rows as cards, for windows below 600 px: see table.h.
#include <algorithm>
#include <cmath>

#include "ui/widgets/button.h"
#include "ui/widgets/select.h"
#include "ui/widgets/table.h"

namespace muqeem::ui {
namespace {

const TextStyle kLabelStyle{text::Weight::Bold, theme::kSmallSize, theme::kTextSecondary};
const TextStyle kValueStyle{text::Weight::Regular, theme::kBodySize, theme::kText};
constexpr float kLabelShare = 0.4f;  // of a card's line: the label at the start side, the value after it
// Up to this many rows every card is on the page, so Tab reaches each; beyond, only those in the window.
constexpr int kAllCardsUpTo = 200;

// "Sort by": the table's order as one choice, since a card has no column header to press. The first
// option is the order the rows came in; then each sortable column, ascending and descending.
bool sort_select(Ui& ui, const std::string& id, const std::vector<Column>& columns, TableState& state) {
  std::vector<std::string> options = {ui.text("table.sortDefault")};
  std::vector<std::pair<int, bool>> orders = {{-1, false}};
  int chosen = 0;
  for (size_t c = 0; c < columns.size(); ++c) {
    if (!columns[c].sortable) continue;
    for (const bool descending : {false, true}) {
      options.push_back(ui.screen().strings.format(
          descending ? "table.sortDescending" : "table.sortAscending", {{"column", columns[c].label}}));
      orders.emplace_back(static_cast<int>(c), descending);
      if (state.sort_column == static_cast<int>(c) && state.descending == descending)
        chosen = static_cast<int>(orders.size()) - 1;
    }
  }
  if (orders.size() == 1) return false;
  if (!select(ui, {id + ".sortBy", ui.text("table.sortBy")}, options, chosen) || chosen < 0) return false;
  state.sort_column = orders[static_cast<size_t>(chosen)].first;
  state.descending = orders[static_cast<size_t>(chosen)].second;
  return true;
}

// One "label: value" line of a card; true when the value was cut.
bool card_line(Ui& ui, const Rect& line, const Column& column, std::string_view value) {
  const float label_width = std::floor((line.width - 12) * kLabelShare);
  const Rect label = ui.at_start(line, label_width);
  const Rect rest{ui.rtl() ? line.x : line.x + label_width + 12, line.y, line.width - label_width - 12,
                  line.height};
  paint_fitted(ui, column.label, kLabelStyle, label);
  const bool cut = paint_fitted(ui, value, kValueStyle, rest,
                                column.digits ? text::Direction::LeftToRight : text::Direction::Auto);
  SemanticNode node;
  node.role = Role::Paragraph;
  node.name = column.label + ": " + std::string(value);
  node.language = ui.language_code();
  node.rect = line;
  node.clipped = cut;
  ui.tree().add(std::move(node));
  return cut;
}

}  // namespace

TableResult table_cards(Ui& ui, const std::string& id, const std::string& caption,
                        const std::vector<Column>& columns, int row_count, const CellText& cell,
                        TableState& state, const std::string& row_action) {
  TableResult result;
  result.sort_changed = sort_select(ui, id, columns, state);

  const float action_height = row_action.empty() ? 0.0f : 8.0f + ui.target();
  const float card_height =
      2 * kCardPadding + kCardLineHeight * static_cast<float>(columns.size()) + action_height;
  const float pitch = card_height + kCardGap;
  const Rect box = ui.next(std::max(0.0f, static_cast<float>(row_count) * pitch - kCardGap));
  int first = 0, last = row_count;
  const Rect& window = ui.viewport();
  if (row_count > kAllCardsUpTo && window.height > 0) {
    first = std::clamp(static_cast<int>((window.y - box.y) / pitch), 0, row_count);
    last = std::clamp(static_cast<int>(std::ceil((window.bottom() - box.y) / pitch)), first, row_count);
  }

  SemanticNode list;
  list.id = id;
  list.role = Role::List;
  list.name = caption;
  list.language = ui.language_code();
  list.rect = box;
  list.count = row_count;
  ui.tree().begin(std::move(list));
  for (int row = first; row < last; ++row) {
    const Rect card{box.x, box.y + static_cast<float>(row) * pitch, box.width, card_height};
    fill(ui, card, theme::kPage);
    outline(ui, card, theme::kDivider);
    SemanticNode item;
    item.role = Role::ListItem;
    item.language = ui.language_code();
    item.rect = card;
    item.level = row + 1;
    ui.tree().begin(std::move(item));
    const float inner_width = card.width - 2 * kCardPadding;
    std::vector<std::string> cut_values;
    for (size_t c = 0; c < columns.size(); ++c) {
      const Rect line{card.x + kCardPadding, card.y + kCardPadding + kCardLineHeight * static_cast<float>(c),
                      inner_width, kCardLineHeight};
      const std::string_view value = cell(row, static_cast<int>(c));
      if (card_line(ui, line, columns[c], value))
        cut_values.push_back(columns[c].label + ": " + std::string(value));
    }
    if (!row_action.empty()) {
      Button open{id + ".open." + std::to_string(row), row_action, ButtonKind::Secondary};
      open.navigates = true;
      open.name = row_action + ": " + std::string(cell(row, 0));  // which row, for a list of links
      const Rect link{card.x + kCardPadding, card.bottom() - kCardPadding - ui.target(), inner_width,
                      ui.target()};
      if (button(ui, open, link)) state.selected = result.opened = row;
      if (ui.input().is_focused(open.id)) whole_values(ui, link, cut_values);
    }
    ui.tree().end();
  }
  ui.tree().end();
  return result;
}

}  // namespace muqeem::ui
