#include "portal/store/renewals.h"

#include "portal/store/request_numbers.h"

namespace muqeem::portal::store {
namespace {

// The columns of a RenewalRecord; the caller adds the WHERE clause.
constexpr const char* kRenewalRecordSelect =
    "SELECT n.id, n.establishment_id, n.request_number, r.iqama_number, r.name_ar, r.name_en, "
    "n.duration_months, n.previous_expiry, n.new_expiry, n.total_halalas, n.created_at, e.unified_number, "
    "e.name_ar, e.name_en FROM iqama_renewal n JOIN resident r ON r.id = n.resident_id JOIN establishment "
    "e ON e.id = n.establishment_id ";

std::optional<RenewalRecord> read_record(Statement& row) {
  if (!row.step()) return std::nullopt;
  return RenewalRecord{row.integer(0),
                       row.integer(1),
                       row.text(2),
                       row.text(3),
                       row.text(4),
                       row.text(5),
                       static_cast<int>(row.integer(6)),
                       row.text(7),
                       row.text(8),
                       row.integer(9),
                       row.integer(10),
                       row.text(11),
                       row.text(12),
                       row.text(13)};
}

}  // namespace

std::optional<RenewalSubject> find_renewal_subject(Database& db, int64_t establishment_id,
                                                   const std::string& iqama_number) {
  auto file = find_resident(db, establishment_id, iqama_number);
  if (!file) return std::nullopt;
  Statement row = db.prepare(
      "SELECT e.name_ar, e.name_en, o.domestic, r.absent_reported_on IS NOT NULL, r.late_renewals, "
      "(SELECT coalesce(sum(v.amount_halalas), 0) FROM traffic_violation v WHERE v.resident_id = r.id AND "
      "v.paid "
      "= 0) FROM resident r JOIN establishment e ON e.id = r.establishment_id JOIN occupation o ON o.code = "
      "r.occupation_code WHERE r.id = ?1");
  row.bind(1, file->summary.id);
  if (!row.step()) return std::nullopt;
  return RenewalSubject{
      std::move(*file),    establishment_id,    row.text(0),    row.text(1),
      row.integer(2) != 0, row.integer(3) != 0, row.integer(5), static_cast<int>(row.integer(4))};
}

std::string record_renewal(Database& db, const RenewalEntry& entry, int64_t now) {
  const auto [id, request_number] = next_request(db, RequestLog::IqamaRenewal, entry.service_code);
  db.prepare(
        "INSERT INTO iqama_renewal (id, request_number, establishment_id, resident_id, user_id, "
        "duration_months, "
        "previous_expiry, new_expiry, fee_halalas, fine_halalas, total_halalas, created_at) VALUES (?1, ?2, "
        "?3, "
        "?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)")
      .bind(1, id)
      .bind(2, request_number)
      .bind(3, entry.establishment_id)
      .bind(4, entry.resident_id)
      .bind(5, entry.user_id)
      .bind(6, int64_t{entry.duration_months})
      .bind(7, entry.previous_expiry.iso())
      .bind(8, entry.new_expiry.iso())
      .bind(9, entry.fee.in_halalas())
      .bind(10, entry.fine.in_halalas())
      .bind(11, (entry.fee + entry.fine).in_halalas())
      .bind(12, now)
      .run();
  db.prepare(
        "UPDATE resident SET iqama_expiry = ?1, late_renewals = late_renewals + ?2 WHERE id = ?3 AND "
        "establishment_id = ?4")
      .bind(1, entry.new_expiry.iso())
      .bind(2, int64_t{entry.fine > domain::Money::halalas(0) ? 1 : 0})
      .bind(3, entry.resident_id)
      .bind(4, entry.establishment_id)
      .run();
  return request_number;
}

std::optional<RenewalRecord> find_renewal(Database& db, int64_t establishment_id,
                                          const std::string& request_number) {
  Statement row = db.prepare(std::string(kRenewalRecordSelect) +
                             "WHERE n.request_number = ?1 AND n.establishment_id = ?2");
  row.bind(1, request_number).bind(2, establishment_id);
  return read_record(row);
}

std::optional<RenewalRecord> find_renewal_by_id(Database& db, int64_t id) {
  Statement row = db.prepare(std::string(kRenewalRecordSelect) + "WHERE n.id = ?1");
  row.bind(1, id);
  return read_record(row);
}

}  // namespace muqeem::portal::store
