#pragma once
// The visa services (DOMAIN.md, exit/re-entry and final exit, Inquiries):
//   POST /api/v1/exit-reentry-visas/quote, /exit-reentry-visas       issue, single or multiple
//   POST /api/v1/final-exits/quote, /final-exits                     a final exit
//   POST /api/v1/visas/{visaNumber}/extension/quote, .../extension   a later return date, also from abroad
//   POST /api/v1/visas/{visaNumber}/cancellation/quote, .../cancellation
//   GET  /api/v1/visas?iqamaNumber=&type=                            the establishment's visas
//   GET  /api/v1/visas/{visaNumber}                                  one of them
//   GET  /api/v1/visas/{visaNumber}/document                         the visa printed (reprint)
//   POST /api/v1/public/visa-validity                                anyone, with a cross-check
// Every submit takes an Idempotency-Key and a security code for its own operation; each quote and its
// submit compute through one function.
#include <optional>
#include <string>

#include "api/document_dto.h"
#include "portal/api_routes.h"
#include "portal/store/verifications.h"

namespace muqeem::portal {

// The operations security codes are asked for, and the audit log's names for them.
inline constexpr const char* kExitReentryOperation = "exit-reentry-visa";
inline constexpr const char* kExtensionOperation = "exit-reentry-extension";
inline constexpr const char* kFinalExitOperation = "final-exit";
inline constexpr const char* kCancellationOperation = "visa-cancellation";
// A printed visa's document kind, and the audit log's name for printing one.
inline constexpr const char* kVisaDocumentKind = "visa";
inline constexpr const char* kVisaDocumentOperation = "visa-document";

// The response for a visa path, or nullopt when the path is not one of them.
std::optional<Response> route_visas(PortalServices& services, const Request& request);

// Each operation; `submit` false for its quote.
Response exit_reentry_visa(PortalServices& services, const Request& request, bool submit);
Response exit_reentry_extension(PortalServices& services, const Request& request, const std::string& visa,
                                bool submit);
Response final_exit(PortalServices& services, const Request& request, bool submit);
Response visa_cancellation(PortalServices& services, const Request& request, const std::string& visa,
                           bool submit);
Response visa_document(PortalServices& services, const Request& request, const std::string& visa);

// What a printed visa's valid verification code stands for; nullopt if its visa is gone.
std::optional<api::VerifiedDocument> verified_visa(PortalServices& services,
                                                   const store::VerificationCode& code);

}  // namespace muqeem::portal
