#pragma once
// Renewal batches' messages (issue 18): the request (iqama numbers, one duration for all or one per
// resident; the submit adds the security code), the batch's quote (each resident as a single quote
// gives it, the total of the eligible ones and whether the balance covers it), and the batch's state
// (each item's outcome, with the request number of each renewal). Money in halalas, dates ISO.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "api/dto.h"
#include "api/iqama_renewal_dto.h"

namespace muqeem::api {

struct BatchItemRequest {
  std::string iqama_number;
  int duration_months = 0;  // 0: the batch's
};

struct RenewalBatchRequest {
  int duration_months = 0;
  std::vector<BatchItemRequest> items;
  std::string security_code;  // the submit's; empty (and left out) for a quote
};

// One resident in a batch's quote. `status` is "eligible", or the reason it would not be renewed:
// "not-eligible" (its problems say why), "not-found", "duplicate" or "in-another-batch".
struct BatchQuoteItem {
  std::string iqama_number;
  int duration_months = 0;
  std::string status;
  std::optional<RenewalQuote> quote;  // when the establishment has the resident
  std::vector<Coded> problems;        // the quote's, or the one reason it has none
};

struct RenewalBatchQuote {
  std::vector<BatchQuoteItem> items;  // in the order they would be renewed: earliest expiry first
  int eligible_count = 0;
  int64_t total_halalas = 0;  // of the eligible ones
  int64_t balance_halalas = 0;
  bool balance_covers = false;
};

// One item of a batch as it stands. `outcome` is "pending", "renewed", or why it was not renewed:
// "not-eligible", "not-found", "duplicate", "in-another-batch", "changed" or "balance".
struct BatchItemState {
  int position = 0;
  std::string iqama_number;
  Bilingual name;  // empty when not found
  int duration_months = 0;
  std::string outcome;
  Bilingual outcome_text;
  std::string request_number;                // when renewed
  int64_t total_halalas = 0;                 // the fee paid, or quoted while pending
  std::string previous_expiry;               // "" when not found
  std::string new_expiry, new_expiry_hijri;  // when renewed
  std::vector<Coded> problems;               // when not eligible
};

struct RenewalBatchState {
  int64_t batch_id = 0;
  bool done = false;  // nothing pending
  int renewed = 0, pending = 0, not_renewed = 0;
  int64_t charged_halalas = 0;
  std::vector<BatchItemState> items;
};

void to_json(nlohmann::json& j, const RenewalBatchRequest& value);
void to_json(nlohmann::json& j, const BatchQuoteItem& value);
void to_json(nlohmann::json& j, const RenewalBatchQuote& value);
void to_json(nlohmann::json& j, const BatchItemState& value);
void to_json(nlohmann::json& j, const RenewalBatchState& value);

std::optional<RenewalBatchQuote> read_renewal_batch_quote(const nlohmann::json& body);
std::optional<RenewalBatchState> read_renewal_batch_state(const nlohmann::json& body);

// The server's reading: at least one item, each with an iqama number; a duration for the batch or for
// each item (1..120 months); the security code when `with_code`.
std::optional<RenewalBatchRequest> read_renewal_batch_request(const nlohmann::json& body, bool with_code,
                                                              std::vector<FieldError>& errors);

}  // namespace muqeem::api
