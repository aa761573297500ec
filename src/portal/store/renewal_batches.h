#pragma once
// Renewal batches in the store: one officer's decision to renew many iqamas at once, kept with an
// item per resident in the order they are renewed, so a batch can be carried on after any
// interruption (a dropped connection, a reloaded page) and read back with each item's outcome.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "portal/store/database.h"

namespace muqeem::portal::store {

// What became of one item. Pending until its turn; then renewed or one of the reasons it was not.
enum class BatchOutcome {
  Pending,
  Renewed,
  NotEligible,     // the rules refuse it (its problems say why)
  NotFound,        // no resident of the establishment holds this iqama (or it is not a valid number)
  Duplicate,       // the same iqama earlier in the same batch
  InAnotherBatch,  // pending in another of the establishment's batches
  Changed,         // renewed or changed otherwise since the batch was made
  Balance,         // the balance ran out before its turn
};
const char* outcome_code(BatchOutcome outcome);

struct BatchItem {
  int position = 0;  // 1-based: the order items are renewed in
  std::string iqama_number;
  std::optional<int64_t> resident_id;
  int duration_months = 0;
  std::string previous_expiry;  // as when the batch was made (ISO); "" when not found
  BatchOutcome outcome = BatchOutcome::Pending;
  std::string request_number;  // when renewed
  int64_t total_halalas = 0;   // the fee quoted, then the fee paid
  std::string details;         // JSON: the quote's problems (not eligible) or the result (renewed)
};

struct RenewalBatch {
  int64_t id = 0, establishment_id = 0, user_id = 0;
  int64_t created_at = 0;
  std::vector<BatchItem> items;
};

// Inside the caller's transaction: the batch and its items as given. Returns its id.
int64_t create_batch(Database& db, int64_t establishment_id, int64_t user_id,
                     const std::vector<BatchItem>& items, int64_t now);

// Only within the caller's establishment; another's batch is as if it did not exist.
std::optional<RenewalBatch> find_batch(Database& db, int64_t establishment_id, int64_t id);

bool batch_exists(Database& db, int64_t establishment_id, int64_t id);

// Residents pending in any of the establishment's batches, by iqama number.
std::vector<std::string> pending_iqamas(Database& db, int64_t establishment_id);

// The first pending item, nullopt when none is left.
std::optional<BatchItem> next_pending(Database& db, int64_t batch_id);

// Inside the caller's transaction: the item's outcome, its request number, the amount and details.
// Only a pending item changes; false (nothing changed) when it was no longer pending.
bool settle_item(Database& db, int64_t batch_id, int position, BatchOutcome outcome,
                 const std::string& request_number, int64_t total_halalas, const std::string& details);

// Inside the caller's transaction: every item still pending becomes `outcome`.
void settle_rest(Database& db, int64_t batch_id, BatchOutcome outcome);

}  // namespace muqeem::portal::store
