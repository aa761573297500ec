#include "portal/auth/security_codes.h"

#include "domain/digits.h"
#include "portal/auth/secrets.h"
#include "portal/store/audit_log.h"

namespace muqeem::portal::auth {

SecurityCodes::SecurityCodes(store::Database& db, SmsGateway& sms, SecurityCodePolicy policy)
    : db_(db), sms_(sms), policy_(std::move(policy)) {}

SecurityCodeSent SecurityCodes::send(int64_t user_id, std::string_view operation, int64_t now) {
  store::Database::Transaction transaction(db_);
  store::Statement user = db_.prepare("SELECT mobile FROM user WHERE id = ?1");
  user.bind(1, user_id);
  const std::string mobile = user.step() ? user.text(0) : std::string();
  // Only the newest code counts, so a code read from an older SMS cannot be used by mistake.
  db_.prepare("UPDATE security_code SET used = 1 WHERE user_id = ?1 AND operation = ?2 AND used = 0")
      .bind(1, user_id)
      .bind(2, operation)
      .run();
  const std::string code = random_digits(6);
  const SecurityCodeSent sent{masked_mobile(mobile), now + policy_.code_seconds};
  db_.prepare(
         "INSERT INTO security_code (user_id, operation, code_hash, expires_at, attempts_left) VALUES (?1, "
         "?2, "
         "?3, ?4, ?5)")
      .bind(1, user_id)
      .bind(2, operation)
      .bind(3, digest(code))
      .bind(4, sent.expires_at)
      .bind(5, int64_t{policy_.code_attempts})
      .run();
  sms_.send(mobile, with_code(policy_.message, code), now);
  store::append_audit(db_, {user_id, "", "security-code", operation, "code-sent"}, now);
  transaction.commit();
  return sent;
}

std::optional<SecurityCodeFailure> SecurityCodes::use(int64_t user_id, std::string_view operation,
                                                      std::string_view code, int64_t now) {
  store::Statement open = db_.prepare(
      "SELECT id, code_hash, expires_at, attempts_left FROM security_code WHERE user_id = ?1 AND operation = "
      "?2 "
      "AND used = 0 ORDER BY id DESC LIMIT 1");
  open.bind(1, user_id).bind(2, operation);
  if (!open.step()) return SecurityCodeFailure{SecurityCodeError::NoneRequested};
  const int64_t id = open.integer(0), expires_at = open.integer(2), attempts_left = open.integer(3);
  const std::string code_hash = open.text(1);
  if (expires_at < now) return SecurityCodeFailure{SecurityCodeError::Expired};
  if (attempts_left <= 0) return SecurityCodeFailure{SecurityCodeError::NoAttemptsLeft};

  const auto typed = domain::western_digits(code);  // typed with Arabic-Indic digits counts too
  if (!typed || digest(*typed) != code_hash) {
    const int64_t left = attempts_left - 1;
    db_.prepare("UPDATE security_code SET attempts_left = ?1 WHERE id = ?2").bind(1, left).bind(2, id).run();
    return SecurityCodeFailure{left > 0 ? SecurityCodeError::Wrong : SecurityCodeError::NoAttemptsLeft,
                               static_cast<int>(left)};
  }
  db_.prepare("UPDATE security_code SET used = 1 WHERE id = ?1").bind(1, id).run();
  return std::nullopt;
}

}  // namespace muqeem::portal::auth
