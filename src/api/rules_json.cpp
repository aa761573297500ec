#include "api/rules_json.h"

#include <nlohmann/json.hpp>

#include "api/rules_json_fields.h"

namespace muqeem::api {

using nlohmann::json;
using rules_fields::count;
using rules_fields::text;

std::optional<domain::FeeSchedule> parse_fee_schedule(std::string_view json_text) {
  const json document = json::parse(json_text, nullptr, /*allow_exceptions=*/false);
  if (!document.is_object()) return std::nullopt;
  const auto money = [&](const char* pointer) { return rules_fields::money(document, pointer); };
  const auto per_year = money("/iqama/per_year_halalas"),
             late_first = money("/iqama/late_renewal/first_halalas"),
             late_repeat = money("/iqama/late_renewal/repeat_halalas"),
             single_base = money("/exit_reentry/single/base_halalas"),
             single_extra = money("/exit_reentry/single/extra_month_halalas"),
             multiple_base = money("/exit_reentry/multiple/base_halalas"),
             multiple_extra = money("/exit_reentry/multiple/extra_month_halalas");
  const auto grace = count(document, "/iqama/late_renewal/grace_days"),
             single_months = count(document, "/exit_reentry/single/base_months"),
             multiple_months = count(document, "/exit_reentry/multiple/base_months"),
             abroad = count(document, "/exit_reentry/abroad_extra_month_factor");
  const json::json_pointer durations_path("/iqama/renewal_months");
  if (!per_year || !late_first || !late_repeat || !single_base || !single_extra || !multiple_base ||
      !multiple_extra || !grace || !single_months || !multiple_months || !abroad ||
      !document.contains(durations_path) || !document.at(durations_path).is_array()) {
    return std::nullopt;
  }
  domain::FeeSchedule schedule;
  for (const json& months : document.at(durations_path)) {
    if (!months.is_number_integer() || months.get<int>() <= 0) return std::nullopt;
    schedule.renewal_months.push_back(months.get<int>());
  }
  schedule.iqama_per_year = *per_year;
  schedule.late_renewal_grace_days = static_cast<int>(*grace);
  schedule.late_renewal_first = *late_first;
  schedule.late_renewal_repeat = *late_repeat;
  schedule.exit_reentry_single_base = *single_base;
  schedule.exit_reentry_single_base_months = static_cast<int>(*single_months);
  schedule.exit_reentry_single_extra_month = *single_extra;
  schedule.exit_reentry_multiple_base = *multiple_base;
  schedule.exit_reentry_multiple_base_months = static_cast<int>(*multiple_months);
  schedule.exit_reentry_multiple_extra_month = *multiple_extra;
  schedule.abroad_extra_month_factor = static_cast<int>(*abroad);
  return schedule;
}

std::optional<domain::RenewalRules> parse_renewal_rules(std::string_view json_text) {
  const json document = json::parse(json_text, nullptr, /*allow_exceptions=*/false);
  if (!document.is_object()) return std::nullopt;
  const auto window = count(document, "/window_months"),
             passport = count(document, "/passport_min_valid_days"),
             batch = count(document, "/batch_max_items");
  const auto excluded = document.find("domestic_worker_excluded_months");
  const auto service = document.find("sadad_service_code");
  if (!window || *window == 0 || !passport || !batch || *batch == 0 || excluded == document.end() ||
      !excluded->is_array() || service == document.end() || !service->is_string() ||
      service->get<std::string>().empty())
    return std::nullopt;
  domain::RenewalRules rules;
  rules.window_months = static_cast<int>(*window);
  rules.passport_min_valid_days = static_cast<int>(*passport);
  rules.batch_max_items = static_cast<int>(*batch);
  for (const json& months : *excluded) {
    if (!months.is_number_integer() || months.get<int>() <= 0) return std::nullopt;
    rules.domestic_worker_excluded_months.push_back(months.get<int>());
  }
  rules.sadad_service_code = service->get<std::string>();
  return rules;
}

std::optional<domain::DocumentRules> parse_document_rules(std::string_view json_text) {
  const json document = json::parse(json_text, nullptr, /*allow_exceptions=*/false);
  if (!document.is_object()) return std::nullopt;
  const auto days = count(document, "/verification_valid_days");
  // A document whose code never answers, or answers for a century, is a typo in the file.
  if (!days || *days == 0 || *days > 3650) return std::nullopt;
  return domain::DocumentRules{static_cast<int>(*days)};
}

std::optional<domain::SupportRules> parse_support_rules(std::string_view json_text) {
  const json document = json::parse(json_text, nullptr, /*allow_exceptions=*/false);
  if (!document.is_object()) return std::nullopt;
  const auto days = count(document, "/target_days"), files = count(document, "/attachments/max_count"),
             bytes = count(document, "/attachments/max_bytes");
  // Beyond these a figure is a typo: a year's target, a hundred files, files of 64 MiB.
  if (!days || *days == 0 || *days > 365 || !files || *files == 0 || *files > 100 || !bytes || *bytes == 0 ||
      *bytes > 64 * 1024 * 1024)
    return std::nullopt;
  return domain::SupportRules{static_cast<int>(*days), static_cast<int>(*files), *bytes};
}

std::optional<domain::VisaRules> parse_visa_rules(std::string_view json_text) {
  const json document = json::parse(json_text, nullptr, /*allow_exceptions=*/false);
  if (!document.is_object()) return std::nullopt;
  const auto passport = count(document, "/exit_reentry/passport_min_valid_days"),
             fee_month = count(document, "/exit_reentry/days_per_fee_month"),
             cancel = count(document, "/exit_reentry/cancel_within_days_of_issue"),
             cancellation_fee = count(document, "/exit_reentry/cancellation_fee_halalas"),
             final_passport = count(document, "/final_exit/passport_min_valid_days"),
             final_use = count(document, "/final_exit/use_within_days"),
             final_cancel = count(document, "/final_exit/cancel_within_days");
  const auto single = text(document, "/exit_reentry/sadad_service_codes/single"),
             multiple = text(document, "/exit_reentry/sadad_service_codes/multiple"),
             cancellation = text(document, "/exit_reentry/sadad_service_codes/cancellation");
  if (!passport || !fee_month || *fee_month == 0 || !cancel || !cancellation_fee || !final_passport ||
      !final_use || *final_use == 0 || !final_cancel || !single || !multiple || !cancellation)
    return std::nullopt;
  domain::VisaRules rules;
  rules.exit_reentry = {static_cast<int>(*passport),
                        static_cast<int>(*fee_month),
                        static_cast<int>(*cancel),
                        domain::Money::halalas(*cancellation_fee),
                        *single,
                        *multiple,
                        *cancellation};
  rules.final_exit = {static_cast<int>(*final_passport), static_cast<int>(*final_use),
                      static_cast<int>(*final_cancel)};
  return rules;
}

}  // namespace muqeem::api
