#include "portal/transaction.h"

#include <algorithm>
#include <array>

#include "portal/api_responses.h"
#include "portal/store/audit_log.h"
#include "portal/store/idempotency.h"

namespace muqeem::portal {
namespace {

constexpr std::array<std::string_view, 11> kOperations = {
    "iqama-renewal",           "iqama-issue",
    "occupation-change",       "service-transfer",
    "service-transfer-accept", "service-transfer-decline",
    "passport-update",         "exit-reentry-visa",
    "exit-reentry-extension",  "final-exit",
    "visa-cancellation"};

// Printable ASCII, as RFC 9110 field values and the Idempotency-Key draft allow; a UUID fits.
bool usable_key(const std::string& key) {
  return !key.empty() && key.size() <= 200 &&
         std::all_of(key.begin(), key.end(), [](char c) { return c > 0x20 && c < 0x7F; });
}

Response key_required() {
  return problem(400, "idempotency-key-required",
                 {"الطلب يحتاج إلى مفتاح عدم التكرار", "The request needs an Idempotency-Key"},
                 {{"Idempotency-Key",
                   {"أرسل مفتاحًا فريدًا لكل معاملة وأعد إرساله عند إعادة المحاولة",
                    "Send a unique key for each transaction, and the same key when retrying it"}}});
}

Response key_reused() {
  return problem(422, "idempotency-key-reused",
                 {"استُخدم هذا المفتاح لطلب آخر", "This Idempotency-Key was used for another request"},
                 {{"Idempotency-Key",
                   {"أرسل مفتاحًا جديدًا لكل معاملة جديدة", "Send a new key for each new transaction"}}});
}

Response replayed(const store::RememberedResponse& first) {
  Response replay;
  replay.status = first.status;
  replay.headers["Content-Type"] = "application/json";
  replay.headers["Cache-Control"] = "no-store";
  replay.headers["Idempotent-Replayed"] = "true";
  replay.body = first.body;
  return replay;
}

Response security_code_refused(const auth::SecurityCodeFailure& failure) {
  switch (failure.error) {
    case auth::SecurityCodeError::Wrong:
      return problem(400, "wrong-security-code", {"رمز التحقق غير صحيح", "The security code is not right"},
                     {{"securityCode",
                       {"رمز التحقق غير صحيح؛ المحاولات المتبقية: " + std::to_string(failure.attempts_left),
                        "The code is not right; attempts left: " + std::to_string(failure.attempts_left)}}});
    case auth::SecurityCodeError::Expired:
      return problem(400, "security-code-expired",
                     {"انتهت صلاحية رمز التحقق", "The security code has expired"},
                     {{"securityCode", {"اطلب رمزًا جديدًا", "Ask for a new code"}}});
    case auth::SecurityCodeError::NoneRequested:
    case auth::SecurityCodeError::NoAttemptsLeft:
      break;
  }
  return problem(400, "security-code-unusable",
                 {"لا يمكن استخدام رمز التحقق هذا", "This security code can no longer be used"},
                 {{"securityCode", {"اطلب رمزًا جديدًا", "Ask for a new code"}}});
}

}  // namespace

bool is_transaction_operation(std::string_view operation) {
  return std::find(kOperations.begin(), kOperations.end(), operation) != kOperations.end();
}

Response run_transaction(PortalServices& services, const Request& request,
                         const TransactionRequest& transaction,
                         const std::function<std::optional<Response>()>& refusal,
                         const std::function<AppliedChange()>& apply) {
  const std::string& key = request.header("idempotency-key");
  if (!usable_key(key)) return key_required();
  const int64_t user_id = transaction.session.user_id;
  const std::string fingerprint = transaction.fingerprint.dump();
  const int64_t now = services.now();

  store::Database::Transaction sql(services.db);  // leaving without commit changes nothing
  if (const auto first = store::find_remembered(services.db, user_id, key))
    return first->fingerprint == fingerprint ? replayed(*first) : key_reused();
  if (auto refused = refusal()) return std::move(*refused);

  if (const auto wrong_code =
          transaction.needs_security_code
              ? services.security_codes.use(user_id, transaction.operation, transaction.security_code, now)
              : std::nullopt) {
    store::append_audit(
        services.db, {user_id, "", transaction.operation, transaction.subject, "security-code-refused"}, now);
    sql.commit();  // the spent attempt and the audit entry, nothing else
    return security_code_refused(*wrong_code);
  }

  AppliedChange change = apply();
  store::remember(services.db, user_id, key, transaction.operation,
                  {fingerprint, change.response.status, change.response.body}, now);
  store::append_audit(services.db, {user_id, "", transaction.operation, transaction.subject, change.outcome},
                      now);
  sql.commit();
  return std::move(change.response);
}

}  // namespace muqeem::portal
