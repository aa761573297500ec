#pragma once
// Issuing an iqama to a new arrival, by border number: the new arrivals awaiting theirs, the request
// (quote and submit share it; the submit adds the security code), the quote with the arrival's entry,
// fee lines and every problem, and the result with the new iqama number.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "api/dto.h"
#include "api/quote_parts.h"

namespace muqeem::api {

// A new arrival of the establishment whose iqama has not been issued yet.
struct NewArrival {
  std::string border_number, passport_number, entry_date, entry_date_hijri;
};

struct NewArrivalPage {
  std::vector<NewArrival> content;
  int page = 0, size = 20;
  int64_t total_elements = 0;
};

struct IssueRequest {
  std::string border_number;
  Bilingual name;
  std::string mobile;  // as typed by the client; as E.164 once the server has read it
  std::string occupation_code, nationality_code;
  int duration_months = 0;
  std::string security_code;  // the submit's; empty (and left out) for a quote
};

struct IssueQuote {
  std::string border_number;
  Bilingual name;
  std::string mobile;  // E.164
  Coded nationality, occupation;
  std::string passport_number, passport_expiry;
  std::string entry_date, entry_date_hijri;
  int64_t days_since_entry = 0;
  int duration_months = 0;
  std::string expiry, expiry_hijri;  // the new iqama's, counted from today
  std::vector<FeeLine> fees;
  int64_t total_halalas = 0;
  bool eligible = false;
  std::vector<Coded> problems;
};

struct IssueResult {
  std::string request_number, iqama_number, border_number;
  Bilingual name;
  Coded nationality, occupation;
  int duration_months = 0;
  std::string expiry, expiry_hijri;
  int64_t total_halalas = 0;
};

void to_json(nlohmann::json& j, const NewArrival& value);
void to_json(nlohmann::json& j, const NewArrivalPage& value);
void to_json(nlohmann::json& j, const IssueRequest& value);
void to_json(nlohmann::json& j, const IssueQuote& value);
void to_json(nlohmann::json& j, const IssueResult& value);

std::optional<NewArrivalPage> read_new_arrival_page(const nlohmann::json& body);
std::optional<IssueQuote> read_issue_quote(const nlohmann::json& body);
std::optional<IssueResult> read_issue_result(const nlohmann::json& body);

// The server's reading: every field checked and normalised (the border number's digits, the names'
// letters, the mobile as E.164), the security code when `with_code`. Whether the occupation and
// nationality exist is the store's to say.
std::optional<IssueRequest> read_issue_request(const nlohmann::json& body, bool with_code,
                                               std::vector<FieldError>& errors);

}  // namespace muqeem::api
