#pragma once
// Tawasul (تواصل) support requests under /api/v1/tawasul/requests: the establishment's requests
// (newest first, by status), raising one with the context of the failing operation and attachments,
// one request with its status history and replies, the applicant's reply (which answers a request
// returned to them), and downloading an attachment. Raising and replying go through run_transaction
// (an Idempotency-Key; no security code, as in the real portal).
#include <cstddef>
#include <optional>
#include <string>

#include "portal/api_routes.h"

namespace muqeem::portal {

// The answer for a Tawasul path, or nullopt for any other.
std::optional<Response> route_tawasul(PortalServices& services, const Request& request);

// The largest body the route takes, for the routes that accept attachments (in base64 inside the
// JSON); nullopt for every other route.
std::optional<size_t> attachment_body_limit(const PortalServices& services, const std::string& method,
                                            const std::string& path);

}  // namespace muqeem::portal
