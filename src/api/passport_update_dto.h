#pragma once
// Updating a resident's passport (نقل معلومات): the new passport's number, dates and issuing country,
// and the result with the passport before and after.
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "api/dto.h"

namespace muqeem::api {

struct PassportUpdateRequest {
  std::string iqama_number, passport_number, issue_date, expiry_date, issuing_country;
  std::string security_code;
};

struct PassportUpdateResult {
  std::string request_number, iqama_number;
  Bilingual name;
  std::string previous_number, previous_expiry;
  std::string passport_number, issue_date, expiry_date, expiry_date_hijri;
  Coded issuing_country;
};

void to_json(nlohmann::json& j, const PassportUpdateRequest& value);
void to_json(nlohmann::json& j, const PassportUpdateResult& value);

std::optional<PassportUpdateResult> read_passport_update_result(const nlohmann::json& body);

// The server's reading: the iqama number's digits, the passport number as stored (capitals and Western
// digits), two real dates and the country code's shape. Whether the dates make sense together and
// today, and whether the country exists, is for the server to say next.
std::optional<PassportUpdateRequest> read_passport_update_request(const nlohmann::json& body,
                                                                  std::vector<FieldError>& errors);

}  // namespace muqeem::api
