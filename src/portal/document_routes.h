#pragma once
// Printing and verifying documents (DOMAIN.md, "Print documents"):
//   GET /api/v1/iqama-renewals/{requestNumber}  the renewal result as printed, signed in and only for
//       the caller's establishment, with a verification code and the QR code of its public page;
//   GET /api/v1/public/verifications/{code}     what a printed code stands for, for anyone holding
//       the paper, while the code is valid.
#include <string>

#include "portal/api_routes.h"

namespace muqeem::portal {

// The document kind of a renewal result, and the audit log's name for printing one.
inline constexpr const char* kRenewalDocumentKind = "iqama-renewal";
inline constexpr const char* kRenewalDocumentOperation = "iqama-renewal-document";

Response renewal_document(PortalServices& services, const Request& request,
                          const std::string& request_number);
Response verify_document(PortalServices& services, const std::string& code);

}  // namespace muqeem::portal
