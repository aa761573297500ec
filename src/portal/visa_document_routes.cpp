// A visa printed again (DOMAIN.md: visas can be reprinted), with a verification code and its QR code
// from the documents' machinery, and what that code answers to whoever scans the paper.
#include "api/visa_inquiry_dto.h"
#include "portal/api_responses.h"
#include "portal/document_verification.h"
#include "portal/store/establishments.h"
#include "portal/visa_routes.h"
#include "portal/visa_services.h"

namespace muqeem::portal {

Response visa_document(PortalServices& services, const Request& request, const std::string& visa) {
  const auto session = session_of(services, request);
  if (!session) return unauthorised();
  if (!services.rules) return rules_unavailable();
  const auto number = visa_number_of(visa);
  if (!number) return invalid_visa_number();
  const domain::CivilDate today = riyadh_today(services.now());
  // Only the caller's establishment's: another's visa answers exactly like one that does not exist.
  const auto record = store::find_visa(services.db, session->establishment_id, *number, today);
  if (!record) return visa_not_found();
  if (record->status_code != "issued") {
    return problem(422, "visa-not-printable",
                   {"لا تُطبع إلا تأشيرة سارية؛ هذه التأشيرة " + record->status_ar,
                    "Only a valid visa is printed; this one is " + record->status_en});
  }
  const auto holder = store::find_resident(services.db, session->establishment_id, record->iqama_number);
  const auto establishment = store::find_establishment(services.db, session->establishment_id);
  if (!holder || !establishment) throw store::StoreError{"a visa without its resident or establishment"};

  api::VisaDocument document;
  document.visa = details_of(*record);
  document.nationality = {holder->summary.nationality_code, holder->summary.nationality_ar,
                          holder->summary.nationality_en};
  document.passport_number = holder->passport_number;
  document.establishment_number = establishment->unified_number;
  document.establishment = {establishment->name_ar, establishment->name_en};
  document.printed_on = today.iso();
  document.printed_on_hijri = hijri_iso(today);
  document.iqama_expiry = record->iqama_expiry;
  document.iqama_expiry_hijri = hijri_iso(stored_date(record->iqama_expiry));
  const store::VerificationCode code =
      printed_verification(services, *session, kVisaDocumentKind, record->id, record->establishment_id,
                           kVisaDocumentOperation, record->visa_number);
  document.verification = verification_block(services, request, code);
  return json_response(200, document);
}

std::optional<api::VerifiedDocument> verified_visa(PortalServices& services,
                                                   const store::VerificationCode& code) {
  const auto record = store::find_visa_by_id(services.db, code.document_id, riyadh_today(services.now()));
  const auto issuer = store::find_establishment(services.db, code.establishment_id);
  if (!record || !issuer) return std::nullopt;
  const api::VisaDetails details = details_of(*record);
  api::VerifiedDocument document;
  document.document_kind = kVisaDocumentKind;
  document.title = {"تأشيرة " + details.type.ar, details.type.en + " visa"};
  document.request_number = details.visa_number;
  document.iqama_number = masked_iqama(details.iqama_number);
  document.name = details.name;
  document.iqama_expiry = record->iqama_expiry;
  document.iqama_expiry_hijri = hijri_iso(stored_date(record->iqama_expiry));
  document.issued_on = details.issued_on;
  document.issued_on_hijri = details.issued_on_hijri;
  document.issuer = {issuer->name_ar, issuer->name_en};
  document.expires_at = code.expires_at;
  document.visa =
      api::VerifiedVisa{details.type, details.status, details.expires_on, details.expires_on_hijri};
  return document;
}

}  // namespace muqeem::portal
