#pragma once
// Updating a resident's passport (نقل معلومات, DOMAIN.md, "Passport update"):
//   POST /api/v1/passport-updates  the new passport's number, issue and expiry dates and issuing
//                                  country, with an Idempotency-Key header and a security code.
// No fee and nothing to quote: the dates must make sense (issued by today, expiring after the issue
// and after today), each mistake said under its field in Arabic and English.
#include "portal/api_routes.h"

namespace muqeem::portal {

inline constexpr const char* kPassportUpdateOperation = "passport-update";

Response submit_passport_update(PortalServices& services, const Request& request);

}  // namespace muqeem::portal
