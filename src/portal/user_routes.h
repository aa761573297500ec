#pragma once
// The establishment's users under /api/v1/users, for its primary user only: the list, checking who
// an ID number and date of birth belong to, adding them as a user (an activation code goes to them
// by SMS), and setting a user's permissions; plus the activation itself, open to the new user
// without a session at /api/v1/public/user-activations.
#include <optional>

#include "portal/api_routes.h"

namespace muqeem::portal {

// The answer for a users path (or the activation), or nullopt for any other.
std::optional<Response> route_users(PortalServices& services, const Request& request);

}  // namespace muqeem::portal
