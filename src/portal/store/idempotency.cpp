#include "portal/store/idempotency.h"

namespace muqeem::portal::store {

std::optional<RememberedResponse> find_remembered(Database& db, int64_t user_id, std::string_view key) {
  Statement row = db.prepare(
      "SELECT fingerprint, status, response FROM idempotency_record WHERE user_id = ?1 AND idempotency_key = "
      "?2");
  row.bind(1, user_id).bind(2, key);
  if (!row.step()) return std::nullopt;
  return RememberedResponse{row.text(0), static_cast<int>(row.integer(1)), row.text(2)};
}

void remember(Database& db, int64_t user_id, std::string_view key, std::string_view operation,
              const RememberedResponse& response, int64_t now) {
  db.prepare(
        "INSERT INTO idempotency_record (user_id, idempotency_key, operation, fingerprint, status, response, "
        "created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)")
      .bind(1, user_id)
      .bind(2, key)
      .bind(3, operation)
      .bind(4, response.fingerprint)
      .bind(5, int64_t{response.status})
      .bind(6, response.body)
      .bind(7, now)
      .run();
}

}  // namespace muqeem::portal::store
