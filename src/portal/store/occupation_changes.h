#pragma once
// Changes of occupation in the store: the change itself, once decided, and its record for the reports.
#include <cstdint>
#include <string>

#include "domain/money.h"
#include "portal/store/database.h"

namespace muqeem::portal::store {

struct OccupationChangeEntry {
  int64_t establishment_id = 0, resident_id = 0, user_id = 0;
  std::string previous_occupation, new_occupation;  // codes
  domain::Money fee = domain::Money::halalas(0);
  std::string service_code;
};

// Inside the caller's transaction: the resident's new occupation (Qiwa's approval is used up by it)
// and the record. Returns its request number.
std::string record_occupation_change(Database& db, const OccupationChangeEntry& entry, int64_t now);

}  // namespace muqeem::portal::store
