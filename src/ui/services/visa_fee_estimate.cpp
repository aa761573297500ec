#include "ui/services/visa_fee_estimate.h"

#include <string_view>

#include "api/rules_json.h"
#include "domain/visas.h"

namespace muqeem::ui {

extern const std::string_view kUiFeesJson;
extern const std::string_view kUiVisasJson;

std::optional<domain::Money> exit_reentry_fee_estimate(bool multiple, long days) {
  static const auto fees = api::parse_fee_schedule(kUiFeesJson);
  static const auto rules = api::parse_visa_rules(kUiVisasJson);
  if (!fees || !rules || days < 1 || days > 3650) return std::nullopt;
  const int months = domain::fee_months(rules->exit_reentry, days);
  return domain::exit_reentry_fee(
      *fees, multiple ? domain::ExitReentryKind::Multiple : domain::ExitReentryKind::Single, months, false);
}

}  // namespace muqeem::ui
