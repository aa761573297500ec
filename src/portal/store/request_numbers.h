#pragma once
// Request numbers, as officers quote them: the service's SADAD code (or the portal's own prefix for a
// service without one) and an eight-digit sequence of that service's own table.
#include <cstdint>
#include <string>

#include "portal/store/database.h"

namespace muqeem::portal::store {

// The tables that record a transaction each; the name is chosen here, never taken from input.
enum class RequestLog { IqamaRenewal, IqamaIssue, OccupationChange, ServiceTransfer, PassportUpdate };

struct NextRequest {
  int64_t id = 0;              // the row the caller inserts with it
  std::string request_number;  // prefix + "%08d" of the id
};

// Inside the caller's transaction (which holds the write lock, so nobody else takes the id meanwhile).
NextRequest next_request(Database& db, RequestLog log, const std::string& prefix);

}  // namespace muqeem::portal::store
