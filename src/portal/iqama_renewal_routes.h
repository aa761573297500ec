#pragma once
// Iqama renewal, as quote then submit (DOMAIN.md, "Renew iqama"):
//   POST /api/v1/iqama-renewals/quote  the resident's verified details, fee lines, every problem;
//   POST /api/v1/iqama-renewals        the renewal, with an Idempotency-Key header and a security code.
// Both compute through the same function, so a quote and its submit agree on eligibility and fee.
#include "portal/api_routes.h"

namespace muqeem::portal {

// The operation a security code is asked for, and the audit log's name for the renewal.
inline constexpr const char* kRenewalOperation = "iqama-renewal";

Response quote_renewal(PortalServices& services, const Request& request);
Response submit_renewal(PortalServices& services, const Request& request);

}  // namespace muqeem::portal
