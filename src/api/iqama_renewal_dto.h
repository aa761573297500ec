#pragma once
// Iqama renewal's messages: the request (quote and submit share it; the submit adds the security
// code), the quote with the resident's verified details, fee lines and every eligibility problem, and
// the result. Money in halalas, dates ISO with the Hijri date beside the ones officers read.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "api/dto.h"
#include "api/quote_parts.h"

namespace muqeem::api {

struct RenewalRequest {
  std::string iqama_number;
  int duration_months = 0;
  std::string security_code;  // the submit's; empty (and left out) for a quote
};

struct RenewalQuote {
  std::string iqama_number;
  Bilingual name;
  Coded nationality;
  std::string passport_number, passport_expiry;
  Bilingual sponsor;  // the establishment the resident works for
  std::string iqama_expiry, iqama_expiry_hijri;
  int duration_months = 0;
  std::string new_expiry, new_expiry_hijri;
  std::vector<FeeLine> fees;
  int64_t total_halalas = 0;
  bool eligible = false;
  std::vector<Coded> problems;  // each with a stable code and its Arabic and English wording
};

struct RenewalResult {
  std::string request_number, iqama_number;
  Bilingual name;
  int duration_months = 0;
  std::string previous_expiry, previous_expiry_hijri, new_expiry, new_expiry_hijri;
  int64_t total_halalas = 0;
};

void to_json(nlohmann::json& j, const RenewalRequest& value);
void to_json(nlohmann::json& j, const RenewalQuote& value);
void to_json(nlohmann::json& j, const RenewalResult& value);

std::optional<RenewalQuote> read_renewal_quote(const nlohmann::json& body);
std::optional<RenewalResult> read_renewal_result(const nlohmann::json& body);

// The server's reading: iqama number and duration always, the security code when `with_code`.
std::optional<RenewalRequest> read_renewal_request(const nlohmann::json& body, bool with_code,
                                                   std::vector<FieldError>& errors);

}  // namespace muqeem::api
