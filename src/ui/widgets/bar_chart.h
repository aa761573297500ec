#pragma once
// A bar chart that is also its own table: one row per category, the category's name at the start
// side, then a bar drawn from the start side (right to left in Arabic) with its number written after
// it, so nothing relies on colour, and a third column when the figures have a second value (fees).
// In the semantic tree it is a table (column headers, then a row per bar with a cell per column), so a
// screen reader reads the same numbers the bars show.
#include <cstdint>
#include <string>
#include <vector>

#include "ui/paint.h"

namespace muqeem::ui {

struct Bar {
  std::string label;       // the category ("India", "Expired")
  int64_t value = 0;       // the bar's length, against the largest
  std::string value_text;  // the value as written ("1,234")
  std::string extra;       // the third column's text ("3,450.00 SAR"); empty without one
};

struct BarChart {
  std::string id;
  std::string caption;           // the table's name: what the chart counts, by what
  std::string category_heading;  // "Nationality"
  std::string value_heading;     // "Count"
  std::string extra_heading;     // "Fees"; empty for no third column
  // Each bar a link (to the list behind it): the chart is then a list of links, each named by its
  // category and number, rather than a table.
  bool links = false;
};

inline constexpr float kChartHeaderHeight = 48.0f;  // as a table's (the overlay lays both out alike)
// A row is Ui::row_height() tall (a target: its row is a link on the dashboard).

// Takes the next lines of the box: a header and a row per bar. Returns the bar whose link was
// activated this frame, -1 when none (always -1 without links).
int bar_chart(Ui& ui, const BarChart& chart, const std::vector<Bar>& bars);

}  // namespace muqeem::ui
