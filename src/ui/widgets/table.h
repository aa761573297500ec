#pragma once
// A data table: sortable column headers, row selection, and virtualized rows. Only the rows in view
// are laid out, drawn and put in the semantic tree, so 10,000 rows cost what 10 do. The rows scroll
// inside the table (the overlay gives it a native scroll container, so wheel, touch and scrollbar
// work as the browser does them); arrows, Page Up/Down, Home and End move the selection, Enter opens.
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "ui/paint.h"

namespace muqeem::ui {

struct Column {
  std::string label;
  float share = 1.0f;  // of the table's width
  bool sortable = false;
  bool digits = false;  // identifiers and numbers: read left to right
};

struct TableState {
  int sort_column = -1;
  bool descending = false;
  int selected = -1;
  float scroll = 0;
};

struct TableResult {
  bool sort_changed = false;
  int opened = -1;  // the row the person opened (click or Enter), -1 when none
};

using CellText = std::function<std::string_view(int row, int column)>;

inline constexpr float kTableRowHeight = 44.0f;
inline constexpr float kTableHeaderHeight = 48.0f;

// `height` is the table's height on the page, header included.
TableResult table(Ui& ui, const std::string& id, const std::string& caption,
                  const std::vector<Column>& columns, int row_count, const CellText& cell, TableState& state,
                  float height);

}  // namespace muqeem::ui
