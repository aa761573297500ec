#pragma once
// The records a resident's file lists beside the profile: visas, traffic violations, dependants, driving
// licences and vehicles,
// by the resident's row id (which the caller found within its own establishment), with their coded
// values' Arabic and English names from the reference tables.
#include <cstdint>
#include <string>
#include <vector>

#include "domain/civil_date.h"
#include "portal/store/database.h"
#include "portal/store/sql.h"

namespace muqeem::portal::store {

struct VisaRow {
  std::string visa_number;
  std::string type_code, type_ar, type_en;
  std::string status_code, status_ar, status_en;  // an issued visa past its date reads "expired"
  std::string issued_on, expires_on;
};

struct TrafficViolationRow {
  std::string violation_number, issued_on, kind_ar, kind_en;
  int64_t amount_halalas = 0;
  bool paid = false;
};

struct DependantRow {
  std::string name_ar, name_en;
  std::string relationship_code, relationship_ar, relationship_en;
  std::string birth_date;
};

struct DrivingLicenceRow {
  std::string type_code, type_ar, type_en;
  std::string issued_on, expires_on;
};

struct VehicleRow {
  std::string sequence_number;
  std::string plate_ar, plate_en;
  std::string make_ar, make_en, model;
  int64_t year = 0;
  std::string registration_expiry;
};

// A visa's status code as people read it, over `visa v`: what happened to it, or "expired" for one
// issued and never used whose last day is before `today`.
Sql visa_status_code(const domain::CivilDate& today);
// Newest first.
std::vector<VisaRow> visas_of(Database& db, int64_t resident_id, const domain::CivilDate& today);
// Newest first.
std::vector<TrafficViolationRow> traffic_violations_of(Database& db, int64_t resident_id);
// Eldest first.
std::vector<DependantRow> dependants_of(Database& db, int64_t resident_id);
// Newest first.
std::vector<DrivingLicenceRow> driving_licences_of(Database& db, int64_t resident_id);
// In the order they were registered.
std::vector<VehicleRow> vehicles_of(Database& db, int64_t resident_id);

}  // namespace muqeem::portal::store
