#include "portal/store/audit_log.h"

#include <cstdio>

#include "domain/civil_date.h"

namespace muqeem::portal::store {

std::string utc_timestamp(int64_t now) {
  const int64_t seconds = ((now % 86400) + 86400) % 86400;
  char time[16];
  std::snprintf(time, sizeof time, "T%02d:%02d:%02dZ", static_cast<int>(seconds / 3600),
                static_cast<int>(seconds / 60 % 60), static_cast<int>(seconds % 60));
  return domain::CivilDate::from_days(static_cast<long>((now - seconds) / 86400)).iso() + time;
}

void append_audit(Database& db, const AuditEntry& entry, int64_t now) {
  Statement row = db.prepare(
      "INSERT INTO audit_log (at, establishment_id, user_name, operation, subject, outcome) VALUES (?1, "
      "(SELECT establishment_id FROM user WHERE id = ?2), COALESCE(NULLIF(?3, ''), (SELECT username FROM "
      "user WHERE id = ?2)), ?4, ?5, ?6)");
  row.bind(1, utc_timestamp(now));
  if (entry.user_id)
    row.bind(2, *entry.user_id);
  else
    row.bind_null(2);
  row.bind(3, entry.user_name).bind(4, entry.operation);
  if (entry.subject)
    row.bind(5, *entry.subject);
  else
    row.bind_null(5);
  row.bind(6, entry.outcome).run();
}

}  // namespace muqeem::portal::store
