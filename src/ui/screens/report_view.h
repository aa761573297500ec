#pragma once
// A report page as the officer reads it, from the portal's one shape for every report: its cells as
// text (dates in both calendars, money in riyals, names and coded values in the UI's language), its
// rows as a virtualized table sorted by the portal, its breakdown as a bar chart, and the whole report
// as a landscape paper with its filters and totals at the top.
#include <string>
#include <vector>

#include "api/report_dto.h"
#include "ui/print_document.h"
#include "ui/screens/report_guide.h"
#include "ui/widgets/table.h"

namespace muqeem::ui {

// Which calendar a date cell shows: one, so a column stays narrow enough to show it whole (the
// officer switches), or both (the printed page, whose cells wrap).
enum class ReportDates { Gregorian, Hijri, Both };

// A cell as written in `language`.
std::string report_cell_text(const api::ReportValue& value, const api::ReportColumn& column,
                             Language language, const Catalogue& strings,
                             ReportDates dates = ReportDates::Both);

// The portal's sort key for a column ("nameAr" for the name in Arabic), or "" when it does not sort by it.
std::string report_sort_key(const ReportGuide& guide, const api::ReportColumn& column, Language language);

// The page's rows as a table, `visible_rows` tall at most (the rest scroll inside it). true when the
// officer asked for another order (state.sort_column and state.descending say which).
bool report_table(Ui& ui, const ReportGuide& guide, const api::ReportPage& page, TableState& state,
                  int visible_rows, ReportDates dates);

// The breakdown as a bar chart with its table for screen readers; nothing when there is none.
void report_breakdown(Ui& ui, const api::ReportPage& page);

// The report on paper: `rows` is every row printed (possibly more than one page of the portal's),
// `filters` the lines saying what was asked ("Period: …", "Status: Expired").
PrintDocument report_paper(const Catalogue& strings, Language language, const api::ReportPage& page,
                           const std::vector<std::vector<api::ReportValue>>& rows,
                           const std::vector<std::pair<std::string, std::string>>& filters,
                           const std::string& issuer);

}  // namespace muqeem::ui
