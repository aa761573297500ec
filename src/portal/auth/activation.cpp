#include "portal/auth/activation.h"

#include "domain/digits.h"
#include "domain/password_rules.h"
#include "portal/auth/secrets.h"
#include "portal/store/audit_log.h"

namespace muqeem::portal::auth {

void send_activation_code(store::Database& db, SmsGateway& sms, const ActivationPolicy& policy,
                          int64_t user_id, const std::string& mobile, int64_t now) {
  const std::string code = random_digits(6);
  db.prepare(
        "INSERT OR REPLACE INTO user_activation (user_id, code_hash, expires_at, attempts_left) VALUES (?1, "
        "?2, "
        "?3, ?4)")
      .bind(1, user_id)
      .bind(2, digest(code))
      .bind(3, now + policy.code_seconds)
      .bind(4, int64_t{policy.code_attempts})
      .run();
  sms.send(mobile, with_code(policy.message, code), now);
}

domain::Result<int64_t, ActivationFailure> activate(store::Database& db, std::string_view username,
                                                    std::string_view code, std::string_view password,
                                                    int64_t now) {
  store::Database::Transaction transaction(db);
  store::Statement pending = db.prepare(
      "SELECT u.id, a.code_hash, a.expires_at, a.attempts_left FROM user u JOIN user_activation a ON "
      "a.user_id "
      "= u.id WHERE u.username = ?1 AND u.status = 'pending-activation'");
  pending.bind(1, username);
  if (!pending.step()) return ActivationFailure{ActivationError::Unknown};
  const int64_t user_id = pending.integer(0), expires_at = pending.integer(2),
                attempts_left = pending.integer(3);
  const std::string code_hash = pending.text(1);
  if (expires_at < now) return ActivationFailure{ActivationError::Expired};
  if (attempts_left <= 0) return ActivationFailure{ActivationError::NoAttemptsLeft};

  const auto typed = domain::western_digits(code);
  if (!typed || digest(*typed) != code_hash) {
    const int64_t left = attempts_left - 1;
    db.prepare("UPDATE user_activation SET attempts_left = ?1 WHERE user_id = ?2")
        .bind(1, left)
        .bind(2, user_id)
        .run();
    store::append_audit(db, {user_id, "", "user-activation", std::nullopt, "wrong-code"}, now);
    transaction.commit();
    return ActivationFailure{left > 0 ? ActivationError::Wrong : ActivationError::NoAttemptsLeft,
                             static_cast<int>(left)};
  }
  if (!domain::acceptable_password(password, username))
    return ActivationFailure{ActivationError::WeakPassword, static_cast<int>(attempts_left)};
  db.prepare("UPDATE user SET password_hash = ?1, status = 'active' WHERE id = ?2")
      .bind(1, hash_password(password))
      .bind(2, user_id)
      .run();
  db.prepare("DELETE FROM user_activation WHERE user_id = ?1").bind(1, user_id).run();
  store::append_audit(db, {user_id, "", "user-activation", std::nullopt, "activated"}, now);
  transaction.commit();
  return user_id;
}

}  // namespace muqeem::portal::auth
