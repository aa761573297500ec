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

// A row's height is Ui::row_height() (larger in kiosk mode).
inline constexpr float kTableHeaderHeight = 48.0f;
inline constexpr float kCardLineHeight = 28.0f;  // one "label: value" line of a card
inline constexpr float kCardPadding = 12.0f;
inline constexpr float kCardGap = 12.0f;

// `height` is the table's height on the page, header included. `row_action` names what opening a row
// does ("Open the file"); empty when rows do not open.
//
// Below 600 px (Ui::compact) the rows are cards instead, one under another on the page: each a list
// item of "label: value" lines in the columns' order, with the row's action as a full-width link
// below them, and sorting offered as a select above the list. A value too long for its line ends with
// an ellipsis, and its node keeps the whole value and says it was cut; focused, the row (or the
// card's link) shows the cut values whole below it. Only the cards in the window
// are drawn and put in the tree.
TableResult table(Ui& ui, const std::string& id, const std::string& caption,
                  const std::vector<Column>& columns, int row_count, const CellText& cell, TableState& state,
                  float height, const std::string& row_action = {});

// What a focused row or card shows of its values that were cut: each whole, in a box drawn over the
// page just below `under` (and in the tree, so the focused control is followed by them).
void whole_values(Ui& ui, const Rect& under, const std::vector<std::string>& lines);

// The card form alone (what `table` draws below 600 px).
TableResult table_cards(Ui& ui, const std::string& id, const std::string& caption,
                        const std::vector<Column>& columns, int row_count, const CellText& cell,
                        TableState& state, const std::string& row_action);

}  // namespace muqeem::ui
