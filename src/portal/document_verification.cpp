#include "portal/document_verification.h"

#include <algorithm>
#include <cctype>
#include <stdexcept>

#include "portal/api_responses.h"
#include "portal/auth/secrets.h"
#include "portal/qr_svg.h"
#include "portal/store/audit_log.h"

namespace muqeem::portal {
namespace {

// 80 random bits: not found by asking, even without a rate limit on the public endpoint.
constexpr size_t kCodeLength = 16;
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

}  // namespace

bool is_document_number(const std::string& text) {
  return text.size() == 10 &&
         std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

store::VerificationCode new_verification(PortalServices& services, std::string_view document_kind,
                                         int64_t document_id, int64_t establishment_id, int64_t now) {
  const domain::CivilDate last_day =
      riyadh_today(now).plus_days(services.rules->documents.verification_valid_days);
  store::VerificationCode code{auth::random_base32(static_cast<int>(kCodeLength)),
                               std::string(document_kind),
                               document_id,
                               establishment_id,
                               now,
                               riyadh_midnight(last_day.plus_days(1))};
  store::record_verification(services.db, code);
  return code;
}

store::VerificationCode printed_verification(PortalServices& services, const auth::Session& session,
                                             std::string_view document_kind, int64_t document_id,
                                             int64_t establishment_id, const char* operation,
                                             const std::string& subject) {
  const int64_t now = services.now();
  store::Database::Transaction transaction(services.db);
  if (auto current = store::current_verification(services.db, document_kind, document_id, now))
    return *current;
  const store::VerificationCode code =
      new_verification(services, document_kind, document_id, establishment_id, now);
  store::append_audit(services.db,
                      {session.user_id, "", operation, subject,
                       "verification code issued until " + riyadh_today(code.expires_at - 1).iso()},
                      now);
  transaction.commit();
  return code;
}

api::Verification verification_block(const PortalServices& services, const Request& request,
                                     const store::VerificationCode& code) {
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
  return verification;
}

std::optional<store::VerificationCode> find_verification(PortalServices& services, const std::string& code) {
  std::string key = code;
  // Typed from the paper, a code may come in lower case.
  std::transform(key.begin(), key.end(), key.begin(),
                 [](char c) { return static_cast<char>(std::toupper(static_cast<unsigned char>(c))); });
  if (key.size() != kCodeLength || !std::all_of(key.begin(), key.end(), [](char c) {
        return std::isalnum(static_cast<unsigned char>(c));
      }))
    return std::nullopt;
  return store::find_valid_verification(services.db, key, services.now());
}

std::string masked_iqama(const std::string& iqama_number) {
  const size_t shown = std::min<size_t>(4, iqama_number.size());
  return std::string(iqama_number.size() - shown, '*') + iqama_number.substr(iqama_number.size() - shown);
}

Response not_verifiable() {
  return problem(404, "document-not-verifiable",
                 {"لا توجد وثيقة سارية بهذا الرمز", "No valid document has this verification code"});
}

Response rules_unavailable() {
  return problem(503, "rules-unavailable",
                 {"الخدمة غير متاحة مؤقتًا", "The service is not available at the moment"});
}

}  // namespace muqeem::portal
