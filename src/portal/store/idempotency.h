#pragma once
// The first answer to each Idempotency-Key, so a retried state change (a lost response, a double
// click) gets that answer again instead of a second renewal and a second fee. Keys belong to a user;
// the fingerprint says which request a key was first used for, so reusing it for another is caught.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "portal/store/database.h"

namespace muqeem::portal::store {

struct RememberedResponse {
  std::string fingerprint;
  int status = 0;
  std::string body;
};

std::optional<RememberedResponse> find_remembered(Database& db, int64_t user_id, std::string_view key);

// Inside the transaction that made the change, so the answer is remembered exactly when it happened.
void remember(Database& db, int64_t user_id, std::string_view key, std::string_view operation,
              const RememberedResponse& response, int64_t now);

}  // namespace muqeem::portal::store
