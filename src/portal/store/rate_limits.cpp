#include "portal/store/rate_limits.h"

#include <algorithm>

namespace muqeem::portal::store {

int64_t take(Database& db, const RateLimit& rule, std::string_view key, int64_t now) {
  // Ended windows count for nothing; forgetting them keeps the table as small as the traffic.
  db.prepare("DELETE FROM rate_limit WHERE bucket = ?1 AND window_start + ?2 <= ?3")
      .bind(1, rule.bucket)
      .bind(2, rule.window_seconds)
      .bind(3, now)
      .run();
  Statement row = db.prepare("SELECT window_start, count FROM rate_limit WHERE bucket = ?1 AND key = ?2");
  row.bind(1, rule.bucket).bind(2, key);
  const bool open = row.step();
  const int64_t start = open ? row.integer(0) : now, used = open ? row.integer(1) : 0;
  row.reset();  // a write begun inside this read could not wait for another connection's (database.h)
  if (used >= rule.limit) return std::max<int64_t>(1, start + rule.window_seconds - now);
  db.prepare("INSERT OR REPLACE INTO rate_limit (bucket, key, window_start, count) VALUES (?1, ?2, ?3, ?4)")
      .bind(1, rule.bucket)
      .bind(2, key)
      .bind(3, start)
      .bind(4, used + 1)
      .run();
  return 0;
}

}  // namespace muqeem::portal::store
