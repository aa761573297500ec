#pragma once
// What the rules of a change of occupation and a transfer of services read about a resident beyond
// their file: Qiwa's approval of a new occupation, earlier transfers, unpaid traffic fines, and
// whether a transfer already awaits an answer. By the resident's row id, which the caller found within
// its own establishment.
#include <cstdint>
#include <optional>
#include <string>

#include "portal/store/database.h"

namespace muqeem::portal::store {

struct ResidentFacts {
  std::optional<std::string> qiwa_approved_occupation;  // the occupation code Qiwa approved a change to
  int previous_transfers = 0;
  int64_t unpaid_violations_halalas = 0;
  bool transfer_pending = false;
};

ResidentFacts facts_of(Database& db, int64_t resident_id);

}  // namespace muqeem::portal::store
