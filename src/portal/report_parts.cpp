#include "portal/report_parts.h"

#include <algorithm>

#include "portal/api_responses.h"

namespace muqeem::portal {

using store::Sql;

std::string report_param(const Request& request, const char* name) {
  const auto found = request.query.find(name);
  return found == request.query.end() ? std::string() : found->second;
}

Response bad_report_filter(const char* field, api::Bilingual message) {
  return invalid_fields({{field, std::move(message)}});
}

ReportFilters report_one_of(const Request& request, const char* name, const char* column,
                            const std::vector<std::string>& codes, api::Bilingual message) {
  const std::string value = report_param(request, name);
  if (value.empty()) return std::vector<Sql>{};
  if (std::find(codes.begin(), codes.end(), value) == codes.end())
    return bad_report_filter(name, std::move(message));
  return std::vector<Sql>{Sql(std::string(column) + " = ?", {value})};
}

ReportFilters all_report_filters(const std::vector<ReportFilters>& filters) {
  std::vector<Sql> conditions;
  for (const auto& filter : filters) {
    if (!filter) return filter.error();
    conditions.insert(conditions.end(), filter->begin(), filter->end());
  }
  return conditions;
}

Sql riyadh_date_of(const char* epoch_column) {
  return {std::string("date(") + epoch_column + " + ?, 'unixepoch')", {kRiyadhUtcOffset}};
}

ReportColumnSpec iqama_number_column() {
  return {{"iqamaNumber", {"رقم الإقامة", "Iqama number"}, api::ReportColumnType::Text}, "r.iqama_number"};
}

ReportColumnSpec resident_name_column() {
  return {{"name", {"الاسم", "Name"}, api::ReportColumnType::Name}, "r.name_ar, r.name_en"};
}

}  // namespace muqeem::portal
