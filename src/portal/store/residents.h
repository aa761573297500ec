#pragma once
// Residents as an establishment sees them: search and list, always within one establishment (the
// caller's), paged and sorted the Spring way (page, size, sort, totalElements).
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/civil_date.h"
#include "portal/store/database.h"
#include "portal/store/sql.h"

namespace muqeem::portal::store {

struct ResidentRow {
  int64_t id = 0;
  std::string iqama_number;
  std::string name_ar, name_en;
  std::string nationality_code, nationality_ar, nationality_en;
  std::string occupation_code, occupation_ar, occupation_en;
  std::string iqama_expiry;  // ISO date
  std::string status;
};

enum class ResidentSort { NameEn, NameAr, IqamaExpiry, IqamaNumber };

// The iqama's validity on `today`, as iqama_expiry.h defines it (the dashboard's counts use the same
// conditions, so a count and its list always agree).
enum class IqamaValidity { Any, Expired, Valid };

struct ResidentQuery {
  int64_t establishment_id = 0;  // required: the caller's establishment, never taken from the request
  std::string text;  // an iqama number (or its start), or the start of a name in Arabic or English
  std::string nationality_code;
  std::optional<int> expiring_within_days;      // with `today`: expiry on or before today + N (expired too)
  IqamaValidity validity = IqamaValidity::Any;  // with Valid, the above is "expiring within N days"
  domain::CivilDate today{1970, 1, 1};
  ResidentSort sort = ResidentSort::NameEn;
  bool descending = false;
  int page = 0;
  int size = 20;
};

struct ResidentPage {
  std::vector<ResidentRow> rows;
  int64_t total_elements = 0;
};

ResidentPage search_residents(Database& db, const ResidentQuery& query);
// The query's filters over `resident r` (text, nationality, expiry), without the establishment, its
// order or its page: what the list, its total and the reports built on it select within an establishment.
std::vector<Sql> resident_filters(const ResidentQuery& query);

// One resident's file, if that iqama belongs to the establishment (another's is as if it did not exist).
struct ResidentFile {
  ResidentRow summary;
  std::string gender;  // "M" or "F"
  std::string birth_date, passport_number, passport_expiry;
  std::optional<std::string> insurance_expiry;
  bool inside_kingdom = true;
};
std::optional<ResidentFile> find_resident(Database& db, int64_t establishment_id,
                                          const std::string& iqama_number);

struct CodedRow {
  std::string code, ar, en;
};
enum class Lookup {
  Nationalities,
  Occupations,
  Cities,
  Permissions,
  TawasulCategories,
  TawasulStatuses,
  EstablishmentTypes,
  RegistrationTypes
};
std::vector<CodedRow> lookup(Database& db, Lookup which);
// One item of a lookup by its code; nullopt when there is none.
std::optional<CodedRow> find_lookup(Database& db, Lookup which, const std::string& code);
// The lookup a path names ("nationalities", "cities", "tawasul-categories"...); nullopt for none.
std::optional<Lookup> lookup_named(std::string_view name);

}  // namespace muqeem::portal::store
