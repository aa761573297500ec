#include "portal/rules.h"

#include <string_view>

#include "api/rules_json.h"

namespace muqeem::portal {

extern const std::string_view kFeesJson;
extern const std::string_view kRenewalJson;
extern const std::string_view kDocumentsJson;

std::optional<PortalRules> bundled_rules() {
  auto fees = api::parse_fee_schedule(kFeesJson);
  auto renewal = api::parse_renewal_rules(kRenewalJson);
  const auto documents = api::parse_document_rules(kDocumentsJson);
  if (!fees || !renewal || !documents) return std::nullopt;
  return PortalRules{std::move(*fees), std::move(*renewal), *documents};
}

}  // namespace muqeem::portal
