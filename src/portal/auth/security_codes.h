#pragma once
// Per-transaction security codes: signed in or not, each electronic transaction (a renewal, a visa...)
// asks for another six-digit code sent by SMS to the user's mobile (DOMAIN.md, "Sign-in"). A code
// serves one operation once; it expires and allows a few attempts like the sign-in code, and the
// server keeps only its digest. Asking for a new code retires the previous one for that operation.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "portal/auth/sms_gateway.h"
#include "portal/store/database.h"

namespace muqeem::portal::auth {

struct SecurityCodePolicy {
  int64_t code_seconds = 5 * 60;
  int code_attempts = 3;
  // The SMS text, from the catalogues; "{code}" stands for the code.
  std::string message = "{code}";
};

struct SecurityCodeSent {
  std::string masked_mobile;
  int64_t expires_at = 0;
};

enum class SecurityCodeError { NoneRequested, Expired, Wrong, NoAttemptsLeft };
struct SecurityCodeFailure {
  SecurityCodeError error;
  int attempts_left = 0;
};

class SecurityCodes {
 public:
  SecurityCodes(store::Database& db, SmsGateway& sms, SecurityCodePolicy policy = {});

  // Sends a code for `operation` to the user's registered mobile, in its own transaction.
  SecurityCodeSent send(int64_t user_id, std::string_view operation, int64_t now);
  // Inside the caller's transaction: nullopt when the code is right, and it is then used up. A wrong
  // code costs an attempt, which the caller commits even though the transaction is refused.
  std::optional<SecurityCodeFailure> use(int64_t user_id, std::string_view operation, std::string_view code,
                                         int64_t now);

 private:
  store::Database& db_;
  SmsGateway& sms_;
  SecurityCodePolicy policy_;
};

}  // namespace muqeem::portal::auth
