#include "api/establishment_dto.h"

#include <nlohmann/json.hpp>

#include "api/json_fields.h"

namespace muqeem::api {

using fields::read;

bool Officer::may(const std::string& permission) const {
  for (const auto& held : permissions)
    if (held == permission) return true;
  return primary;
}

void to_json(nlohmann::json& j, const EstablishmentProfile& value) {
  j = {{"unifiedNumber", value.unified_number},
       {"name", value.name},
       {"package", value.package},
       {"balanceHalalas", value.balance_halalas},
       {"dashboard",
        {{"residents", value.dashboard.residents},
         {"iqamasExpired", value.dashboard.iqamas_expired},
         {"expiringWithin30Days", value.dashboard.expiring_within_30_days},
         {"expiringWithin60Days", value.dashboard.expiring_within_60_days},
         {"expiringWithin90Days", value.dashboard.expiring_within_90_days},
         {"expiringByWeek", value.dashboard.expiring_by_week}}},
       {"officer", {{"primary", value.officer.primary}, {"permissions", value.officer.permissions}}}};
}

std::optional<EstablishmentProfile> read_establishment(const nlohmann::json& body) {
  EstablishmentProfile value;
  const auto dashboard = body.is_object() ? body.find("dashboard") : body.end();
  if (!read(body, "unifiedNumber", value.unified_number) || !read(body, "name", value.name) ||
      !read(body, "package", value.package) || !read(body, "balanceHalalas", value.balance_halalas) ||
      dashboard == body.end())
    return std::nullopt;
  const auto officer = body.find("officer");
  if (officer == body.end() || !read(*officer, "primary", value.officer.primary)) return std::nullopt;
  const auto permissions = officer->find("permissions");
  if (permissions == officer->end() || !permissions->is_array()) return std::nullopt;
  for (const auto& permission : *permissions) {
    if (!permission.is_string()) return std::nullopt;
    value.officer.permissions.push_back(permission.get<std::string>());
  }
  IqamaDashboard& counts = value.dashboard;
  if (!read(*dashboard, "residents", counts.residents) ||
      !read(*dashboard, "iqamasExpired", counts.iqamas_expired) ||
      !read(*dashboard, "expiringWithin30Days", counts.expiring_within_30_days) ||
      !read(*dashboard, "expiringWithin60Days", counts.expiring_within_60_days) ||
      !read(*dashboard, "expiringWithin90Days", counts.expiring_within_90_days))
    return std::nullopt;
  const auto weeks = dashboard->find("expiringByWeek");
  if (weeks == dashboard->end() || !weeks->is_array()) return std::nullopt;
  for (const auto& week : *weeks) {
    if (!week.is_number_integer() || week.get<int64_t>() < 0) return std::nullopt;
    counts.expiring_by_week.push_back(week.get<int64_t>());
  }
  return value;
}

}  // namespace muqeem::api
