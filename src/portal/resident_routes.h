#pragma once
// The establishment's residents: GET /api/v1/residents (searched, filtered by nationality, iqama
// validity and expiry window, sorted, paged) and GET /api/v1/residents/{iqama} (one resident's file
// with visas, traffic violations and dependants). Always within the session's establishment.
#include <string>

#include "portal/api_routes.h"

namespace muqeem::portal {

Response residents_list(PortalServices& services, const Request& request);
Response resident_file(PortalServices& services, const Request& request, const std::string& iqama);

}  // namespace muqeem::portal
