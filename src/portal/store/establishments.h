#pragma once
// The establishment as its officers see it: names, package, the balance government fees are paid
// from, and the counts a dashboard shows (expired iqamas, and those expiring soon).
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "domain/civil_date.h"
#include "domain/money.h"
#include "portal/store/database.h"

namespace muqeem::portal::store {

struct EstablishmentRow {
  int64_t id = 0;
  std::string unified_number, name_ar, name_en;
  std::string package;  // "comprehensive" or "transactions"
  int64_t balance_halalas = 0;
};

std::optional<EstablishmentRow> find_establishment(Database& db, int64_t id);
// By its unified number (7XXXXXXXXX), e.g. the new sponsor of a transfer of services.
std::optional<EstablishmentRow> find_establishment_by_number(Database& db, const std::string& unified_number);

inline constexpr int kExpiryWeeks = 13;  // 91 days: the dashboard's "next 90 days", by week

struct ExpiryCounts {
  int64_t residents = 0;
  int64_t expired = 0;  // before today
  // Not yet expired, and expiring on or before today + N days (so 60 includes 30).
  int64_t within_30_days = 0, within_60_days = 0, within_90_days = 0;
  // Valid iqamas expiring in each of the next 13 weeks: week i is today + 7i to today + 7i + 6.
  std::vector<int64_t> by_week;
};

ExpiryCounts expiry_counts(Database& db, int64_t establishment_id, const domain::CivilDate& today);

// Inside the caller's transaction: takes `amount` from the balance and records the payment; false,
// with nothing changed, when the balance does not cover it.
bool pay_from_balance(Database& db, int64_t establishment_id, domain::Money amount,
                      const std::string& service_code, const std::string& reference, int64_t now);

}  // namespace muqeem::portal::store
