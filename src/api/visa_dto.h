#pragma once
// The visa transactions' messages (DOMAIN.md, exit/re-entry and final exit): the requests (a quote and
// its submit share one; the submit adds the security code), the quote with the resident's verified
// details, the visa's dates, fee lines and every problem, and a visa as it stands after a transaction.
// Money in halalas, dates ISO with the Hijri date beside the ones officers read.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "api/dto.h"
#include "api/iqama_renewal_dto.h"

namespace muqeem::api {

// A new exit/re-entry visa: its length as days from today, or as the date to return before.
struct ExitReentryRequest {
  std::string iqama_number;
  std::string type;  // "single" or "multiple"
  std::optional<int> duration_days;
  std::string return_before;  // ISO; "" when duration_days is given
  std::string security_code;  // the submit's; empty (and left out) for a quote
};

// A longer exit/re-entry visa: days added to its current return date, or the new date to return before.
struct ExtensionRequest {
  std::optional<int> additional_days;
  std::string return_before;
  std::string security_code;
};

// A final exit names only the resident; a cancellation only its visa (in the path).
struct FinalExitRequest {
  std::string iqama_number;
  std::string security_code;
};
struct CancellationRequest {
  std::string security_code;
};

// A visa as the portal holds it.
struct VisaDetails {
  std::string visa_number, iqama_number;
  Bilingual name;
  Coded type;    // "exit-reentry-single", "exit-reentry-multiple" or "final-exit"
  Coded status;  // "issued", "used", "cancelled", or "expired" once an issued visa's day has passed
  std::string issued_on, issued_on_hijri;
  std::string expires_on, expires_on_hijri;  // exit/re-entry: return before; final exit: leave before
  int duration_days = 0;                     // from issued_on to expires_on
};

struct VisaQuote {
  std::string iqama_number;
  Bilingual name;
  Coded nationality;
  std::string passport_number, passport_expiry;
  std::string iqama_expiry, iqama_expiry_hijri;
  bool inside_kingdom = true;
  std::optional<std::string> visa_number;  // the visa being extended or cancelled; none for a new one
  Coded type;
  std::string issued_on;
  std::string expires_on, expires_on_hijri;  // after the transaction
  int duration_days = 0;
  std::vector<FeeLine> fees;  // none when nothing is charged
  int64_t total_halalas = 0;
  bool eligible = false;
  std::vector<Coded> problems;  // each with a stable code and its Arabic and English wording
};

struct VisaResult {
  VisaDetails visa;             // after the transaction
  int64_t charged_halalas = 0;  // taken from the establishment's balance by this transaction
};

void to_json(nlohmann::json& j, const ExitReentryRequest& value);
void to_json(nlohmann::json& j, const ExtensionRequest& value);
void to_json(nlohmann::json& j, const FinalExitRequest& value);
void to_json(nlohmann::json& j, const CancellationRequest& value);
void to_json(nlohmann::json& j, const VisaDetails& value);
void to_json(nlohmann::json& j, const VisaQuote& value);
void to_json(nlohmann::json& j, const VisaResult& value);

// The client's reading: nullopt when the answer is not what the contract promises.
bool read_visa_details(const nlohmann::json& body, VisaDetails& out);
std::optional<VisaQuote> read_visa_quote(const nlohmann::json& body);
std::optional<VisaResult> read_visa_result(const nlohmann::json& body);

// The server's reading, with every field's error in both languages; the security code when `with_code`.
std::optional<ExitReentryRequest> read_exit_reentry_request(const nlohmann::json& body, bool with_code,
                                                            std::vector<FieldError>& errors);
std::optional<ExtensionRequest> read_extension_request(const nlohmann::json& body, bool with_code,
                                                       std::vector<FieldError>& errors);
std::optional<FinalExitRequest> read_final_exit_request(const nlohmann::json& body, bool with_code,
                                                        std::vector<FieldError>& errors);
std::optional<CancellationRequest> read_cancellation_request(const nlohmann::json& body, bool with_code,
                                                             std::vector<FieldError>& errors);

}  // namespace muqeem::api
