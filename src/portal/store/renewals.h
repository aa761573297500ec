#pragma once
// Iqama renewals in the store: what the renewal rules need to know about a resident (beyond the
// file: a domestic occupation, a report of absence, unpaid traffic violations, earlier late
// renewals, the sponsor's name), and the renewal itself once it is decided.
#include <cstdint>
#include <optional>
#include <string>

#include "domain/civil_date.h"
#include "domain/money.h"
#include "portal/store/residents.h"

namespace muqeem::portal::store {

struct RenewalSubject {
  ResidentFile file;
  int64_t establishment_id = 0;
  std::string sponsor_ar, sponsor_en;  // the establishment: the resident's sponsor
  bool domestic_worker = false;
  bool reported_absent = false;
  int64_t unpaid_violations_halalas = 0;
  int previous_late_renewals = 0;
};

// Only within the caller's establishment; another's resident is as if it did not exist.
std::optional<RenewalSubject> find_renewal_subject(Database& db, int64_t establishment_id,
                                                   const std::string& iqama_number);

struct RenewalEntry {
  int64_t establishment_id = 0, resident_id = 0, user_id = 0;
  int duration_months = 0;
  domain::CivilDate previous_expiry{1970, 1, 1}, new_expiry{1970, 1, 1};
  domain::Money fee = domain::Money::halalas(0), fine = domain::Money::halalas(0);
  std::string service_code;  // SADAD's code for the service: the request number starts with it
};

// Inside the caller's transaction: moves the iqama's expiry, counts a late renewal when fined, and
// records the renewal. Returns its request number: the service code and an eight-digit sequence.
std::string record_renewal(Database& db, const RenewalEntry& entry, int64_t now);

// A renewal as recorded, with what its printed result shows: the resident and the establishment.
struct RenewalRecord {
  int64_t id = 0, establishment_id = 0;
  std::string request_number, iqama_number, name_ar, name_en;
  int duration_months = 0;
  std::string previous_expiry, new_expiry;  // ISO dates
  int64_t total_halalas = 0;
  int64_t created_at = 0;  // seconds since the epoch
  std::string establishment_number, establishment_ar, establishment_en;
};

// Only within the caller's establishment; another's renewal is as if it did not exist.
std::optional<RenewalRecord> find_renewal(Database& db, int64_t establishment_id,
                                          const std::string& request_number);
// By its row, for a verification code that already stands for it.
std::optional<RenewalRecord> find_renewal_by_id(Database& db, int64_t id);

}  // namespace muqeem::portal::store
