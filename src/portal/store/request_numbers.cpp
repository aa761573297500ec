#include "portal/store/request_numbers.h"

#include <cstdio>

namespace muqeem::portal::store {
namespace {

const char* next_id_sql(RequestLog log) {
  switch (log) {
    case RequestLog::IqamaIssue:
      return "SELECT coalesce(max(id), 0) + 1 FROM iqama_issue";
    case RequestLog::OccupationChange:
      return "SELECT coalesce(max(id), 0) + 1 FROM occupation_change";
    case RequestLog::ServiceTransfer:
      return "SELECT coalesce(max(id), 0) + 1 FROM service_transfer";
    case RequestLog::PassportUpdate:
      return "SELECT coalesce(max(id), 0) + 1 FROM passport_update";
    case RequestLog::IqamaRenewal:
      break;
  }
  return "SELECT coalesce(max(id), 0) + 1 FROM iqama_renewal";
}

}  // namespace

NextRequest next_request(Database& db, RequestLog log, const std::string& prefix) {
  Statement next = db.prepare(next_id_sql(log));
  const int64_t id = next.step() ? next.integer(0) : 1;
  char sequence[16];
  std::snprintf(sequence, sizeof sequence, "%08lld", static_cast<long long>(id % 100000000));
  return {id, prefix + sequence};
}

}  // namespace muqeem::portal::store
