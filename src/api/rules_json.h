#pragma once
// Reading the rules data files (assets/rules/*.json) into the domain's plain structures.
#include <optional>
#include <string_view>

#include "domain/fees.h"

namespace muqeem::api {

// nullopt when the JSON is malformed or a figure is missing, negative or of the wrong type.
std::optional<domain::FeeSchedule> parse_fee_schedule(std::string_view json_text);

}  // namespace muqeem::api
