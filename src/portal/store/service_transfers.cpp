#include "portal/store/service_transfers.h"

#include <algorithm>

#include "portal/store/request_numbers.h"

namespace muqeem::portal::store {
namespace {

// The columns of a TransferRow; the caller adds the WHERE clause.
constexpr const char* kTransferSelect =
    "SELECT t.id, t.request_number, t.status, t.requested_at, t.decided_at, t.fee_halalas, r.id, "
    "r.iqama_number, r.name_ar, r.name_en, r.nationality_code, n.ar, n.en, r.occupation_code, o.ar, o.en, "
    "r.iqama_expiry, r.status, r.previous_transfers, f.id, f.unified_number, f.name_ar, f.name_en, e.id, "
    "e.unified_number, e.name_ar, e.name_en FROM service_transfer t JOIN resident r ON r.id = "
    "t.resident_id JOIN nationality n ON n.code = r.nationality_code JOIN occupation o ON o.code = "
    "r.occupation_code JOIN establishment f ON f.id = t.from_establishment_id JOIN establishment e ON e.id "
    "= t.to_establishment_id ";

TransferRow read_transfer(const Statement& row) {
  TransferRow t;
  t.id = row.integer(0);
  t.request_number = row.text(1);
  t.status = row.text(2);
  t.requested_at = row.integer(3);
  if (!row.is_null(4)) t.decided_at = row.integer(4);
  if (!row.is_null(5)) t.fee_halalas = row.integer(5);
  t.resident = {row.integer(6), row.text(7),  row.text(8),  row.text(9),  row.text(10), row.text(11),
                row.text(12),   row.text(13), row.text(14), row.text(15), row.text(16), row.text(17)};
  t.previous_transfers = static_cast<int>(row.integer(18));
  t.from_id = row.integer(19);
  t.from_number = row.text(20);
  t.from_ar = row.text(21);
  t.from_en = row.text(22);
  t.to_id = row.integer(23);
  t.to_number = row.text(24);
  t.to_ar = row.text(25);
  t.to_en = row.text(26);
  return t;
}

}  // namespace

std::optional<TransferRow> find_transfer(Database& db, int64_t establishment_id,
                                         const std::string& request_number) {
  Statement row = db.prepare(
      std::string(kTransferSelect) +
      "WHERE t.request_number = ?1 AND (t.from_establishment_id = ?2 OR t.to_establishment_id = ?2)");
  row.bind(1, request_number).bind(2, establishment_id);
  if (!row.step()) return std::nullopt;
  return read_transfer(row);
}

TransferPage list_transfers(Database& db, const TransferQuery& query) {
  // Fixed text only; the establishment and the status are bound.
  std::string where =
      query.incoming ? "WHERE t.to_establishment_id = ?1" : "WHERE t.from_establishment_id = ?1";
  if (!query.status.empty()) where += " AND t.status = ?2";
  const auto bind = [&query](Statement& statement) {
    statement.bind(1, query.establishment_id);
    if (!query.status.empty()) statement.bind(2, query.status);
  };
  TransferPage page;
  Statement count = db.prepare("SELECT count(*) FROM service_transfer t " + where);
  bind(count);
  if (count.step()) page.total_elements = count.integer(0);
  const int size = std::clamp(query.size, 1, 200);
  Statement rows = db.prepare(std::string(kTransferSelect) + where +
                              " ORDER BY t.requested_at DESC, t.id DESC LIMIT ?3 OFFSET ?4");
  bind(rows);
  rows.bind(3, int64_t{size}).bind(4, int64_t{std::max(0, query.page)} * size);
  while (rows.step()) page.rows.push_back(read_transfer(rows));
  return page;
}

std::string record_transfer_request(Database& db, const TransferAsk& ask, int64_t now) {
  const auto [id, request_number] = next_request(db, RequestLog::ServiceTransfer, ask.service_code);
  db.prepare(
        "INSERT INTO service_transfer (id, request_number, resident_id, from_establishment_id, "
        "to_establishment_id, requested_by, requested_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)")
      .bind(1, id)
      .bind(2, request_number)
      .bind(3, ask.resident_id)
      .bind(4, ask.from_id)
      .bind(5, ask.to_id)
      .bind(6, ask.user_id)
      .bind(7, now)
      .run();
  return request_number;
}

void accept_transfer(Database& db, const TransferRow& transfer, int64_t user_id, domain::Money fee,
                     int64_t now) {
  db.prepare(
        "UPDATE resident SET establishment_id = ?1, previous_transfers = previous_transfers + 1, "
        "qiwa_approved_occupation = NULL WHERE id = ?2 AND establishment_id = ?3")
      .bind(1, transfer.to_id)
      .bind(2, transfer.resident.id)
      .bind(3, transfer.from_id)
      .run();
  db.prepare(
        "UPDATE service_transfer SET status = 'accepted', decided_by = ?1, decided_at = ?2, fee_halalas = ?3 "
        "WHERE id = ?4 AND status = 'pending'")
      .bind(1, user_id)
      .bind(2, now)
      .bind(3, fee.in_halalas())
      .bind(4, transfer.id)
      .run();
}

void decline_transfer(Database& db, const TransferRow& transfer, int64_t user_id, int64_t now) {
  db.prepare(
        "UPDATE service_transfer SET status = 'declined', decided_by = ?1, decided_at = ?2 WHERE id = ?3 AND "
        "status = 'pending'")
      .bind(1, user_id)
      .bind(2, now)
      .bind(3, transfer.id)
      .run();
}

}  // namespace muqeem::portal::store
