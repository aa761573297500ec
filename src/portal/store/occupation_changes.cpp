#include "portal/store/occupation_changes.h"

#include "portal/store/request_numbers.h"

namespace muqeem::portal::store {

std::string record_occupation_change(Database& db, const OccupationChangeEntry& entry, int64_t now) {
  db.prepare(
        "UPDATE resident SET occupation_code = ?1, qiwa_approved_occupation = NULL WHERE id = ?2 AND "
        "establishment_id = ?3")
      .bind(1, entry.new_occupation)
      .bind(2, entry.resident_id)
      .bind(3, entry.establishment_id)
      .run();
  const auto [id, request_number] = next_request(db, RequestLog::OccupationChange, entry.service_code);
  db.prepare(
        "INSERT INTO occupation_change (id, request_number, establishment_id, resident_id, user_id, "
        "previous_occupation, new_occupation, fee_halalas, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, "
        "?8, ?9)")
      .bind(1, id)
      .bind(2, request_number)
      .bind(3, entry.establishment_id)
      .bind(4, entry.resident_id)
      .bind(5, entry.user_id)
      .bind(6, entry.previous_occupation)
      .bind(7, entry.new_occupation)
      .bind(8, entry.fee.in_halalas())
      .bind(9, now)
      .run();
  return request_number;
}

}  // namespace muqeem::portal::store
