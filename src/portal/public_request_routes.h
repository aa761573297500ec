#pragma once
// The requests anyone may make without signing in, under /api/v1/public: an establishment's
// subscription request, and a user's registration (started with the applicant's details, which sends
// a code by SMS, then confirmed with that code and the visual code). Both are limited per client
// address, and the registration per mobile and ID number too (public_limits.h).
#include <optional>

#include "portal/api_routes.h"

namespace muqeem::portal {

// The answer for a subscription or registration path, or nullopt for any other.
std::optional<Response> route_public_requests(PortalServices& services, const Request& request);

}  // namespace muqeem::portal
