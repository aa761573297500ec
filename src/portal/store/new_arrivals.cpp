#include "portal/store/new_arrivals.h"

#include <algorithm>

#include "portal/store/request_numbers.h"

namespace muqeem::portal::store {
namespace {

// The columns of an ArrivalRow; the caller adds the WHERE clause.
constexpr const char* kArrivalSelect =
    "SELECT a.id, a.border_number, a.gender, a.birth_date, a.entry_date, a.passport_number, "
    "a.passport_expiry, a.insurance_expiry, a.inside_kingdom, a.medical_exam_done, a.fingerprint_taken, "
    "r.iqama_number FROM new_arrival a LEFT JOIN resident r ON r.id = a.resident_id ";

ArrivalRow read_arrival(const Statement& row) {
  ArrivalRow arrival{row.integer(0),      row.text(1),         row.text(2),          row.text(3),
                     row.text(4),         row.text(5),         row.text(6),          std::nullopt,
                     row.integer(8) != 0, row.integer(9) != 0, row.integer(10) != 0, std::nullopt};
  if (!row.is_null(7)) arrival.insurance_expiry = row.text(7);
  if (!row.is_null(11)) arrival.iqama_number = row.text(11);
  return arrival;
}

}  // namespace

std::optional<ArrivalRow> find_arrival(Database& db, int64_t establishment_id,
                                       const std::string& border_number) {
  Statement row =
      db.prepare(std::string(kArrivalSelect) + "WHERE a.establishment_id = ?1 AND a.border_number = ?2");
  row.bind(1, establishment_id).bind(2, border_number);
  if (!row.step()) return std::nullopt;
  return read_arrival(row);
}

ArrivalPage arrivals_awaiting_iqama(Database& db, int64_t establishment_id, int page, int size) {
  ArrivalPage out;
  Statement count =
      db.prepare("SELECT count(*) FROM new_arrival WHERE establishment_id = ?1 AND resident_id IS NULL");
  count.bind(1, establishment_id);
  if (count.step()) out.total_elements = count.integer(0);
  const int limit = std::clamp(size, 1, 200);
  Statement rows =
      db.prepare(std::string(kArrivalSelect) +
                 "WHERE a.establishment_id = ?1 AND a.resident_id IS NULL ORDER BY a.entry_date, "
                 "a.id LIMIT ?2 OFFSET ?3");
  rows.bind(1, establishment_id).bind(2, int64_t{limit}).bind(3, int64_t{std::max(0, page)} * limit);
  while (rows.step()) out.rows.push_back(read_arrival(rows));
  return out;
}

bool iqama_number_taken(Database& db, const std::string& iqama_number) {
  Statement row = db.prepare("SELECT 1 FROM resident WHERE iqama_number = ?1");
  row.bind(1, iqama_number);
  return row.step();
}

std::string record_issue(Database& db, const ArrivalRow& arrival, const IssueEntry& entry, int64_t now) {
  Statement resident = db.prepare(
      "INSERT INTO resident (establishment_id, iqama_number, name_ar, name_en, gender, nationality_code, "
      "occupation_code, birth_date, iqama_expiry, passport_number, passport_expiry, insurance_expiry, "
      "inside_kingdom, mobile, border_number) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, 1, "
      "?13, ?14)");
  resident.bind(1, entry.establishment_id).bind(2, entry.iqama_number).bind(3, entry.name_ar);
  resident.bind(4, entry.name_en).bind(5, arrival.gender).bind(6, entry.nationality_code);
  resident.bind(7, entry.occupation_code).bind(8, arrival.birth_date).bind(9, entry.expiry.iso());
  resident.bind(10, arrival.passport_number).bind(11, arrival.passport_expiry);
  if (arrival.insurance_expiry)
    resident.bind(12, *arrival.insurance_expiry);
  else
    resident.bind_null(12);
  resident.bind(13, entry.mobile).bind(14, arrival.border_number).run();
  Statement inserted = db.prepare("SELECT id FROM resident WHERE iqama_number = ?1");
  inserted.bind(1, entry.iqama_number);
  if (!inserted.step()) throw StoreError{"the new resident was not stored"};
  const int64_t resident_id = inserted.integer(0);

  db.prepare("UPDATE new_arrival SET resident_id = ?1 WHERE id = ?2 AND establishment_id = ?3")
      .bind(1, resident_id)
      .bind(2, arrival.id)
      .bind(3, entry.establishment_id)
      .run();
  const auto [id, request_number] = next_request(db, RequestLog::IqamaIssue, entry.service_code);
  db.prepare(
        "INSERT INTO iqama_issue (id, request_number, establishment_id, arrival_id, resident_id, user_id, "
        "duration_months, expiry, fee_halalas, fine_halalas, total_halalas, created_at) VALUES (?1, ?2, ?3, "
        "?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)")
      .bind(1, id)
      .bind(2, request_number)
      .bind(3, entry.establishment_id)
      .bind(4, arrival.id)
      .bind(5, resident_id)
      .bind(6, entry.user_id)
      .bind(7, int64_t{entry.duration_months})
      .bind(8, entry.expiry.iso())
      .bind(9, entry.fee.in_halalas())
      .bind(10, entry.fine.in_halalas())
      .bind(11, (entry.fee + entry.fine).in_halalas())
      .bind(12, now)
      .run();
  return request_number;
}

}  // namespace muqeem::portal::store
