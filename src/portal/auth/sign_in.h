#pragma once
// Signing in, as Muqeem does it: username, password and the visual code (captcha), then a six-digit
// code sent by SMS to the user's registered mobile, then a session. Wrong passwords count towards a
// lockout; codes expire and allow a few attempts, and can be resent a few times after a wait; sessions
// end after idle time unless used or extended.
// Times are seconds since the epoch, passed in, so every rule is testable without waiting.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "domain/result.h"
#include "portal/auth/sms_gateway.h"
#include "portal/store/database.h"

namespace muqeem::portal::auth {

struct SignInPolicy {
  int failures_before_lockout = 5;
  int64_t lockout_seconds = 15 * 60;
  int64_t captcha_seconds = 5 * 60;
  int64_t code_seconds = 5 * 60;
  int code_attempts = 3;
  // A new code for the same challenge, after this wait since the last one was sent, this many times.
  int64_t resend_wait_seconds = 60;
  int code_resends = 3;
  int64_t session_idle_seconds = 15 * 60;
  // The SMS text, from the catalogues; "{code}" stands for the code.
  std::string code_message = "{code}";
};

struct Captcha {
  std::string id;
  std::string answer;  // drawn as an image for people; revealed only by the demo endpoint
  int64_t expires_at = 0;
};

struct CodeChallenge {
  std::string id;
  std::string masked_mobile;  // "05******67": enough to recognise one's own number
  int64_t expires_at = 0;
  int attempts_left = 0;
  int64_t resend_available_at = 0;  // when the code may be sent again, if resends_left > 0
  int resends_left = 0;
};

struct Session {
  std::string token;  // given to the client once; the server keeps only its digest
  int64_t user_id = 0;
  int64_t establishment_id = 0;
  int64_t expires_at = 0;
};

enum class SignInError { WrongCaptcha, WrongCredentials, LockedOut };
struct SignInFailure {
  SignInError error;
  int64_t locked_until = 0;
};

enum class CodeError { UnknownChallenge, Expired, Wrong, NoAttemptsLeft };
struct CodeFailure {
  CodeError error;
  int attempts_left = 0;
};

enum class ResendError { UnknownChallenge, TooEarly, NoResendsLeft };
struct ResendFailure {
  ResendError error;
  int64_t available_at = 0;  // with TooEarly
};

class SignIn {
 public:
  SignIn(store::Database& db, SmsGateway& sms, SignInPolicy policy = {});

  Captcha new_captcha(int64_t now);
  // Whether the answer is the captcha's (case aside) and it has not expired; used up either way. The
  // public services that ask "I am not a robot" check it here too.
  bool use_captcha(std::string_view captcha_id, std::string_view answer, int64_t now);
  // Step one. The captcha is used up whatever the outcome, so each try needs a new one.
  domain::Result<CodeChallenge, SignInFailure> start(std::string_view username, std::string_view password,
                                                     std::string_view captcha_id,
                                                     std::string_view captcha_answer, int64_t now);
  // Step two: the code from the SMS.
  domain::Result<Session, CodeFailure> verify_code(std::string_view challenge_id, std::string_view code,
                                                   int64_t now);
  // A new code for an unused challenge, replacing the old one (which stops working), with a fresh
  // validity and attempts.
  domain::Result<CodeChallenge, ResendFailure> resend_code(std::string_view challenge_id, int64_t now);
  // The session a token stands for, if it is still alive; using it restarts its idle time.
  std::optional<Session> session(std::string_view token, int64_t now);
  // The same, asked for by the user ("stay signed in"), and audited.
  std::optional<Session> extend(std::string_view token, int64_t now);
  // When a live session will end if left idle, without counting this look as use.
  std::optional<int64_t> expires_at(std::string_view token, int64_t now);
  void sign_out(std::string_view token);

 private:
  // Every attempt goes to the audit log: who, what, when and how it ended (never a password or code).
  void audit(std::optional<int64_t> user_id, std::string_view username, const char* operation,
             const char* outcome, int64_t now);

  store::Database& db_;
  SmsGateway& sms_;
  SignInPolicy policy_;
};

}  // namespace muqeem::portal::auth
