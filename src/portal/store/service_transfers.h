#pragma once
// Transfers of services in the store. A transfer is seen only by the two establishments it concerns
// (the one that asked, the one asked), and by each only as the request: the resident's name, number,
// nationality and occupation, never the rest of their file.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "domain/money.h"
#include "portal/store/residents.h"

namespace muqeem::portal::store {

struct TransferRow {
  int64_t id = 0;
  std::string request_number, status;  // "pending", "accepted", "declined"
  int64_t requested_at = 0;
  std::optional<int64_t> decided_at, fee_halalas;  // the fee once accepted
  ResidentRow resident;
  int previous_transfers = 0;  // the resident's, for the fee while pending
  int64_t from_id = 0, to_id = 0;
  std::string from_number, from_ar, from_en, to_number, to_ar, to_en;
};

// Only when `establishment_id` asked or was asked; any other transfer is as if it did not exist.
std::optional<TransferRow> find_transfer(Database& db, int64_t establishment_id,
                                         const std::string& request_number);

struct TransferQuery {
  int64_t establishment_id = 0;  // the caller's
  bool incoming = true;          // asked of the establishment, or asked by it
  std::string status;            // "" for every status
  int page = 0, size = 20;
};

struct TransferPage {
  std::vector<TransferRow> rows;
  int64_t total_elements = 0;
};

// Newest first.
TransferPage list_transfers(Database& db, const TransferQuery& query);

struct TransferAsk {
  int64_t resident_id = 0, from_id = 0, to_id = 0, user_id = 0;
  std::string service_code;
};

// Inside the caller's transaction: the pending request. Returns its request number.
std::string record_transfer_request(Database& db, const TransferAsk& ask, int64_t now);

// Inside the caller's transaction: the resident moves to the new establishment (one more transfer on
// their record; Qiwa's approvals stay with the old employer) and the request is closed as accepted,
// with the fee paid.
void accept_transfer(Database& db, const TransferRow& transfer, int64_t user_id, domain::Money fee,
                     int64_t now);
void decline_transfer(Database& db, const TransferRow& transfer, int64_t user_id, int64_t now);

}  // namespace muqeem::portal::store
