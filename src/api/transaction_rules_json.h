#pragma once
// Reading the rules files of the transactions beyond renewal (assets/rules/iqama_issue.json,
// occupation_change.json, service_transfer.json, passport_update.json) into the domain's structures;
// nullopt when the JSON is malformed or a figure is missing, negative or of the wrong type.
#include <optional>
#include <string_view>

#include "domain/iqama_issue.h"
#include "domain/occupation_change.h"
#include "domain/passport.h"
#include "domain/service_transfer.h"

namespace muqeem::api {

std::optional<domain::IssueRules> parse_issue_rules(std::string_view json_text);
std::optional<domain::OccupationChangeRules> parse_occupation_change_rules(std::string_view json_text);
std::optional<domain::TransferRules> parse_transfer_rules(std::string_view json_text);
std::optional<domain::PassportUpdateRules> parse_passport_update_rules(std::string_view json_text);

}  // namespace muqeem::api
