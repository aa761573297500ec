#pragma once
// The demo's facts for the transactions beyond renewal: new arrivals awaiting their first iqama (most
// ready; some without a medical exam, fingerprints or insurance, some outside the Kingdom or with a
// passport about to expire, and some who entered more than 90 days ago and will pay the fine), Qiwa's
// approvals of a new occupation for a few residents, earlier transfers of services, and each
// passport's issue date and country. Deterministic; brings an older demo database up to date.
#include "portal/store/database.h"
#include "portal/store/demo_data.h"

namespace muqeem::portal::store {

void seed_transaction_facts(Database& db, const DemoData& demo);

}  // namespace muqeem::portal::store
