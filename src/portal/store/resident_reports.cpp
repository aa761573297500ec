#include "portal/store/resident_reports.h"

#include <cstdio>

namespace muqeem::portal::store {
namespace {

constexpr const char* kSelect =
    "SELECT id, establishment_id, report_number, created_at, content FROM resident_report ";

std::optional<ResidentReportRecord> read_record(Statement& row) {
  if (!row.step()) return std::nullopt;
  return ResidentReportRecord{row.integer(0), row.integer(1), row.text(2), row.integer(3), row.text(4)};
}

}  // namespace

RecordedReport record_resident_report(Database& db, const ResidentReportEntry& entry, int64_t now) {
  // The write lock is held (BEGIN IMMEDIATE), so the next id cannot be taken by anyone else meanwhile.
  Statement next = db.prepare("SELECT coalesce(max(id), 0) + 1 FROM resident_report");
  const int64_t id = next.step() ? next.integer(0) : 1;
  char number[16];
  std::snprintf(number, sizeof number, "80%08lld", static_cast<long long>(id % 100000000));
  db.prepare(
        "INSERT INTO resident_report (id, report_number, establishment_id, resident_id, user_id, created_at, "
        "content) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)")
      .bind(1, id)
      .bind(2, number)
      .bind(3, entry.establishment_id)
      .bind(4, entry.resident_id)
      .bind(5, entry.user_id)
      .bind(6, now)
      .bind(7, entry.content)
      .run();
  return {id, number};
}

std::optional<ResidentReportRecord> find_resident_report(Database& db, int64_t establishment_id,
                                                         const std::string& report_number) {
  Statement row = db.prepare(std::string(kSelect) + "WHERE report_number = ?1 AND establishment_id = ?2");
  row.bind(1, report_number).bind(2, establishment_id);
  return read_record(row);
}

std::optional<ResidentReportRecord> find_resident_report_by_id(Database& db, int64_t id) {
  Statement row = db.prepare(std::string(kSelect) + "WHERE id = ?1");
  row.bind(1, id);
  return read_record(row);
}

}  // namespace muqeem::portal::store
