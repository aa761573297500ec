#pragma once
// New arrivals awaiting their first iqama, by the border number of their entry record, always within
// the establishment that brought them (another's arrival is as if it did not exist); and the iqama's
// issue, which makes the arrival a resident of the establishment.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "domain/civil_date.h"
#include "domain/money.h"
#include "portal/store/database.h"

namespace muqeem::portal::store {

struct ArrivalRow {
  int64_t id = 0;
  std::string border_number, gender, birth_date, entry_date, passport_number, passport_expiry;
  std::optional<std::string> insurance_expiry;
  bool inside_kingdom = true, medical_exam_done = false, fingerprint_taken = false;
  std::optional<std::string> iqama_number;  // once issued
};

std::optional<ArrivalRow> find_arrival(Database& db, int64_t establishment_id,
                                       const std::string& border_number);

struct ArrivalPage {
  std::vector<ArrivalRow> rows;
  int64_t total_elements = 0;
};

// Those still without an iqama, the longest in the Kingdom first (they are closest to the fine).
ArrivalPage arrivals_awaiting_iqama(Database& db, int64_t establishment_id, int page, int size);

bool iqama_number_taken(Database& db, const std::string& iqama_number);

struct IssueEntry {
  int64_t establishment_id = 0, user_id = 0;
  std::string iqama_number;  // new, not taken
  std::string name_ar, name_en, mobile, nationality_code, occupation_code;
  int duration_months = 0;
  domain::CivilDate expiry{1970, 1, 1};
  domain::Money fee = domain::Money::halalas(0), fine = domain::Money::halalas(0);
  std::string service_code;
};

// Inside the caller's transaction: the resident (with the arrival's passport, insurance and birth
// date), the arrival marked issued, and the issue recorded. Returns its request number.
std::string record_issue(Database& db, const ArrivalRow& arrival, const IssueEntry& entry, int64_t now);

}  // namespace muqeem::portal::store
