#include "api/establishment_dto.h"

#include <nlohmann/json.hpp>

#include "api/json_fields.h"

namespace muqeem::api {

using fields::read;

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
         {"expiringWithin90Days", value.dashboard.expiring_within_90_days}}}};
}

std::optional<EstablishmentProfile> read_establishment(const nlohmann::json& body) {
  EstablishmentProfile value;
  const auto dashboard = body.is_object() ? body.find("dashboard") : body.end();
  if (!read(body, "unifiedNumber", value.unified_number) || !read(body, "name", value.name) ||
      !read(body, "package", value.package) || !read(body, "balanceHalalas", value.balance_halalas) ||
      dashboard == body.end())
    return std::nullopt;
  IqamaDashboard& counts = value.dashboard;
  if (!read(*dashboard, "residents", counts.residents) ||
      !read(*dashboard, "iqamasExpired", counts.iqamas_expired) ||
      !read(*dashboard, "expiringWithin30Days", counts.expiring_within_30_days) ||
      !read(*dashboard, "expiringWithin60Days", counts.expiring_within_60_days) ||
      !read(*dashboard, "expiringWithin90Days", counts.expiring_within_90_days))
    return std::nullopt;
  return value;
}

}  // namespace muqeem::api
