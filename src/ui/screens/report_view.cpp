#include "ui/screens/report_view.h"

#include <algorithm>

#include "ui/api_text.h"
#include "ui/dates.h"
#include "ui/number_format.h"
#include "ui/widgets/bar_chart.h"
#include "ui/widgets/text.h"

namespace muqeem::ui {

std::string report_cell_text(const api::ReportValue& value, const api::ReportColumn& column,
                             Language language, const Catalogue& strings, ReportDates dates) {
  switch (column.type) {
    case api::ReportColumnType::Text:
      return std::get<std::string>(value);
    case api::ReportColumnType::Integer:
      return format_integer(std::get<int64_t>(value), language);
    case api::ReportColumnType::Money:
      return format_money(std::get<int64_t>(value), language);
    case api::ReportColumnType::Date: {
      // Both calendars in digits: a table's column is narrow, and officers compare dates by number.
      const api::ReportDate& date = std::get<api::ReportDate>(value);
      if (dates == ReportDates::Hijri && !date.hijri.empty()) return date.hijri;
      if (date.hijri.empty() || dates == ReportDates::Gregorian) return date.gregorian;
      return date.gregorian + " (" + date.hijri + strings.text("reports.hijriSuffix") + ")";
    }
    case api::ReportColumnType::Name:
      return in_language(language, std::get<api::Bilingual>(value));
    case api::ReportColumnType::Coded:
      return in_language(language, std::get<api::Coded>(value));
  }
  return {};
}

std::string report_sort_key(const ReportGuide& guide, const api::ReportColumn& column, Language language) {
  if (column.key == "name")
    return std::find(guide.sorts.begin(), guide.sorts.end(), "name") == guide.sorts.end() ? std::string()
           : language == Language::Arabic                                                 ? "nameAr"
                                                                                          : "nameEn";
  return std::find(guide.sorts.begin(), guide.sorts.end(), column.key) == guide.sorts.end() ? std::string()
                                                                                            : column.key;
}

bool report_table(Ui& ui, const ReportGuide& guide, const api::ReportPage& page, TableState& state,
                  int visible_rows, ReportDates dates) {
  std::vector<Column> columns;
  for (const auto& column : page.columns) {
    using Type = api::ReportColumnType;
    // Widths by what a column holds, so identifiers and dates show whole.
    const float share = column.type == Type::Date      ? 1.2f
                        : column.type == Type::Name    ? 1.6f
                        : column.type == Type::Text    ? 1.3f
                        : column.type == Type::Integer ? 0.8f
                                                       : 1.0f;
    // Numbers read left to right ("-180", not "180-"), identifiers and dates too.
    const bool digits =
        column.type == Type::Text || column.type == Type::Date || column.type == Type::Integer;
    columns.push_back({in_language(ui.language(), column.title), share,
                       !report_sort_key(guide, column, ui.language()).empty(), digits});
  }
  std::string text;
  const CellText cell = [&](int row, int column) -> std::string_view {
    const auto c = static_cast<size_t>(column);
    text = report_cell_text(page.content[static_cast<size_t>(row)][c], page.columns[c], ui.language(),
                            ui.screen().strings, dates);
    return text;
  };
  const int rows = static_cast<int>(page.content.size());
  const float height =
      kTableHeaderHeight + ui.row_height() * static_cast<float>(std::clamp(rows, 1, visible_rows));
  const TableResult result =
      table(ui, "report.table", in_language(ui.language(), page.title), columns, rows, cell, state, height);
  return result.sort_changed;
}

void report_breakdown(Ui& ui, const api::ReportPage& page) {
  if (page.breakdown.empty()) return;
  const std::string title = in_language(ui.language(), page.breakdown_title);
  heading(ui, title, 2);
  const bool fees = std::any_of(page.breakdown.begin(), page.breakdown.end(),
                                [](const api::ReportGroup& group) { return group.fees_halalas.has_value(); });
  std::vector<Bar> bars;
  for (const auto& group : page.breakdown)
    bars.push_back({in_language(ui.language(), group.group), group.count,
                    format_integer(group.count, ui.language()),
                    fees ? format_money(group.fees_halalas.value_or(0), ui.language()) : std::string()});
  bar_chart(ui,
            {"report.chart", title, ui.text("reports.category"), ui.text("reports.count"),
             fees ? ui.text("reports.fees") : std::string()},
            bars);
}

PrintDocument report_paper(const Catalogue& strings, Language language, const api::ReportPage& page,
                           const std::vector<std::vector<api::ReportValue>>& rows,
                           const std::vector<std::pair<std::string, std::string>>& filters,
                           const std::string& issuer) {
  PrintDocument paper;
  paper.language = language_code(language);
  paper.title = in_language(language, page.title);
  paper.issuer = issuer;
  paper.date_line =
      strings.format("reports.printedOn",
                     {{"date", format_both_calendars(page.generated_on, page.generated_on_hijri, strings)}});
  paper.lines = filters;
  paper.lines.emplace_back(strings.text("reports.rows"), format_integer(page.total_elements, language));
  if (page.fees_halalas)
    paper.lines.emplace_back(strings.text("reports.totalFees"), format_money(*page.fees_halalas, language));
  if (static_cast<int64_t>(rows.size()) < page.total_elements)
    paper.lines.emplace_back(
        strings.text("reports.printedRows"),
        strings.format("reports.printedRowsOf",
                       {{"shown", format_integer(static_cast<long long>(rows.size()), language)},
                        {"total", format_integer(page.total_elements, language)}}));
  for (const auto& column : page.columns) paper.table_head.push_back(in_language(language, column.title));
  for (const auto& row : rows) {
    std::vector<std::string> cells;
    for (size_t c = 0; c < row.size() && c < page.columns.size(); ++c)
      cells.push_back(report_cell_text(row[c], page.columns[c], language, strings));
    paper.table_rows.push_back(std::move(cells));
  }
  paper.landscape = true;
  paper.footer = strings.text("flow.printFooter");
  return paper;
}

}  // namespace muqeem::ui
