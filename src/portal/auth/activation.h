#pragma once
// Activating an account the primary user added: the new user gets a six-digit activation code by
// SMS on the mobile the national records hold, and with it sets their password. A code expires,
// allows a few attempts, and the server keeps only its digest; a new one replaces the old.
#include <cstdint>
#include <string>
#include <string_view>

#include "domain/result.h"
#include "portal/auth/sms_gateway.h"
#include "portal/store/database.h"

namespace muqeem::portal::auth {

struct ActivationPolicy {
  int64_t code_seconds = 72 * 3600;  // three days: time to find the SMS and sit down to it
  int code_attempts = 3;
  std::string message = "{code}";  // from the catalogues; "{code}" stands for the code
};

enum class ActivationError { Unknown, Expired, Wrong, NoAttemptsLeft, WeakPassword };
struct ActivationFailure {
  ActivationError error;
  int attempts_left = 0;
};

// Inside the caller's transaction: stores a new code for the user and sends it.
void send_activation_code(store::Database& db, SmsGateway& sms, const ActivationPolicy& policy,
                          int64_t user_id, const std::string& mobile, int64_t now);

// In its own transaction: the user (by username, waiting for activation) becomes active with this
// password when the code is right. A wrong code costs an attempt. The password is checked only once
// the code is right, so a weak one costs nothing and reveals nothing to someone without the code.
domain::Result<int64_t, ActivationFailure> activate(store::Database& db, std::string_view username,
                                                    std::string_view code, std::string_view password,
                                                    int64_t now);

}  // namespace muqeem::portal::auth
