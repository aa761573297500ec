#pragma once
// How often one address, mobile or ID number may use a public service (one that needs no sign-in and
// may send an SMS): fixed windows counted in SQLite, so the limits hold across restarts.
#include <cstdint>
#include <string_view>

#include "portal/store/database.h"

namespace muqeem::portal::store {

struct RateLimit {
  std::string_view bucket;  // what is limited, e.g. "subscription-by-address"
  int limit = 0;            // uses allowed per window
  int64_t window_seconds = 0;
};

// Counts one use of `key` and returns 0, or, when the window's uses are spent, counts nothing and
// returns the seconds until the window ends (for Retry-After).
int64_t take(Database& db, const RateLimit& rule, std::string_view key, int64_t now);

}  // namespace muqeem::portal::store
