#pragma once
// Transferring a resident's services to another establishment (نقل الخدمات, DOMAIN.md), in two steps:
//   POST /api/v1/service-transfers/quote                    the current establishment: the resident,
//                                                           the new establishment, its fee, every problem;
//   POST /api/v1/service-transfers                          the current establishment asks (security
//                                                           code, Idempotency-Key): a pending request;
//   GET  /api/v1/service-transfers?direction=&status=       the transfers asked of (incoming) or by
//                                                           (outgoing) the caller's establishment, paged;
//   GET  /api/v1/service-transfers/{requestNumber}          one of them;
//   POST /api/v1/service-transfers/{requestNumber}/accept   the new establishment accepts: the rules
//                                                           again, the fee from its balance, the
//                                                           resident moves;
//   POST /api/v1/service-transfers/{requestNumber}/decline  or declines.
// Either side sees the request and only that: never the resident's file, which stays the current
// establishment's until the transfer is accepted.
#include <optional>

#include "portal/api_routes.h"

namespace muqeem::portal {

inline constexpr const char* kTransferOperation = "service-transfer";
inline constexpr const char* kTransferAcceptOperation = "service-transfer-accept";
inline constexpr const char* kTransferDeclineOperation = "service-transfer-decline";

// The answer for a /api/v1/service-transfers path, or nullopt for any other path.
std::optional<Response> route_service_transfers(PortalServices& services, const Request& request);

}  // namespace muqeem::portal
