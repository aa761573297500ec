#pragma once
// Visas in the store: what the visa rules need to know about a resident (beyond the file: unpaid traffic
// violations, registered vehicles, another open visa), a visa found within the caller's establishment
// (or, for the public validity check, anywhere), the establishment's visas listed, and the issue,
// extension and cancellation recorded with their events.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "domain/civil_date.h"
#include "domain/money.h"
#include "portal/store/residents.h"

namespace muqeem::portal::store {

struct VisaHolder {
  ResidentFile file;
  int64_t unpaid_violations_halalas = 0;
  int registered_vehicles = 0;
};

// Only within the caller's establishment; another's resident is as if it did not exist.
std::optional<VisaHolder> find_visa_holder(Database& db, int64_t establishment_id,
                                           const std::string& iqama_number);
// Whether the resident holds an issued visa whose last day is today or later, other than `except_visa`.
bool has_open_visa(Database& db, int64_t resident_id, const domain::CivilDate& today,
                   int64_t except_visa = 0);

struct VisaRecord {
  int64_t id = 0, resident_id = 0, establishment_id = 0;
  std::string visa_number;
  std::string type_code, type_ar, type_en;
  std::string state;                              // as stored: "issued", "used" or "cancelled"
  std::string status_code, status_ar, status_en;  // as read today: an issued visa past its day is "expired"
  std::string issued_on, expires_on;
  std::string iqama_number, name_ar, name_en;
  std::string passport_number, birth_date;  // the public check's cross-check
  std::string iqama_expiry;
};

// Only within the caller's establishment (the resident's), as read on `today`.
std::optional<VisaRecord> find_visa(Database& db, int64_t establishment_id, const std::string& visa_number,
                                    const domain::CivilDate& today);
std::optional<VisaRecord> find_visa_by_id(Database& db, int64_t id, const domain::CivilDate& today);
// Any establishment's: only for the public check, which asks for a cross-check first.
std::optional<VisaRecord> find_any_visa(Database& db, const std::string& visa_number,
                                        const domain::CivilDate& today);
// The newest visa of an iqama, any establishment's: the same public check.
std::optional<VisaRecord> newest_visa_of(Database& db, const std::string& iqama_number,
                                         const domain::CivilDate& today);

struct VisaQuery {
  int64_t establishment_id = 0;  // required: the caller's, never taken from the request
  std::string iqama_number;      // "": every resident's
  std::string type_code;         // "": every type
  domain::CivilDate today{1970, 1, 1};
  int page = 0, size = 20;
};
struct VisaPage {
  std::vector<VisaRecord> rows;  // newest first
  int64_t total_elements = 0;
};
VisaPage search_visas(Database& db, const VisaQuery& query);

// A visa type's Arabic and English names ("exit-reentry-single", ...).
CodedRow visa_type(Database& db, const std::string& code);

// Who made a visa transaction and what it was charged, under which SADAD code ("" when free).
struct VisaCharge {
  int64_t establishment_id = 0, user_id = 0;
  domain::Money fee = domain::Money::halalas(0);
  std::string service_code;
};

// Inside the caller's transaction: a new visa, open from `issued_on` to `expires_on`, and its event.
// Returns its visa number: the next in the portal's ten-digit series.
std::string record_visa(Database& db, int64_t resident_id, const std::string& type_code,
                        const domain::CivilDate& issued_on, const domain::CivilDate& expires_on,
                        const VisaCharge& charge, int64_t now);
// Inside the caller's transaction: the visa's new last day, and the event.
void record_extension(Database& db, int64_t visa_id, const domain::CivilDate& expires_on,
                      const VisaCharge& charge, int64_t now);
// Inside the caller's transaction: the visa cancelled, and the event.
void record_cancellation(Database& db, int64_t visa_id, const VisaCharge& charge, int64_t now);

}  // namespace muqeem::portal::store
