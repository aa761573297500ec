// The bar chart of a report's breakdown: in the semantic tree a table (column headers, then a row per
// bar with its category, its number and its fees) so a screen reader reads what the bars show; the
// bars grow from the start side (from the right in Arabic) and their lengths follow the numbers; a
// phone still shows every category and number.
#include <gtest/gtest.h>

#include "ui/ui_driver.h"
#include "ui/widgets/bar_chart.h"

namespace muqeem::ui {
namespace {

using test::UiDriver;

const std::vector<Bar> kBars = {{"India", 120, "120", "1,200.00 SAR"},
                                {"Bangladesh", 60, "60", "600.00 SAR"},
                                {"Egypt", 0, "0", "0.00 SAR"}};

UiDriver chart_driver(ImVec2 window) {
  return UiDriver(
      [](Ui& ui, ImVec2 size) {
        ui.push_box(16, size.x - 32, 16);
        bar_chart(ui, {"chart", "Renewals by nationality", "Nationality", "Count", "Fees"}, kBars);
        ui.pop_box();
      },
      window);
}

// The nodes under the table, row by row: each row's cells' names.
std::vector<std::vector<const SemanticNode*>> rows_of(const SemanticTree& tree, int table) {
  std::vector<std::vector<const SemanticNode*>> rows;
  for (size_t i = 0; i < tree.nodes().size(); ++i) {
    const SemanticNode& node = tree.nodes()[i];
    if (node.role == Role::Row && node.parent == table) rows.emplace_back();
    if ((node.role == Role::Cell || node.role == Role::ColumnHeader) && !rows.empty() &&
        tree.is_inside(static_cast<int>(i), table))
      rows.back().push_back(&node);
  }
  return rows;
}

TEST(BarChart, IsATableOfTheSameNumbersTheBarsShow) {
  UiDriver driver = chart_driver({1280, 800});
  const SemanticNode& table = driver.get(Role::Table, "Renewals by nationality");
  EXPECT_EQ(table.count, 3);
  const auto rows = rows_of(driver.tree(), driver.tree().index_of("chart"));
  ASSERT_EQ(rows.size(), 4u);  // the header and a row per bar
  ASSERT_EQ(rows[0].size(), 3u);
  EXPECT_EQ(rows[0][0]->role, Role::ColumnHeader);
  EXPECT_EQ(rows[0][0]->name, "Nationality");
  EXPECT_EQ(rows[0][1]->name, "Count");
  EXPECT_EQ(rows[0][2]->name, "Fees");
  for (size_t i = 0; i < kBars.size(); ++i) {
    ASSERT_EQ(rows[i + 1].size(), 3u);
    EXPECT_EQ(rows[i + 1][0]->name, kBars[i].label);
    EXPECT_EQ(rows[i + 1][1]->name, kBars[i].value_text);
    EXPECT_EQ(rows[i + 1][2]->name, kBars[i].extra);
  }
}

TEST(BarChart, BarsGrowFromTheStartSideInBothDirectionsAndFollowTheirNumbers) {
  for (const Language language : {Language::English, Language::Arabic}) {
    UiDriver driver = chart_driver({1280, 800});
    driver.set_language(language);
    const auto rows = rows_of(driver.tree(), driver.tree().index_of("chart"));
    ASSERT_EQ(rows.size(), 4u);
    const Rect& category = rows[1][0]->rect;
    const Rect& largest = rows[1][1]->rect;  // the count cell's rectangle is its bar's
    const Rect& half = rows[2][1]->rect;
    if (language == Language::Arabic) {
      // The category at the right, the bars starting at its left edge and growing leftwards.
      EXPECT_GT(category.x, largest.x);
      EXPECT_NEAR(largest.right(), category.x - 12, 1.0f);
      EXPECT_NEAR(half.right(), largest.right(), 0.5f);
    } else {
      EXPECT_LT(category.x, largest.x);
      EXPECT_NEAR(largest.x, category.right() + 12, 1.0f);
      EXPECT_NEAR(half.x, largest.x, 0.5f);
    }
    // 60 is half of 120: its bar is half as long.
    EXPECT_NEAR(half.width, largest.width / 2, 1.0f);
  }
}

TEST(BarChart, OnAPhoneEveryCategoryAndNumberIsStillThere) {
  UiDriver driver = chart_driver({320, 800});
  test::expect_inside(driver, 320);
  for (const Bar& bar : kBars) {
    EXPECT_NE(driver.find(Role::Cell, bar.label), nullptr) << bar.label;
    EXPECT_NE(driver.find(Role::Cell, bar.extra), nullptr) << bar.extra;
  }
}

}  // namespace
}  // namespace muqeem::ui
