#include "portal/transaction.h"

#include <algorithm>
#include <array>

#include "portal/api_responses.h"
#include "portal/store/audit_log.h"
#include "portal/store/idempotency.h"
#include "portal/store/users.h"

namespace muqeem::portal {
namespace {

constexpr std::string_view kAnyone = "";  // any user of the establishment
constexpr std::string_view kPrimaryUser = "primary-user";

struct Operation {
  std::string_view name;
  std::string_view permission;  // kAnyone, kPrimaryUser, or a code of the permission table
  bool security_code = true;    // whether it asks for a per-transaction security code
};

constexpr std::array<Operation, 19> kOperations = {{
    {"iqama-renewal", "iqama-renewal"},
    {"iqama-renewal-batch", "iqama-renewal"},  // many renewals, one code: the same permission
    {"iqama-issue", "iqama-issue"},
    {"occupation-change", "occupation-change"},
    {"service-transfer", "transfers"},
    {"service-transfer-accept", "transfers"},
    {"service-transfer-decline", "transfers"},
    {"passport-update", "passport-update"},
    {"exit-reentry-visa", "visas"},
    {"exit-reentry-extension", "visas"},
    {"final-exit", "visas"},
    {"visa-cancellation", "visas"},
    // Issuing a document (a resident report) charges nothing and is not an e-transaction: no code.
    {"resident-report", "reports", false},
    {"reports", "reports", false},  // reading the reports: not a transaction
    // Contacting support asks for no code, as in the real portal: it changes nothing of the
    // establishment's, and a code would stand between an officer and help.
    {"tawasul-request", kAnyone, false},
    {"tawasul-reply", kAnyone, false},
    {"user-add", kPrimaryUser},
    {"user-permissions", kPrimaryUser},
    {"users", kPrimaryUser, false},  // reading the establishment's users: not a transaction
}};

const Operation* find_operation(std::string_view name) {
  const auto found = std::find_if(kOperations.begin(), kOperations.end(),
                                  [name](const Operation& o) { return o.name == name; });
  return found == kOperations.end() ? nullptr : &*found;
}

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
  const Operation* found = find_operation(operation);
  return found && found->security_code;
}

std::optional<Response> refuse_unpermitted(PortalServices& services, const auth::Session& session,
                                           std::string_view operation) {
  const Operation* found = find_operation(operation);
  if (found && found->permission == kAnyone) return std::nullopt;
  const store::UserAccess access = store::user_access(services.db, session.user_id);
  if (found && access.primary) return std::nullopt;  // the primary user holds every permission
  if (!found || found->permission == kPrimaryUser) {
    return problem(
        403, "primary-user-required",
        {"هذه العملية للمستخدم الرئيسي للمنشأة فقط", "Only the establishment's primary user can do this"});
  }
  if (access.holds(found->permission)) return std::nullopt;
  const auto names = store::find_permission(services.db, std::string(found->permission));
  const std::string ar = names ? names->ar : std::string(found->permission);
  const std::string en = names ? names->en : std::string(found->permission);
  return problem(
      403, "permission-required",
      {"ليست لديك صلاحية «" + ar + "»، اطلبها من المستخدم الرئيسي للمنشأة",
       "You do not have the permission \"" + en + "\"; ask your establishment's primary user for it"});
}

Response run_transaction(PortalServices& services, const Request& request,
                         const TransactionRequest& transaction,
                         const std::function<std::optional<Response>()>& refusal,
                         const std::function<AppliedChange()>& apply) {
  if (auto refused = refuse_unpermitted(services, transaction.session, transaction.operation))
    return std::move(*refused);
  const std::string& key = request.header("idempotency-key");
  if (!usable_key(key)) return key_required();
  const int64_t user_id = transaction.session.user_id;
  const std::string fingerprint = transaction.fingerprint.dump();
  const int64_t now = services.now();

  store::Database::Transaction sql(services.db);  // leaving without commit changes nothing
  if (const auto first = store::find_remembered(services.db, user_id, key))
    return first->fingerprint == fingerprint ? replayed(*first) : key_reused();
  if (auto refused = refusal()) return std::move(*refused);

  const auto wrong_code =
      find_operation(transaction.operation)->security_code
          ? services.security_codes.use(user_id, transaction.operation, transaction.security_code, now)
          : std::nullopt;
  if (wrong_code) {
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
