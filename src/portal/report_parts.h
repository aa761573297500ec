#pragma once
// Pieces the report definitions share (report_catalogue.cpp, transaction_reports.cpp): reading a
// report's own query parameters, refusing a bad one, and the SQL of columns several reports show.
#include <string>
#include <vector>

#include "api/dto.h"
#include "domain/result.h"
#include "portal/http_message.h"
#include "portal/report_catalogue.h"
#include "portal/store/sql.h"

namespace muqeem::portal {

using ReportFilters = domain::Result<std::vector<store::Sql>, Response>;

// A query parameter's value, "" when absent.
std::string report_param(const Request& request, const char* name);

// The 400 problem naming the one bad filter.
Response bad_report_filter(const char* field, api::Bilingual message);

// A filter that takes one of a few codes (compared with `column`), or is absent.
ReportFilters report_one_of(const Request& request, const char* name, const char* column,
                            const std::vector<std::string>& codes, api::Bilingual message);

// Several filters' conditions together, or the first refusal.
ReportFilters all_report_filters(const std::vector<ReportFilters>& filters);

// A day in Riyadh from seconds since the epoch, as an ISO date.
store::Sql riyadh_date_of(const char* epoch_column);

// The resident's iqama number and name, as every report about a resident's transaction shows them
// (the resident joined as r).
ReportColumnSpec iqama_number_column();
ReportColumnSpec resident_name_column();

}  // namespace muqeem::portal
