#pragma once
// GET /api/v1/establishment: the signed-in officer's establishment, its balance and dashboard counts.
#include "portal/api_routes.h"

namespace muqeem::portal {

Response establishment_profile(PortalServices& services, const Request& request);

}  // namespace muqeem::portal
