#pragma once
// The signed-in officer's establishment: its names and number, package, the balance government fees
// are paid from, and the dashboard's iqama counts (expired, and expiring within 30/60/90 days).
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "api/dto.h"

namespace muqeem::api {

struct IqamaDashboard {
  int64_t residents = 0;
  int64_t iqamas_expired = 0;
  // Not yet expired; each count includes the shorter ones (60 days includes 30).
  int64_t expiring_within_30_days = 0, expiring_within_60_days = 0, expiring_within_90_days = 0;
  // Valid iqamas expiring in each of the next 13 weeks (week i: today + 7i to today + 7i + 6).
  std::vector<int64_t> expiring_by_week;
};

// Who is asking, so the app offers only what they may do: the primary user may do everything; any
// other officer what their permissions (codes of /lookups/permissions) allow.
struct Officer {
  bool primary = false;
  std::vector<std::string> permissions;
  bool may(const std::string& permission) const;
};

struct EstablishmentProfile {
  std::string unified_number;
  Bilingual name;
  Coded package;  // "comprehensive" or "transactions"
  int64_t balance_halalas = 0;
  IqamaDashboard dashboard;
  Officer officer;
};

void to_json(nlohmann::json& j, const EstablishmentProfile& value);
std::optional<EstablishmentProfile> read_establishment(const nlohmann::json& body);

}  // namespace muqeem::api
