#include "portal/store/establishments.h"

#include "portal/store/iqama_expiry.h"

namespace muqeem::portal::store {

namespace {

constexpr const char* kEstablishmentSelect =
    "SELECT id, unified_number, name_ar, name_en, package, balance_halalas FROM establishment ";

std::optional<EstablishmentRow> read_establishment(Statement& row) {
  if (!row.step()) return std::nullopt;
  return EstablishmentRow{row.integer(0), row.text(1), row.text(2), row.text(3), row.text(4), row.integer(5)};
}

}  // namespace

std::optional<EstablishmentRow> find_establishment(Database& db, int64_t id) {
  Statement row = db.prepare(std::string(kEstablishmentSelect) + "WHERE id = ?1");
  row.bind(1, id);
  return read_establishment(row);
}

std::optional<EstablishmentRow> find_establishment_by_number(Database& db,
                                                             const std::string& unified_number) {
  Statement row = db.prepare(std::string(kEstablishmentSelect) + "WHERE unified_number = ?1");
  row.bind(1, unified_number);
  return read_establishment(row);
}

ExpiryCounts expiry_counts(Database& db, int64_t establishment_id, const domain::CivilDate& today) {
  // One pass over the establishment's expiry index, counting with the residents list's own conditions.
  const auto counted = [](const Sql& condition) { return "coalesce(sum(" + condition + "), 0)"; };
  Statement row =
      (Sql("SELECT count(*), ") + counted(iqama_expired(today)) + ", " +
       counted(iqama_expiring_within(today, 30)) + ", " + counted(iqama_expiring_within(today, 60)) + ", " +
       counted(iqama_expiring_within(today, 90)) +
       Sql(" FROM resident r WHERE r.establishment_id = ?", {establishment_id}))
          .prepare(db);
  if (!row.step()) return {};
  ExpiryCounts counts{row.integer(0), row.integer(1), row.integer(2), row.integer(3), row.integer(4), {}};
  counts.by_week.assign(kExpiryWeeks, 0);
  Statement weeks =
      (Sql("SELECT CAST((julianday(r.iqama_expiry) - julianday(?)) / 7 AS INTEGER), count(*)",
           {today.iso()}) +
       Sql(" FROM resident r WHERE r.establishment_id = ? AND ", {establishment_id}) + iqama_valid(today) +
       " AND " + iqama_expiring_by(today, 7 * kExpiryWeeks - 1) + " GROUP BY 1")
          .prepare(db);
  while (weeks.step()) {
    const int64_t week = weeks.integer(0);
    if (week >= 0 && week < kExpiryWeeks) counts.by_week[static_cast<size_t>(week)] = weeks.integer(1);
  }
  return counts;
}

bool pay_from_balance(Database& db, int64_t establishment_id, domain::Money amount,
                      const std::string& service_code, const std::string& reference, int64_t now) {
  Statement balance = db.prepare("SELECT balance_halalas FROM establishment WHERE id = ?1");
  balance.bind(1, establishment_id);
  if (!balance.step() || balance.integer(0) < amount.in_halalas()) return false;
  const int64_t after = balance.integer(0) - amount.in_halalas();
  db.prepare("UPDATE establishment SET balance_halalas = ?1 WHERE id = ?2")
      .bind(1, after)
      .bind(2, establishment_id)
      .run();
  db.prepare(
        "INSERT INTO payment (establishment_id, at, service_code, reference, amount_halalas, "
        "balance_after_halalas) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6)")
      .bind(1, establishment_id)
      .bind(2, now)
      .bind(3, service_code)
      .bind(4, reference)
      .bind(5, amount.in_halalas())
      .bind(6, after)
      .run();
  return true;
}

}  // namespace muqeem::portal::store
