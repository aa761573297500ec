#pragma once
// GET /api/v1/establishment: the signed-in officer's establishment, its balance and dashboard counts.
#include <string>

#include "api/dto.h"
#include "portal/api_routes.h"

namespace muqeem::portal {

Response establishment_profile(PortalServices& services, const Request& request);
// A package's code ("comprehensive" or "transactions") with its names, as profiles and requests show it.
api::Coded package_of(const std::string& code);

}  // namespace muqeem::portal
