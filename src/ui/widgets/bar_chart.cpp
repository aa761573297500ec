#include "ui/widgets/bar_chart.h"

#include <algorithm>

namespace muqeem::ui {
namespace {

const TextStyle kHeaderStyle{text::Weight::Bold, theme::kBodySize, theme::kText};
const TextStyle kLabelStyle{text::Weight::Regular, theme::kBodySize, theme::kText};
const TextStyle kValueStyle{text::Weight::Bold, theme::kBodySize, theme::kText};

SemanticNode node_of(Ui& ui, Role role, std::string name, const Rect& rect) {
  SemanticNode node;
  node.role = role;
  node.name = std::move(name);
  node.language = ui.language_code();
  node.rect = rect;
  return node;
}

}  // namespace

int bar_chart(Ui& ui, const BarChart& chart, const std::vector<Bar>& bars) {
  int activated = -1;
  const bool extra = !chart.extra_heading.empty();
  const Rect box = ui.next(kChartHeaderHeight + ui.row_height() * static_cast<float>(bars.size()));
  // Shares of the width, from the start side: the category, the bar with its number, the extra.
  const float category_share = ui.compact() ? 0.38f : 0.3f, extra_share = extra ? 0.24f : 0.0f;
  const float category_width = box.width * category_share, extra_width = box.width * extra_share;
  const float bar_width = box.width - category_width - extra_width;
  // A part of a row `offset` from the start side, `width` wide.
  const auto part = [&](const Rect& row, float offset, float width) {
    return Rect{ui.rtl() ? row.right() - offset - width : row.x + offset, row.y, width, row.height};
  };

  SemanticNode table = node_of(ui, chart.links ? Role::List : Role::Table, chart.caption, box);
  table.id = chart.id;
  table.count = static_cast<int>(bars.size());
  ui.tree().begin(std::move(table));

  const Rect header{box.x, box.y, box.width, kChartHeaderHeight};
  fill(ui, header, theme::kSurface, 0);
  // A list of links has no header row in the tree: each link's name says what its numbers are.
  SemanticNode header_row = node_of(ui, Role::Row, {}, header);
  header_row.level = 1;
  if (!chart.links) ui.tree().begin(std::move(header_row));
  const std::pair<const std::string*, Rect> headings[] = {
      {&chart.category_heading, part(header, 0, category_width)},
      {&chart.value_heading, part(header, category_width, bar_width)},
      {&chart.extra_heading, part(header, category_width + bar_width, extra_width)}};
  for (const auto& [text, rect] : headings) {
    if (rect.width <= 0) continue;
    paint_fitted(ui, *text, kHeaderStyle, {rect.x + 12, rect.y, rect.width - 24, rect.height});
    if (!chart.links) ui.tree().add(node_of(ui, Role::ColumnHeader, *text, rect));
  }
  if (!chart.links) ui.tree().end();

  // One scale for every bar: the room left beside the widest number.
  int64_t largest = 1;
  float widest_number = 0;
  for (const auto& bar : bars) {
    largest = std::max(largest, bar.value);
    widest_number = std::max(widest_number, single_line(ui, bar.value_text, kValueStyle).width() + 12);
  }
  const float room = std::max(0.0f, bar_width - 24 - widest_number);
  for (size_t i = 0; i < bars.size(); ++i) {
    const Bar& bar = bars[i];
    const Rect row{box.x, header.bottom() + ui.row_height() * static_cast<float>(i), box.width,
                   ui.row_height()};
    ui.draw().AddLine(ImVec2(row.x, row.bottom() - 0.5f), ImVec2(row.right(), row.bottom() - 0.5f),
                      theme::kDivider);
    // As a table: a row of cells. As links: a list item holding the link, whose name reads the cells.
    const std::string link_id = chart.id + "." + std::to_string(i);
    if (chart.links) {
      if (ui.input().take_activation(link_id)) activated = static_cast<int>(i);
      if (ui.input().is_focused(link_id)) focus_ring(ui, row);
      ui.tree().begin(node_of(ui, Role::ListItem, {}, row));
      SemanticNode link = node_of(ui, Role::Link, bar.label + ": " + bar.value_text, row);
      link.id = link_id;
      ui.tree().add(std::move(link));
    } else {
      SemanticNode row_node = node_of(ui, Role::Row, {}, row);
      row_node.id = chart.id + ".row." + std::to_string(i);
      row_node.level = static_cast<int>(i) + 2;
      ui.tree().begin(std::move(row_node));
    }
    const auto cell_node = [&](const std::string& text, const Rect& rect, bool clipped) {
      if (chart.links) return;
      SemanticNode node = node_of(ui, Role::Cell, text, rect);
      node.clipped = clipped;
      ui.tree().add(std::move(node));
    };

    const Rect category = part(row, 0, category_width);
    cell_node(bar.label, category,
              paint_fitted(ui, bar.label, kLabelStyle,
                           {category.x + 12, category.y, category.width - 24, category.height}));

    // The bar grows from the start side; its number follows it, never on the colour alone.
    const Rect cell = part(row, category_width, bar_width);
    const float number_width = single_line(ui, bar.value_text, kValueStyle).width() + 12;
    const float length =
        bar.value <= 0 ? 0.0f
                       : std::max(2.0f, room * static_cast<float>(bar.value) / static_cast<float>(largest));
    const Rect drawn = part({cell.x + 12, row.y + 10, cell.width - 24, row.height - 20}, 0, length);
    fill(ui, drawn, theme::kPrimary, 2.0f);
    paint_line(ui, bar.value_text, kValueStyle,
               part({cell.x + 12, row.y, cell.width - 24, row.height}, length + 8, number_width));
    // The number's cell is where its bar is, so the tree shows the bars' lengths too.
    cell_node(bar.value_text, drawn.width > 0 ? Rect{drawn.x, row.y, drawn.width, row.height} : cell, false);

    if (extra) {
      const Rect extra_cell = part(row, category_width + bar_width, extra_width);
      cell_node(bar.extra, extra_cell,
                paint_fitted(ui, bar.extra, kLabelStyle,
                             {extra_cell.x + 12, extra_cell.y, extra_cell.width - 24, extra_cell.height}));
    }
    ui.tree().end();
  }
  outline(ui, box, theme::kDivider, 1.0f, 0);
  ui.tree().end();
  return activated;
}

}  // namespace muqeem::ui
