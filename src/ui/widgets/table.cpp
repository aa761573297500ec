#include "ui/widgets/table.h"

#include <algorithm>
#include <cmath>

#include "ui/widgets/button.h"

namespace muqeem::ui {
namespace {

const TextStyle kCellStyle{text::Weight::Regular, theme::kBodySize, theme::kText};
const TextStyle kHeaderStyle{text::Weight::Bold, theme::kBodySize, theme::kText};

// Column rectangles across `row`, the first at the start side.
std::vector<Rect> column_rects(const Ui& ui, const Rect& row, const std::vector<Column>& columns) {
  float total = 0;
  for (const auto& column : columns) total += column.share;
  std::vector<Rect> rects;
  float offset = 0;
  for (const auto& column : columns) {
    const float width = row.width * column.share / std::max(total, 1e-3f);
    rects.push_back({ui.rtl() ? row.right() - offset - width : row.x + offset, row.y, width, row.height});
    offset += width;
  }
  return rects;
}

// Moves the selection by keys sent to the selected row; true when it moved.
bool follow_keys(Ui& ui, const std::string& row_id, int rows_in_view, int row_count, TableState& state,
                 TableResult& result) {
  const int before = state.selected;
  for (const Key key : ui.input().take_keys(row_id)) {
    if (key == Key::Down) state.selected += 1;
    if (key == Key::Up) state.selected -= 1;
    if (key == Key::PageDown) state.selected += rows_in_view;
    if (key == Key::PageUp) state.selected -= rows_in_view;
    if (key == Key::Home) state.selected = 0;
    if (key == Key::End) state.selected = row_count - 1;
    if (key == Key::Enter) result.opened = state.selected;
    state.selected = std::clamp(state.selected, 0, row_count - 1);
  }
  return state.selected != before;
}

}  // namespace

void whole_values(Ui& ui, const Rect& under, const std::vector<std::string>& lines) {
  if (lines.empty()) return;
  const TextStyle style{text::Weight::Regular, theme::kBodySize, theme::kText};
  const float width = under.width - 24;
  float height = 16;
  for (const auto& line : lines) height += wrapped(ui, line, style, width).height();
  auto layer = ui.popup_layer();
  const Rect box{under.x, under.bottom() + 4, under.width, height};
  fill(ui, box, theme::kPage);
  outline(ui, box, theme::kBorder);
  float y = box.y + 8;
  for (const auto& line : lines) {
    const float used = paint_wrapped(ui, line, style, {box.x + 12, y, width, 0});
    SemanticNode node;
    node.role = Role::Paragraph;
    node.name = line;
    node.language = ui.language_code();
    node.rect = {box.x + 12, y, width, used};
    ui.tree().add(std::move(node));
    y += used;
  }
}

TableResult table(Ui& ui, const std::string& id, const std::string& caption,
                  const std::vector<Column>& columns, int row_count, const CellText& cell, TableState& state,
                  float height, const std::string& row_action) {
  if (ui.compact()) return table_cards(ui, id, caption, columns, row_count, cell, state, row_action);
  TableResult result;
  const Rect box = ui.next(height);
  const float body_height = height - kTableHeaderHeight;
  const int rows_in_view = std::max(1, static_cast<int>(body_height / ui.row_height()));
  const float max_scroll = std::max(0.0f, static_cast<float>(row_count) * ui.row_height() - body_height);
  const std::string row_prefix = id + ".row.";

  // Events first: they decide what is in view this frame.
  if (auto offset = ui.input().take_scroll(id)) state.scroll = *offset;
  const int tab_row = state.selected >= 0 ? state.selected : 0;
  if (row_count > 0 &&
      follow_keys(ui, row_prefix + std::to_string(tab_row), rows_in_view, row_count, state, result)) {
    // Keep the selected row in view, and focus on it.
    const float top = static_cast<float>(state.selected) * ui.row_height();
    state.scroll = std::clamp(state.scroll, top + ui.row_height() - body_height, top);
    ui.input().request_focus(row_prefix + std::to_string(state.selected));
  }
  state.scroll = std::clamp(state.scroll, 0.0f, max_scroll);
  const int first = static_cast<int>(state.scroll / ui.row_height());
  const int last =
      std::min(row_count, static_cast<int>(std::ceil((state.scroll + body_height) / ui.row_height())));
  for (int row = first; row < last; ++row)
    if (ui.input().take_activation(row_prefix + std::to_string(row))) state.selected = result.opened = row;

  SemanticNode node;
  node.id = id;
  node.role = Role::Table;
  node.name = caption;
  node.language = ui.language_code();
  node.rect = box;
  node.count = row_count;
  node.scroll = state.scroll;
  node.row_height = ui.row_height();
  ui.tree().begin(std::move(node));

  // Header: sortable columns are buttons; the arrow shows the order.
  const Rect header{box.x, box.y, box.width, kTableHeaderHeight};
  fill(ui, header, theme::kSurface, 0);
  const auto header_cells = column_rects(ui, header, columns);
  SemanticNode header_row;
  header_row.role = Role::Row;
  header_row.language = ui.language_code();
  header_row.rect = header;
  header_row.level = 1;
  ui.tree().begin(std::move(header_row));
  for (size_t c = 0; c < columns.size(); ++c) {
    const Rect& rect = header_cells[c];
    const Rect inner{rect.x + 12, rect.y, rect.width - 24, rect.height};
    SemanticNode heading;
    heading.role = Role::ColumnHeader;
    heading.name = columns[c].label;
    heading.language = ui.language_code();
    heading.rect = rect;
    if (static_cast<int>(c) == state.sort_column)
      heading.sort = state.descending ? "descending" : "ascending";
    ui.tree().begin(std::move(heading));
    if (columns[c].sortable) {
      Button sort{id + ".sort." + std::to_string(c), columns[c].label, ButtonKind::Link};
      if (button(ui, sort, ui.at_start(inner, button_width(ui, sort)))) {
        state.descending = state.sort_column == static_cast<int>(c) ? !state.descending : false;
        state.sort_column = static_cast<int>(c);
        result.sort_changed = true;
      }
      if (state.sort_column == static_cast<int>(c)) {  // a small triangle after the label
        const Rect label = ui.at_start(inner, button_width(ui, sort));
        const float x = ui.rtl() ? label.x - 10 : label.right() + 10, y = rect.y + rect.height / 2;
        const float d = state.descending ? 4.0f : -4.0f;
        ui.draw().AddTriangleFilled(ImVec2(x - 5, y - d), ImVec2(x + 5, y - d), ImVec2(x, y + d),
                                    theme::kText);
      }
    } else {
      paint_line(ui, columns[c].label, kHeaderStyle, inner);
    }
    ui.tree().end();
  }
  ui.tree().end();

  Rect tip_under;
  std::vector<std::string> tip;  // the focused row's cut values
  // The rows in view, clipped to the body.
  const Rect body{box.x, box.y + kTableHeaderHeight, box.width, body_height};
  ui.draw().PushClipRect(top_left(body), bottom_right(body), true);
  for (int row = first; row < last; ++row) {
    const Rect rect{box.x, body.y + static_cast<float>(row) * ui.row_height() - state.scroll, box.width,
                    ui.row_height()};
    const std::string row_id = row_prefix + std::to_string(row);
    const bool selected = row == state.selected;
    if (selected)
      fill(ui, rect, theme::kPrimaryTint, 0);
    else if (ui.hovered(rect) && ui.hovered(body))
      fill(ui, rect, theme::kSurface, 0);
    ui.draw().AddLine(ImVec2(rect.x, rect.bottom() - 0.5f), ImVec2(rect.right(), rect.bottom() - 0.5f),
                      theme::kDivider);
    SemanticNode row_node;
    row_node.id = row_id;
    row_node.role = Role::Row;
    row_node.language = ui.language_code();
    row_node.rect = rect;
    row_node.level = row + 2;  // aria-rowindex: the header is row 1
    row_node.states.selected = selected;
    row_node.tab_stop = row == tab_row;
    ui.tree().begin(std::move(row_node));
    const auto cells = column_rects(ui, rect, columns);
    std::vector<std::string> cut_values;
    for (size_t c = 0; c < columns.size(); ++c) {
      const std::string_view text = cell(row, static_cast<int>(c));
      const Rect inner{cells[c].x + 12, cells[c].y, cells[c].width - 24, cells[c].height};
      const bool cut = paint_fitted(ui, text, kCellStyle, inner,
                                    columns[c].digits ? text::Direction::LeftToRight : text::Direction::Auto);
      SemanticNode cell_node;
      cell_node.role = Role::Cell;
      cell_node.name = std::string(text);
      cell_node.clipped = cut;
      if (cut) cut_values.push_back(columns[c].label + ": " + std::string(text));
      cell_node.language = ui.language_code();
      cell_node.rect = cells[c];
      ui.tree().add(std::move(cell_node));
    }
    ui.tree().end();
    if (ui.input().is_focused(row_id)) {
      outline(ui, {rect.x + 2, rect.y + 2, rect.width - 4, rect.height - 4}, theme::kFocus,
              theme::kFocusWidth, 0);
      tip_under = rect;  // shown once the table is closed: a row holds only cells
      tip = std::move(cut_values);
    }
  }
  ui.draw().PopClipRect();
  outline(ui, box, theme::kDivider, 1.0f, 0);
  ui.tree().end();
  whole_values(ui, tip_under, tip);
  return result;
}

}  // namespace muqeem::ui
