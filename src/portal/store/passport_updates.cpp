#include "portal/store/passport_updates.h"

#include "portal/store/request_numbers.h"

namespace muqeem::portal::store {

std::string record_passport_update(Database& db, const PassportUpdateEntry& entry, int64_t now) {
  db.prepare(
        "UPDATE resident SET passport_number = ?1, passport_expiry = ?2, passport_issued_on = ?3, "
        "passport_country_code = ?4 WHERE id = ?5 AND establishment_id = ?6")
      .bind(1, entry.passport_number)
      .bind(2, entry.expires_on.iso())
      .bind(3, entry.issued_on.iso())
      .bind(4, entry.country_code)
      .bind(5, entry.resident_id)
      .bind(6, entry.establishment_id)
      .run();
  const auto [id, request_number] = next_request(db, RequestLog::PassportUpdate, entry.request_prefix);
  db.prepare(
        "INSERT INTO passport_update (id, request_number, establishment_id, resident_id, user_id, "
        "previous_number, previous_expiry, passport_number, issued_on, expires_on, country_code, created_at) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)")
      .bind(1, id)
      .bind(2, request_number)
      .bind(3, entry.establishment_id)
      .bind(4, entry.resident_id)
      .bind(5, entry.user_id)
      .bind(6, entry.previous_number)
      .bind(7, entry.previous_expiry)
      .bind(8, entry.passport_number)
      .bind(9, entry.issued_on.iso())
      .bind(10, entry.expires_on.iso())
      .bind(11, entry.country_code)
      .bind(12, now)
      .run();
  return request_number;
}

std::optional<PassportIssue> current_passport_issue(Database& db, int64_t resident_id) {
  Statement row = db.prepare(
      "SELECT r.passport_issued_on, r.passport_country_code, n.ar, n.en FROM resident r JOIN nationality n "
      "ON "
      "n.code = r.passport_country_code WHERE r.id = ?1 AND r.passport_issued_on IS NOT NULL");
  row.bind(1, resident_id);
  if (!row.step()) return std::nullopt;
  return PassportIssue{row.text(0), row.text(1), row.text(2), row.text(3)};
}

}  // namespace muqeem::portal::store
