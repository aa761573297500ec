#pragma once
// Renewing many iqamas in one decision (issue 18), on the single renewal's own assessment:
//   POST /api/v1/iqama-renewals/batches/quote          each resident as a single quote gives it, the
//                                                      eligible ones' total and whether the balance covers
//                                                      it;
//   POST /api/v1/iqama-renewals/batches                the batch, with one security code (operation
//                                                      iqama-renewal-batch) and one Idempotency-Key;
//   POST /api/v1/iqama-renewals/batches/{id}/continue  renews the next pending items (a moment's worth);
//   GET  /api/v1/iqama-renewals/batches/{id}           the batch as it stands.
// The batch is renewed a few items per call, earliest expiry first, so the app shows each renewal as
// it finishes and a page reloaded (or a connection dropped) mid-batch carries on where it stopped. Each
// item is renewed in its own SQLite transaction, with its own request number, payment and audit entry,
// after being assessed again; when the balance no longer covers the next one, it and the rest are
// reported "not renewed: balance", and nothing is half-done.
#include <optional>

#include "portal/api_routes.h"

namespace muqeem::portal {

inline constexpr const char* kRenewalBatchOperation = "iqama-renewal-batch";
// How much one /continue renews: items until a quarter of a second has gone (at least one, at most
// 100), so progress shows on any server, and the batch read back after each call costs little per
// renewal.
inline constexpr int kBatchStepMs = 250;
inline constexpr int kBatchStepItems = 100;

std::optional<Response> route_renewal_batches(PortalServices& services, const Request& request);

}  // namespace muqeem::portal
