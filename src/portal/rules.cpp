#include "portal/rules.h"

#include <string_view>

#include "api/rules_json.h"
#include "api/transaction_rules_json.h"

namespace muqeem::portal {

extern const std::string_view kFeesJson;
extern const std::string_view kRenewalJson;
extern const std::string_view kDocumentsJson;
extern const std::string_view kIqamaIssueJson;
extern const std::string_view kOccupationChangeJson;
extern const std::string_view kServiceTransferJson;
extern const std::string_view kPassportUpdateJson;
extern const std::string_view kSupportJson;
extern const std::string_view kVisasJson;

std::optional<PortalRules> bundled_rules() {
  auto fees = api::parse_fee_schedule(kFeesJson);
  auto renewal = api::parse_renewal_rules(kRenewalJson);
  const auto documents = api::parse_document_rules(kDocumentsJson);
  auto issue = api::parse_issue_rules(kIqamaIssueJson);
  auto occupation_change = api::parse_occupation_change_rules(kOccupationChangeJson);
  auto transfer = api::parse_transfer_rules(kServiceTransferJson);
  auto passport_update = api::parse_passport_update_rules(kPassportUpdateJson);
  const auto support = api::parse_support_rules(kSupportJson);
  auto visas = api::parse_visa_rules(kVisasJson);
  if (!fees || !renewal || !documents || !issue || !occupation_change || !transfer || !passport_update ||
      !support || !visas)
    return std::nullopt;
  return PortalRules{std::move(*fees),
                     std::move(*renewal),
                     *documents,
                     std::move(*issue),
                     std::move(*occupation_change),
                     std::move(*transfer),
                     std::move(*passport_update),
                     *support,
                     std::move(*visas)};
}

}  // namespace muqeem::portal
