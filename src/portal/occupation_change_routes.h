#pragma once
// Changing a resident's occupation (DOMAIN.md, "Change of occupation"), as quote then submit:
//   POST /api/v1/occupation-changes/quote  the resident, the occupation Qiwa approved, the fee, every
//   problem; POST /api/v1/occupation-changes        the change, with an Idempotency-Key header and a security
//   code.
// Today the change is approved in Qiwa first: without that approval, for the occupation asked for, the
// quote says so and the change is refused.
#include "portal/api_routes.h"

namespace muqeem::portal {

inline constexpr const char* kOccupationChangeOperation = "occupation-change";

Response quote_occupation_change(PortalServices& services, const Request& request);
Response submit_occupation_change(PortalServices& services, const Request& request);

}  // namespace muqeem::portal
