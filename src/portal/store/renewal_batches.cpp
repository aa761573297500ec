#include "portal/store/renewal_batches.h"

#include <array>
#include <utility>

namespace muqeem::portal::store {
namespace {

constexpr std::array<std::pair<BatchOutcome, const char*>, 8> kOutcomes = {{
    {BatchOutcome::Pending, "pending"},
    {BatchOutcome::Renewed, "renewed"},
    {BatchOutcome::NotEligible, "not-eligible"},
    {BatchOutcome::NotFound, "not-found"},
    {BatchOutcome::Duplicate, "duplicate"},
    {BatchOutcome::InAnotherBatch, "in-another-batch"},
    {BatchOutcome::Changed, "changed"},
    {BatchOutcome::Balance, "balance"},
}};

BatchOutcome outcome_of(const std::string& code) {
  for (const auto& [outcome, name] : kOutcomes)
    if (code == name) return outcome;
  throw StoreError{"unknown batch outcome: " + code};
}

}  // namespace

const char* outcome_code(BatchOutcome outcome) {
  for (const auto& [known, name] : kOutcomes)
    if (known == outcome) return name;
  return "pending";
}

int64_t create_batch(Database& db, int64_t establishment_id, int64_t user_id,
                     const std::vector<BatchItem>& items, int64_t now) {
  Statement batch = db.prepare(
      "INSERT INTO renewal_batch (establishment_id, user_id, created_at) VALUES (?1, ?2, ?3) RETURNING id");
  batch.bind(1, establishment_id).bind(2, user_id).bind(3, now);
  if (!batch.step()) throw StoreError{"a renewal batch was not created"};
  const int64_t id = batch.integer(0);
  batch.reset();
  Statement insert = db.prepare(
      "INSERT INTO renewal_batch_item (batch_id, position, iqama_number, resident_id, duration_months, "
      "previous_expiry, outcome, total_halalas, details) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)");
  for (const BatchItem& item : items) {
    insert.bind(1, id).bind(2, int64_t{item.position}).bind(3, item.iqama_number);
    if (item.resident_id)
      insert.bind(4, *item.resident_id);
    else
      insert.bind_null(4);
    insert.bind(5, int64_t{item.duration_months})
        .bind(6, item.previous_expiry)
        .bind(7, outcome_code(item.outcome))
        .bind(8, item.total_halalas)
        .bind(9, item.details)
        .run();
  }
  return id;
}

std::optional<RenewalBatch> find_batch(Database& db, int64_t establishment_id, int64_t id) {
  Statement head = db.prepare(
      "SELECT id, establishment_id, user_id, created_at FROM renewal_batch WHERE id = ?1 AND "
      "establishment_id = ?2");
  head.bind(1, id).bind(2, establishment_id);
  if (!head.step()) return std::nullopt;
  RenewalBatch batch{head.integer(0), head.integer(1), head.integer(2), head.integer(3), {}};
  head.reset();
  Statement rows = db.prepare(
      "SELECT position, iqama_number, resident_id, duration_months, previous_expiry, outcome, "
      "coalesce(request_number, ''), total_halalas, details FROM renewal_batch_item WHERE batch_id = ?1 "
      "ORDER BY position");
  rows.bind(1, id);
  while (rows.step()) {
    BatchItem item;
    item.position = static_cast<int>(rows.integer(0));
    item.iqama_number = rows.text(1);
    if (!rows.is_null(2)) item.resident_id = rows.integer(2);
    item.duration_months = static_cast<int>(rows.integer(3));
    item.previous_expiry = rows.text(4);
    item.outcome = outcome_of(rows.text(5));
    item.request_number = rows.text(6);
    item.total_halalas = rows.integer(7);
    item.details = rows.text(8);
    batch.items.push_back(std::move(item));
  }
  return batch;
}

std::vector<std::string> pending_iqamas(Database& db, int64_t establishment_id) {
  Statement rows = db.prepare(
      "SELECT DISTINCT i.iqama_number FROM renewal_batch_item i JOIN renewal_batch b ON b.id = i.batch_id "
      "WHERE b.establishment_id = ?1 AND i.outcome = 'pending'");
  rows.bind(1, establishment_id);
  std::vector<std::string> iqamas;
  while (rows.step()) iqamas.push_back(rows.text(0));
  return iqamas;
}

std::optional<BatchItem> next_pending(Database& db, int64_t batch_id) {
  Statement row = db.prepare(
      "SELECT position, iqama_number, resident_id, duration_months, previous_expiry FROM renewal_batch_item "
      "WHERE batch_id = ?1 AND outcome = 'pending' ORDER BY position LIMIT 1");
  row.bind(1, batch_id);
  if (!row.step()) return std::nullopt;
  BatchItem item;
  item.position = static_cast<int>(row.integer(0));
  item.iqama_number = row.text(1);
  if (!row.is_null(2)) item.resident_id = row.integer(2);
  item.duration_months = static_cast<int>(row.integer(3));
  item.previous_expiry = row.text(4);
  row.reset();  // a write follows: the read must not hold its snapshot
  return item;
}

bool batch_exists(Database& db, int64_t establishment_id, int64_t id) {
  Statement row = db.prepare("SELECT 1 FROM renewal_batch WHERE id = ?1 AND establishment_id = ?2");
  row.bind(1, id).bind(2, establishment_id);
  const bool found = row.step();
  row.reset();
  return found;
}

bool settle_item(Database& db, int64_t batch_id, int position, BatchOutcome outcome,
                 const std::string& request_number, int64_t total_halalas, const std::string& details) {
  const int64_t before = db.changes();
  Statement update = db.prepare(
      "UPDATE renewal_batch_item SET outcome = ?3, request_number = nullif(?4, ''), total_halalas = ?5, "
      "details = ?6 WHERE batch_id = ?1 AND position = ?2 AND outcome = 'pending'");
  update.bind(1, batch_id)
      .bind(2, int64_t{position})
      .bind(3, outcome_code(outcome))
      .bind(4, request_number)
      .bind(5, total_halalas)
      .bind(6, details)
      .run();
  return db.changes() != before;
}

void settle_rest(Database& db, int64_t batch_id, BatchOutcome outcome) {
  db.prepare("UPDATE renewal_batch_item SET outcome = ?2 WHERE batch_id = ?1 AND outcome = 'pending'")
      .bind(1, batch_id)
      .bind(2, outcome_code(outcome))
      .run();
}

}  // namespace muqeem::portal::store
