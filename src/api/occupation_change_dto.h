#pragma once
// Changing a resident's occupation: the request (quote and submit share it; the submit adds the
// security code), the quote with the occupation Qiwa approved, the fee and every problem, and the result.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "api/dto.h"
#include "api/quote_parts.h"

namespace muqeem::api {

struct OccupationChangeRequest {
  std::string iqama_number, occupation_code;
  std::string security_code;  // the submit's; empty (and left out) for a quote
};

struct OccupationChangeQuote {
  std::string iqama_number;
  Bilingual name;
  Coded current_occupation, new_occupation;
  std::optional<Coded> qiwa_approved_occupation;  // null: Qiwa has approved no change
  std::vector<FeeLine> fees;
  int64_t total_halalas = 0;
  bool eligible = false;
  std::vector<Coded> problems;
};

struct OccupationChangeResult {
  std::string request_number, iqama_number;
  Bilingual name;
  Coded previous_occupation, occupation;
  int64_t total_halalas = 0;
};

void to_json(nlohmann::json& j, const OccupationChangeRequest& value);
void to_json(nlohmann::json& j, const OccupationChangeQuote& value);
void to_json(nlohmann::json& j, const OccupationChangeResult& value);

std::optional<OccupationChangeQuote> read_occupation_change_quote(const nlohmann::json& body);
std::optional<OccupationChangeResult> read_occupation_change_result(const nlohmann::json& body);

// The server's reading: the iqama number's digits, the occupation code's shape, the code when `with_code`.
std::optional<OccupationChangeRequest> read_occupation_change_request(const nlohmann::json& body,
                                                                      bool with_code,
                                                                      std::vector<FieldError>& errors);

}  // namespace muqeem::api
