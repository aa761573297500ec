#pragma once
// The reports (DOMAIN.md "Reports"), each a definition on the shared mechanism (report_routes.h reads
// the query string, pages, totals and exports; store/report_query.h reads the store): its columns and
// their SQL, its source, the column naming the establishment, the date a range filters on, its sorts,
// its fees, what its breakdown counts by, and its own filters. Adding a report is a definition in
// report_catalogue.cpp and its row schema in assets/api/openapi.yaml.
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "api/report_dto.h"
#include "domain/civil_date.h"
#include "domain/result.h"
#include "portal/http_message.h"
#include "portal/store/sql.h"

namespace muqeem::portal {

// One column: its key, headings and type, and the SQL giving it (one expression; two, ar and en, for a
// name; three, code, ar and en, for a coded value).
struct ReportColumnSpec {
  api::ReportColumn column;
  store::Sql sql;
};

struct ReportSort {
  std::string key;  // as the sort parameter names it: "paidOn"
  std::string sql;  // the expression, without a direction
};

// What a date range (from, to) filters on: no dates, an ISO date column, or seconds since the epoch
// (a day then runs from midnight to midnight in Riyadh).
enum class ReportDates { None, IsoDate, EpochSeconds };

struct ReportDefinition {
  std::string name;  // in the path: /api/v1/reports/{name}
  api::Bilingual title;
  std::vector<ReportColumnSpec> columns;
  store::Sql from;            // " FROM ... JOIN ..."
  std::string establishment;  // the column naming a row's establishment, compared with the session's
  ReportDates dates = ReportDates::None;
  std::string date_column;
  std::vector<ReportSort> sorts;  // the first is the default
  bool descending = false;        // the default direction
  std::string tiebreak;           // a unique column, so that rows keep one order across pages
  std::string fee;                // summed into the totals; "" for a report without fees
  api::Bilingual breakdown_title;
  store::Sql group;  // code, ar, en; empty for no breakdown
  // The report's own query parameters as conditions, or the 400 problem for a bad one.
  std::function<domain::Result<std::vector<store::Sql>, Response>(const Request&)> filters;
  // A second such column for a row two establishments share (a transfer): either may match.
  std::string other_establishment;
};

// The report of this name, as it reads on `today` (in Riyadh); nullopt for an unknown name.
std::optional<ReportDefinition> find_report(std::string_view name, const domain::CivilDate& today);

}  // namespace muqeem::portal
