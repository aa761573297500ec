#include "portal/report_csv.h"

#include <vector>

#include "api/csv.h"
#include "domain/money.h"

namespace muqeem::portal {
namespace {

// Words from the store (names, codes) are guarded; numbers and dates are written by this server.
using api::csv_guarded;
using api::csv_line;

std::string cell_text(const api::ReportColumn& column, const api::ReportValue& value, bool arabic) {
  if (const auto* text = std::get_if<std::string>(&value)) return csv_guarded(*text);
  if (const auto* number = std::get_if<int64_t>(&value))
    return column.type == api::ReportColumnType::Money ? domain::Money::halalas(*number).format()
                                                       : std::to_string(*number);
  if (const auto* name = std::get_if<api::Bilingual>(&value))
    return csv_guarded(arabic ? name->ar : name->en);
  if (const auto* coded = std::get_if<api::Coded>(&value)) return csv_guarded(arabic ? coded->ar : coded->en);
  return {};
}

}  // namespace

std::string report_csv(const api::ReportPage& page, bool arabic) {
  std::vector<std::string> heading;
  for (const auto& column : page.columns) {
    const std::string& title = arabic ? column.title.ar : column.title.en;
    heading.push_back(title);
    if (column.type == api::ReportColumnType::Date)
      heading.push_back(title + (arabic ? " (هجري)" : " (Hijri)"));
  }
  std::string out = api::kCsvByteOrderMark + csv_line(heading);
  for (const auto& cells : page.content) {
    std::vector<std::string> fields;
    for (size_t i = 0; i < cells.size() && i < page.columns.size(); ++i) {
      if (const auto* date = std::get_if<api::ReportDate>(&cells[i])) {
        fields.push_back(date->gregorian);
        fields.push_back(date->hijri);
      } else {
        fields.push_back(cell_text(page.columns[i], cells[i], arabic));
      }
    }
    out += csv_line(fields);
  }
  return out;
}

}  // namespace muqeem::portal
