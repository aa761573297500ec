#pragma once
// Verification codes printed on documents: each stands for one document (a kind and its row) until it
// expires, so that anyone holding the paper can ask the portal what it states.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "portal/store/database.h"

namespace muqeem::portal::store {

struct VerificationCode {
  std::string code;
  std::string document_kind;  // "iqama-renewal"
  int64_t document_id = 0;    // the row of the kind's table (iqama_renewal.id)
  int64_t establishment_id = 0;
  int64_t issued_at = 0, expires_at = 0;  // seconds since the epoch; valid while now < expires_at
};

// The document's code that stays valid the longest, if one is still valid at `now`.
std::optional<VerificationCode> current_verification(Database& db, std::string_view document_kind,
                                                     int64_t document_id, int64_t now);
// Inside the caller's transaction.
void record_verification(Database& db, const VerificationCode& code);
// The code if it exists and is valid at `now`: an unknown code and an expired one are alike nullopt.
std::optional<VerificationCode> find_valid_verification(Database& db, std::string_view code, int64_t now);

}  // namespace muqeem::portal::store
