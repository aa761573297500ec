#include "portal/auth/sign_in.h"

#include <algorithm>
#include <cctype>
#include <mutex>

#include "domain/digits.h"
#include "portal/auth/secrets.h"
#include "portal/store/audit_log.h"

namespace muqeem::portal::auth {
namespace {

// How far a request must push a session's idle expiry before it is written (see session()).
constexpr int64_t kIdleExpiryStepSeconds = 30;
// Letters and digits that cannot be mistaken for one another in an image (no 0/O, 1/I/l).
constexpr std::string_view kCaptchaAlphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

bool same_ignoring_case(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return std::toupper(static_cast<unsigned char>(x)) == std::toupper(static_cast<unsigned char>(y));
         });
}

}  // namespace

SignIn::SignIn(store::Database& db, SmsGateway& sms, SignInPolicy policy)
    : db_(db), sms_(sms), policy_(std::move(policy)) {}

void SignIn::audit(std::optional<int64_t> user_id, std::string_view username, const char* operation,
                   const char* outcome, int64_t now) {
  store::append_audit(db_, {user_id, username, operation, std::nullopt, outcome}, now);
}

Captcha SignIn::new_captcha(int64_t now) {
  Captcha captcha{random_token().substr(0, 24), "", now + policy_.captcha_seconds};
  for (char digit : random_digits(5)) {
    // Five symbols, each picked from the unambiguous alphabet with two random decimal digits.
    const int index =
        ((digit - '0') * 10 + (random_digits(1)[0] - '0')) % static_cast<int>(kCaptchaAlphabet.size());
    captcha.answer.push_back(kCaptchaAlphabet[static_cast<size_t>(index)]);
  }
  db_.prepare("DELETE FROM captcha WHERE expires_at < ?1").bind(1, now).run();
  db_.prepare("INSERT INTO captcha (id, answer, expires_at) VALUES (?1, ?2, ?3)")
      .bind(1, captcha.id)
      .bind(2, captcha.answer)
      .bind(3, captcha.expires_at)
      .run();
  return captcha;
}

bool SignIn::use_captcha(std::string_view captcha_id, std::string_view answer, int64_t now) {
  store::Statement captcha = db_.prepare("SELECT answer, expires_at FROM captcha WHERE id = ?1");
  captcha.bind(1, captcha_id);
  const bool right =
      captcha.step() && captcha.integer(1) >= now && same_ignoring_case(captcha.text(0), answer);
  captcha.reset();  // the read ends before the write (Statement::reset)
  db_.prepare("DELETE FROM captcha WHERE id = ?1").bind(1, captcha_id).run();
  return right;
}

domain::Result<CodeChallenge, SignInFailure> SignIn::start(std::string_view username,
                                                           std::string_view password,
                                                           std::string_view captcha_id,
                                                           std::string_view captcha_answer, int64_t now) {
  store::Database::Transaction transaction(db_);
  if (!use_captcha(captcha_id, captcha_answer, now)) {
    audit(std::nullopt, username, "sign-in", "wrong-captcha", now);
    transaction.commit();
    return SignInFailure{SignInError::WrongCaptcha};
  }

  store::Statement user = db_.prepare(
      "SELECT id, password_hash, mobile, failed_sign_ins, locked_until FROM user WHERE username = ?1 AND "
      "status "
      "= 'active'");  // an added user signs in once activated
  user.bind(1, username);
  if (!user.step()) {
    audit(std::nullopt, username, "sign-in", "unknown-user", now);
    transaction.commit();
    return SignInFailure{SignInError::WrongCredentials};  // the same answer as a wrong password
  }
  const int64_t user_id = user.integer(0);
  const std::string hash = user.text(1), mobile = user.text(2);
  const int64_t failures = user.integer(3), locked_until = user.integer(4);
  if (locked_until > now) {
    audit(user_id, username, "sign-in", "locked", now);
    transaction.commit();
    return SignInFailure{SignInError::LockedOut, locked_until};
  }
  if (!verify_password(password, hash)) {
    const int64_t failed = failures + 1;
    const int64_t lock = failed >= policy_.failures_before_lockout ? now + policy_.lockout_seconds : 0;
    db_.prepare("UPDATE user SET failed_sign_ins = ?1, locked_until = ?2 WHERE id = ?3")
        .bind(1, lock ? int64_t{0} : failed)
        .bind(2, lock)
        .bind(3, user_id)
        .run();
    audit(user_id, username, "sign-in", lock ? "wrong-password-locked" : "wrong-password", now);
    transaction.commit();
    if (lock) return SignInFailure{SignInError::LockedOut, lock};
    return SignInFailure{SignInError::WrongCredentials};
  }
  db_.prepare("UPDATE user SET failed_sign_ins = 0, locked_until = 0 WHERE id = ?1").bind(1, user_id).run();

  const std::string code = random_digits(6);
  CodeChallenge challenge{random_token(),
                          masked_mobile(mobile),
                          now + policy_.code_seconds,
                          policy_.code_attempts,
                          now + policy_.resend_wait_seconds,
                          policy_.code_resends};
  db_.prepare(
         "INSERT INTO otp_challenge (id, user_id, code_hash, expires_at, attempts_left, sent_at) VALUES (?1, "
         "?2, ?3, ?4, ?5, ?6)")
      .bind(1, challenge.id)
      .bind(2, user_id)
      .bind(3, digest(code))
      .bind(4, challenge.expires_at)
      .bind(5, int64_t{policy_.code_attempts})
      .bind(6, now)
      .run();
  sms_.send(mobile, with_code(policy_.code_message, code), now);
  audit(user_id, username, "sign-in", "code-sent", now);
  transaction.commit();
  return challenge;
}

domain::Result<Session, CodeFailure> SignIn::verify_code(std::string_view challenge_id, std::string_view code,
                                                         int64_t now) {
  store::Database::Transaction transaction(db_);
  store::Statement challenge = db_.prepare(
      "SELECT c.user_id, c.code_hash, c.expires_at, c.attempts_left, c.used, u.establishment_id FROM "
      "otp_challenge c "
      "JOIN user u ON u.id = c.user_id WHERE c.id = ?1");
  challenge.bind(1, challenge_id);
  if (!challenge.step() || challenge.integer(4) != 0) return CodeFailure{CodeError::UnknownChallenge};
  const int64_t user_id = challenge.integer(0), establishment_id = challenge.integer(5);
  const std::string code_hash = challenge.text(1);
  const int64_t expires_at = challenge.integer(2), attempts_left = challenge.integer(3);
  if (expires_at < now) return CodeFailure{CodeError::Expired};
  if (attempts_left <= 0) return CodeFailure{CodeError::NoAttemptsLeft};

  const auto typed = domain::western_digits(code);  // codes typed with Arabic-Indic digits count too
  if (!typed || digest(*typed) != code_hash) {
    const int64_t left = attempts_left - 1;
    db_.prepare("UPDATE otp_challenge SET attempts_left = ?1 WHERE id = ?2")
        .bind(1, left)
        .bind(2, challenge_id)
        .run();
    transaction.commit();
    return CodeFailure{left > 0 ? CodeError::Wrong : CodeError::NoAttemptsLeft, static_cast<int>(left)};
  }
  db_.prepare("UPDATE otp_challenge SET used = 1 WHERE id = ?1").bind(1, challenge_id).run();
  Session session{random_token(), user_id, establishment_id, now + policy_.session_idle_seconds};
  db_.prepare(
         "INSERT INTO session (token_hash, user_id, establishment_id, expires_at) VALUES (?1, ?2, ?3, ?4)")
      .bind(1, digest(session.token))
      .bind(2, user_id)
      .bind(3, establishment_id)
      .bind(4, session.expires_at)
      .run();
  audit(user_id, "", "verify-code", "session-started", now);
  transaction.commit();
  return session;
}

domain::Result<CodeChallenge, ResendFailure> SignIn::resend_code(std::string_view challenge_id, int64_t now) {
  store::Database::Transaction transaction(db_);
  store::Statement challenge = db_.prepare(
      "SELECT c.user_id, c.sent_at, c.resends, u.mobile FROM otp_challenge c JOIN user u ON u.id = c.user_id "
      "WHERE c.id = ?1 AND c.used = 0");
  challenge.bind(1, challenge_id);
  if (!challenge.step()) return ResendFailure{ResendError::UnknownChallenge};
  const int64_t user_id = challenge.integer(0),
                available_at = challenge.integer(1) + policy_.resend_wait_seconds;
  const int64_t resends = challenge.integer(2);
  const std::string mobile = challenge.text(3);
  if (resends >= policy_.code_resends) {
    audit(user_id, "", "resend-code", "limit-reached", now);
    transaction.commit();
    return ResendFailure{ResendError::NoResendsLeft};
  }
  if (now < available_at) {
    audit(user_id, "", "resend-code", "too-early", now);
    transaction.commit();
    return ResendFailure{ResendError::TooEarly, available_at};
  }
  // The old code's digest is overwritten: only the newest code can work.
  const std::string code = random_digits(6);
  CodeChallenge resent{
      std::string(challenge_id),         masked_mobile(mobile),
      now + policy_.code_seconds,        policy_.code_attempts,
      now + policy_.resend_wait_seconds, policy_.code_resends - static_cast<int>(resends) - 1};
  db_.prepare(
         "UPDATE otp_challenge SET code_hash = ?1, expires_at = ?2, attempts_left = ?3, sent_at = ?4, "
         "resends "
         "= resends + 1 WHERE id = ?5")
      .bind(1, digest(code))
      .bind(2, resent.expires_at)
      .bind(3, int64_t{policy_.code_attempts})
      .bind(4, now)
      .bind(5, challenge_id)
      .run();
  sms_.send(mobile, with_code(policy_.code_message, code), now);
  audit(user_id, "", "resend-code", "code-sent", now);
  transaction.commit();
  return resent;
}

std::optional<Session> SignIn::session(std::string_view token, int64_t now) {
  const std::string token_hash = digest(token);
  store::Statement found =
      db_.prepare("SELECT user_id, establishment_id, expires_at FROM session WHERE token_hash = ?1");
  found.bind(1, token_hash);
  if (!found.step() || found.integer(2) < now) return std::nullopt;
  Session session{std::string(token), found.integer(0), found.integer(1), now + policy_.session_idle_seconds};
  // Each request pushes the idle expiry on, but writing it every time would make every read a durable
  // commit (an fsync): it is written when it moves by a step or more, and until then the session ends
  // at the stored time, which is the one the Session-Expires-At header then tells.
  if (session.expires_at - found.integer(2) < kIdleExpiryStepSeconds) {
    session.expires_at = found.integer(2);
    return session;
  }
  found.reset();      // the read ends before the write (Statement::reset)
  db_.end_reading();  // and so does a request's read scope: the look again below must see the latest
  const auto write_expiry = [&] {
    db_.prepare("UPDATE session SET expires_at = ?1 WHERE token_hash = ?2")
        .bind(1, session.expires_at)
        .bind(2, token_hash)
        .run();
  };
  // Inside a transaction (extend) this connection holds SQLite's write lock, or will: it writes, and
  // must not wait for the turn below, which a lane waiting for that lock may hold.
  if (db_.in_transaction()) {
    write_expiry();
    return session;
  }
  // The server answers a session's requests on several connections at once (lane_pool.h): each would
  // find the expiry a step behind and queue for SQLite's write lock to write the same value, enough of
  // them to outwait its busy timeout. One at a time, each looks again first, so only the first writes.
  static std::mutex expiry_writes;
  const std::lock_guard<std::mutex> one_at_a_time(expiry_writes);
  found.bind(1, token_hash);
  if (!found.step()) return std::nullopt;  // signed out meanwhile
  if (session.expires_at - found.integer(2) < kIdleExpiryStepSeconds) {
    session.expires_at = found.integer(2);
    return session;
  }
  found.reset();
  write_expiry();
  return session;
}

std::optional<Session> SignIn::extend(std::string_view token, int64_t now) {
  store::Database::Transaction transaction(db_);
  auto extended = session(token, now);
  if (extended) audit(extended->user_id, "", "extend-session", "extended", now);
  transaction.commit();
  return extended;
}

std::optional<int64_t> SignIn::expires_at(std::string_view token, int64_t now) {
  store::Statement found = db_.prepare("SELECT expires_at FROM session WHERE token_hash = ?1");
  found.bind(1, digest(token));
  if (!found.step() || found.integer(0) < now) return std::nullopt;
  return found.integer(0);
}

void SignIn::sign_out(std::string_view token) {
  db_.prepare("DELETE FROM session WHERE token_hash = ?1").bind(1, digest(token)).run();
}

}  // namespace muqeem::portal::auth
