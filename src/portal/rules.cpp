#include "portal/rules.h"

#include <string_view>

#include "api/rules_json.h"

namespace muqeem::portal {

extern const std::string_view kFeesJson;
extern const std::string_view kRenewalJson;

std::optional<PortalRules> bundled_rules() {
  auto fees = api::parse_fee_schedule(kFeesJson);
  auto renewal = api::parse_renewal_rules(kRenewalJson);
  if (!fees || !renewal) return std::nullopt;
  return PortalRules{std::move(*fees), std::move(*renewal)};
}

}  // namespace muqeem::portal
