#pragma once
// Passport updates in the store: the resident's passport replaced, and the record of the update with
// the passport before it, for the reports.
#include <cstdint>
#include <optional>
#include <string>

#include "domain/civil_date.h"
#include "portal/store/database.h"

namespace muqeem::portal::store {

struct PassportUpdateEntry {
  int64_t establishment_id = 0, resident_id = 0, user_id = 0;
  std::string previous_number, previous_expiry;
  std::string passport_number;
  domain::CivilDate issued_on{1970, 1, 1}, expires_on{1970, 1, 1};
  std::string country_code;
  std::string request_prefix;
};

// Inside the caller's transaction. Returns the update's request number.
std::string record_passport_update(Database& db, const PassportUpdateEntry& entry, int64_t now);

// What the resident's file adds about the passport now held: its issue date and issuing country
// (code, ar, en), recorded by a passport update (and by the demo's seed); nullopt when not on record.
struct PassportIssue {
  std::string issued_on;
  std::string country_code, country_ar, country_en;
};
std::optional<PassportIssue> current_passport_issue(Database& db, int64_t resident_id);

}  // namespace muqeem::portal::store
