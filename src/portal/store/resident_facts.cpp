#include "portal/store/resident_facts.h"

namespace muqeem::portal::store {

ResidentFacts facts_of(Database& db, int64_t resident_id) {
  Statement row = db.prepare(
      "SELECT r.qiwa_approved_occupation, r.previous_transfers, (SELECT coalesce(sum(v.amount_halalas), 0) "
      "FROM traffic_violation v WHERE v.resident_id = r.id AND v.paid = 0), EXISTS (SELECT 1 FROM "
      "service_transfer t WHERE t.resident_id = r.id AND t.status = 'pending') FROM resident r WHERE r.id = "
      "?1");
  row.bind(1, resident_id);
  ResidentFacts facts;
  if (!row.step()) return facts;
  if (!row.is_null(0)) facts.qiwa_approved_occupation = row.text(0);
  facts.previous_transfers = static_cast<int>(row.integer(1));
  facts.unpaid_violations_halalas = row.integer(2);
  facts.transfer_pending = row.integer(3) != 0;
  return facts;
}

}  // namespace muqeem::portal::store
