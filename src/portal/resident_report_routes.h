#pragma once
// The resident report (تقرير مقيم), DOMAIN.md "Print documents":
//   POST /api/v1/resident-reports {"iqamaNumber"}    issues a report on a resident of the caller's
//       establishment, as things stand today, with a verification code valid for the days
//       assets/rules/documents.json gives; an Idempotency-Key makes a retry return the same report.
//       A document, not an e-transaction: no fee and no security code, but audited like one.
//   GET /api/v1/resident-reports/{reportNumber}      the same report again, while its code is valid.
// GET /api/v1/public/verifications/{code} answers for a report's code (document_routes.h).
#include <optional>

#include "api/document_dto.h"
#include "portal/api_routes.h"
#include "portal/store/verifications.h"

namespace muqeem::portal {

// The document kind of a resident report, and the audit log's name for issuing one.
inline constexpr const char* kResidentReportKind = "resident-report";
inline constexpr const char* kResidentReportOperation = "resident-report";

// The answer for /api/v1/resident-reports[/...], or nullopt for any other path.
std::optional<Response> route_resident_reports(PortalServices& services, const Request& request);

// What a report's verification code stands for: what the paper states, the iqama number masked.
std::optional<api::VerifiedDocument> verified_resident_report(PortalServices& services,
                                                              const store::VerificationCode& found);

}  // namespace muqeem::portal
