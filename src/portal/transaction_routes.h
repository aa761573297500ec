#pragma once
// The routes of the electronic transactions beyond renewal: issuing an iqama to a new arrival,
// changing occupation, transferring services and updating a passport (each in its own file).
#include <optional>

#include "portal/api_routes.h"

namespace muqeem::portal {

// The answer for one of their paths, or nullopt for any other path.
std::optional<Response> route_transactions(PortalServices& services, const Request& request);

}  // namespace muqeem::portal
