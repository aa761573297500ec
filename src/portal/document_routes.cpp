#include "portal/document_routes.h"

#include "api/document_dto.h"
#include "portal/api_responses.h"
#include "portal/document_verification.h"
#include "portal/resident_report_routes.h"
#include "portal/store/renewals.h"
#include "portal/store/verifications.h"
#include "portal/visa_routes.h"

namespace muqeem::portal {
namespace {

Response renewal_not_found() {
  return problem(404, "renewal-not-found",
                 {"لا يوجد طلب تجديد بهذا الرقم في منشأتك",
                  "No renewal with this request number in your establishment"});
}

std::optional<api::VerifiedDocument> verified_renewal(PortalServices& services,
                                                      const store::VerificationCode& found) {
  const auto record = store::find_renewal_by_id(services.db, found.document_id);
  if (!record) return std::nullopt;
  const auto next = domain::CivilDate::parse(record->new_expiry);
  const std::string next_hijri = next ? hijri_iso(*next) : "";
  const domain::CivilDate issued = riyadh_today(record->created_at);
  return api::VerifiedDocument{kRenewalDocumentKind,
                               {"تجديد إقامة", "Iqama renewal"},
                               record->request_number,
                               masked_iqama(record->iqama_number),
                               {record->name_ar, record->name_en},
                               record->new_expiry,
                               next_hijri,
                               record->new_expiry,
                               next_hijri,
                               issued.iso(),
                               hijri_iso(issued),
                               {record->establishment_ar, record->establishment_en},
                               found.expires_at};
}

}  // namespace

Response renewal_document(PortalServices& services, const Request& request,
                          const std::string& request_number) {
  const auto session = session_of(services, request);
  if (!session) return unauthorised();
  if (!services.rules) return rules_unavailable();
  // Only the caller's establishment's: another's renewal answers exactly like one that does not exist.
  const auto record = is_document_number(request_number)
                          ? store::find_renewal(services.db, session->establishment_id, request_number)
                          : std::nullopt;
  if (!record) return renewal_not_found();

  const store::VerificationCode code =
      printed_verification(services, *session, kRenewalDocumentKind, record->id, record->establishment_id,
                           kRenewalDocumentOperation, record->request_number);
  const auto previous = domain::CivilDate::parse(record->previous_expiry);
  const auto next = domain::CivilDate::parse(record->new_expiry);
  const domain::CivilDate requested = riyadh_today(record->created_at);
  api::RenewalDocument document{{record->request_number,
                                 record->iqama_number,
                                 {record->name_ar, record->name_en},
                                 record->duration_months,
                                 record->previous_expiry,
                                 previous ? hijri_iso(*previous) : "",
                                 record->new_expiry,
                                 next ? hijri_iso(*next) : "",
                                 record->total_halalas},
                                record->establishment_number,
                                {record->establishment_ar, record->establishment_en},
                                requested.iso(),
                                hijri_iso(requested),
                                verification_block(services, request, code)};
  return json_response(200, document);
}

Response verify_document(PortalServices& services, const std::string& code) {
  const auto found = find_verification(services, code);
  if (!found) return not_verifiable();
  std::optional<api::VerifiedDocument> document;
  if (found->document_kind == kRenewalDocumentKind) document = verified_renewal(services, *found);
  if (found->document_kind == kResidentReportKind) document = verified_resident_report(services, *found);
  if (found->document_kind == kVisaDocumentKind) document = verified_visa(services, *found);
  if (!document) return not_verifiable();
  return json_response(200, *document);
}

}  // namespace muqeem::portal
