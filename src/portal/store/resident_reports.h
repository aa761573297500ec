#pragma once
// Resident reports (تقرير مقيم) as issued: the report's content is kept as it was on the day, so a
// reprint and the public verification state what the paper states even after the resident's record
// changes.
#include <cstdint>
#include <optional>
#include <string>

#include "portal/store/database.h"

namespace muqeem::portal::store {

struct ResidentReportEntry {
  int64_t establishment_id = 0, resident_id = 0, user_id = 0;
  std::string content;  // the report as issued (JSON), without its number and verification block
};

// Inside the caller's transaction. Returns the row id and the report number: "80" and an eight-digit
// sequence (SADAD's service codes, which start request numbers, never begin with 8).
struct RecordedReport {
  int64_t id = 0;
  std::string report_number;
};
RecordedReport record_resident_report(Database& db, const ResidentReportEntry& entry, int64_t now);

struct ResidentReportRecord {
  int64_t id = 0, establishment_id = 0;
  std::string report_number;
  int64_t created_at = 0;
  std::string content;
};
// Only within the caller's establishment; another's report is as if it did not exist.
std::optional<ResidentReportRecord> find_resident_report(Database& db, int64_t establishment_id,
                                                         const std::string& report_number);
// By its row, for a verification code that already stands for it.
std::optional<ResidentReportRecord> find_resident_report_by_id(Database& db, int64_t id);

}  // namespace muqeem::portal::store
