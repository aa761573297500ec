#pragma once
// Issuing an iqama to a new arrival, by border number (DOMAIN.md, "Issue iqama (new arrival)"):
//   GET  /api/v1/new-arrivals          the establishment's arrivals still without an iqama, paged;
//   POST /api/v1/iqama-issues/quote    the arrival's entry, the fee lines and every problem;
//   POST /api/v1/iqama-issues          the issue, with an Idempotency-Key header and a security code:
//                                      a new iqama number, and the arrival a resident of the caller's
//                                      establishment.
// The quote and the issue compute through the same function, so they agree on problems and fees.
#include "portal/api_routes.h"

namespace muqeem::portal {

// The operation a security code is asked for, and the audit log's name for the issue.
inline constexpr const char* kIssueOperation = "iqama-issue";

Response new_arrivals(PortalServices& services, const Request& request);
Response quote_issue(PortalServices& services, const Request& request);
Response submit_issue(PortalServices& services, const Request& request);

}  // namespace muqeem::portal
