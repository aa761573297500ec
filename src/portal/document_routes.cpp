#include "portal/document_routes.h"

#include <algorithm>
#include <cctype>
#include <stdexcept>

#include "api/document_dto.h"
#include "portal/api_responses.h"
#include "portal/auth/secrets.h"
#include "portal/qr_svg.h"
#include "portal/store/audit_log.h"
#include "portal/store/renewals.h"
#include "portal/store/verifications.h"

namespace muqeem::portal {
namespace {

// 80 random bits: not found by asking, even without a rate limit on the public endpoint.
constexpr size_t kCodeLength = 16;
constexpr int64_t kRiyadhOffset = 3 * 3600;  // UTC+3, no daylight saving

int64_t riyadh_midnight(const domain::CivilDate& date) {
  return date.days_since_1970() * int64_t{86400} - kRiyadhOffset;
}

bool digits(const std::string& text, size_t length) {
  return text.size() == length &&
         std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// Where the verification page is reached from outside: the configured public origin, or else the host
// the caller reached this server by, if it is only a name or an address and a port.
std::string origin_of(const PortalServices& services, const Request& request) {
  if (!services.public_origin.empty()) return services.public_origin;
  const std::string& host = request.header("host");
  const bool plain = !host.empty() && host.size() <= 255 && std::all_of(host.begin(), host.end(), [](char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || c == '.' || c == '-' || c == ':' || c == '[' ||
           c == ']';
  });
  return "http://" + (plain ? host : std::string("localhost"));
}

Response renewal_not_found() {
  return problem(404, "renewal-not-found",
                 {"لا يوجد طلب تجديد بهذا الرقم في منشأتك",
                  "No renewal with this request number in your establishment"});
}

// An unknown code and an expired one are answered alike, so the answer tells a guesser nothing.
Response not_verifiable() {
  return problem(404, "document-not-verifiable",
                 {"لا توجد وثيقة سارية بهذا الرمز", "No valid document has this verification code"});
}

// The code of this renewal's printed result: the one still valid if there is one, so every print
// within the validity carries the same code; else a new one, valid through the last day the rules
// allow (a document states dates, so the code answers until midnight in Riyadh).
store::VerificationCode verification_for(PortalServices& services, const auth::Session& session,
                                         const store::RenewalRecord& record, int64_t now) {
  store::Database::Transaction transaction(services.db);
  if (auto current = store::current_verification(services.db, kRenewalDocumentKind, record.id, now))
    return *current;
  const domain::CivilDate last_day =
      riyadh_today(now).plus_days(services.rules->documents.verification_valid_days);
  const store::VerificationCode code{auth::random_base32(static_cast<int>(kCodeLength)),
                                     kRenewalDocumentKind,
                                     record.id,
                                     record.establishment_id,
                                     now,
                                     riyadh_midnight(last_day.plus_days(1))};
  store::record_verification(services.db, code);
  store::append_audit(services.db,
                      {session.user_id, "", kRenewalDocumentOperation, record.request_number,
                       "verification code issued until " + last_day.iso()},
                      now);
  transaction.commit();
  return code;
}

std::string masked(const std::string& iqama_number) {
  const size_t shown = std::min<size_t>(4, iqama_number.size());
  return std::string(iqama_number.size() - shown, '*') + iqama_number.substr(iqama_number.size() - shown);
}

}  // namespace

Response renewal_document(PortalServices& services, const Request& request,
                          const std::string& request_number) {
  const auto session = session_of(services, request);
  if (!session) return unauthorised();
  if (!services.rules) {
    return problem(503, "rules-unavailable",
                   {"الخدمة غير متاحة مؤقتًا", "The service is not available at the moment"});
  }
  // Only the caller's establishment's: another's renewal answers exactly like one that does not exist.
  const auto record = digits(request_number, 10)
                          ? store::find_renewal(services.db, session->establishment_id, request_number)
                          : std::nullopt;
  if (!record) return renewal_not_found();

  const int64_t now = services.now();
  const store::VerificationCode code = verification_for(services, *session, *record, now);
  api::Verification verification;
  verification.code = code.code;
  verification.path = "/#/verify?code=" + code.code;
  verification.url = origin_of(services, request) + verification.path;
  verification.expires_at = code.expires_at;
  const domain::CivilDate last_day = riyadh_today(code.expires_at - 1);
  verification.expires_on = last_day.iso();
  verification.expires_on_hijri = hijri_iso(last_day);
  const auto qr = qr_svg(verification.url);
  if (!qr) throw std::length_error("a verification URL too long for a QR code");  // answered as a 500
  verification.qr_svg = *qr;

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
                                std::move(verification)};
  return json_response(200, document);
}

Response verify_document(PortalServices& services, const std::string& code) {
  std::string key = code;
  // Typed from the paper, a code may come in lower case.
  std::transform(key.begin(), key.end(), key.begin(),
                 [](char c) { return static_cast<char>(std::toupper(static_cast<unsigned char>(c))); });
  if (key.size() != kCodeLength || !std::all_of(key.begin(), key.end(), [](char c) {
        return std::isalnum(static_cast<unsigned char>(c));
      }))
    return not_verifiable();
  const auto found = store::find_valid_verification(services.db, key, services.now());
  if (!found || found->document_kind != kRenewalDocumentKind) return not_verifiable();
  const auto record = store::find_renewal_by_id(services.db, found->document_id);
  if (!record) return not_verifiable();
  const auto next = domain::CivilDate::parse(record->new_expiry);
  const domain::CivilDate issued = riyadh_today(record->created_at);
  return json_response(200, api::VerifiedDocument{kRenewalDocumentKind,
                                                  record->request_number,
                                                  masked(record->iqama_number),
                                                  {record->name_ar, record->name_en},
                                                  record->new_expiry,
                                                  next ? hijri_iso(*next) : "",
                                                  issued.iso(),
                                                  hijri_iso(issued),
                                                  {record->establishment_ar, record->establishment_en},
                                                  found->expires_at});
}

}  // namespace muqeem::portal
