#include "api/transaction_rules_json.h"

#include <nlohmann/json.hpp>

#include "api/rules_json_fields.h"

namespace muqeem::api {
namespace {

using nlohmann::json;

json parse(std::string_view json_text) {
  json document = json::parse(json_text, nullptr, /*allow_exceptions=*/false);
  return document.is_object() ? document : json();
}

}  // namespace

std::optional<domain::IssueRules> parse_issue_rules(std::string_view json_text) {
  const json document = parse(json_text);
  auto durations = rules_fields::positive_list(document, "/duration_months");
  const auto within = rules_fields::count(document, "/issue_within_days");
  const auto fine = rules_fields::money(document, "/late_issue_fine_halalas");
  const auto passport = rules_fields::count(document, "/passport_min_valid_days");
  auto service = rules_fields::text(document, "/sadad_service_code");
  if (!durations || !within || *within == 0 || !fine || !passport || !service) return std::nullopt;
  return domain::IssueRules{std::move(*durations), static_cast<int>(*within), *fine,
                            static_cast<int>(*passport), std::move(*service)};
}

std::optional<domain::OccupationChangeRules> parse_occupation_change_rules(std::string_view json_text) {
  const json document = parse(json_text);
  const auto fee = rules_fields::money(document, "/fee_halalas");
  auto service = rules_fields::text(document, "/sadad_service_code");
  if (!fee || !service) return std::nullopt;
  return domain::OccupationChangeRules{*fee, std::move(*service)};
}

std::optional<domain::TransferRules> parse_transfer_rules(std::string_view json_text) {
  const json document = parse(json_text);
  const auto fees = rules_fields::positive_list(document, "/fees_by_transfer_halalas");
  auto service = rules_fields::text(document, "/sadad_service_code");
  if (!fees || !service) return std::nullopt;
  domain::TransferRules rules;
  for (int halalas : *fees) rules.fees_by_transfer.push_back(domain::Money::halalas(halalas));
  rules.sadad_service_code = std::move(*service);
  return rules;
}

std::optional<domain::PassportUpdateRules> parse_passport_update_rules(std::string_view json_text) {
  auto prefix = rules_fields::text(parse(json_text), "/request_prefix");
  if (!prefix) return std::nullopt;
  return domain::PassportUpdateRules{std::move(*prefix)};
}

}  // namespace muqeem::api
