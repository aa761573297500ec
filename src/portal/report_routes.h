#pragma once
// GET /api/v1/reports/{name}: any report of report_catalogue.h, within the session's establishment.
// Query parameters every report takes: page (from 0), size (1 to 200), sort ("key" or "key,desc"
// among the report's sorts), from and to (ISO dates, both included, for reports with dates),
// format=csv for every selected row as CSV (lang=ar or en for its headings and names; at most
// kExportRows rows); plus the report's own filters. A bad parameter is a 400 problem naming it.
#include <cstdint>
#include <optional>

#include "portal/api_routes.h"

namespace muqeem::portal {

inline constexpr int64_t kExportRows = 20000;

// The answer for /api/v1/reports/..., or nullopt for any other path.
std::optional<Response> route_reports(PortalServices& services, const Request& request);

}  // namespace muqeem::portal
