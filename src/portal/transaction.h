#pragma once
// A state change, made the one way every service makes it (DESIGN.md, API principles), in one SQLite
// transaction:
//   1. the Idempotency-Key: a retry gets the first answer again, a key reused for another request is
//      refused;
//   2. the service's own refusals (business rules, balance), which spend nothing and store nothing;
//   3. the per-transaction security code (a wrong one costs an attempt, and only that is kept), for
//      the operations that ask for one;
//   4. the change, its remembered answer and its audit entry, committed together.
// Before all of it, whether the user may do the operation at all (a 403 problem otherwise): the
// operations table in transaction.cpp says who may do each (anyone in the establishment, its primary
// user only, or the holders of a permission the primary user grants) and whether it asks for a code.
#include <functional>
#include <optional>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "portal/api_routes.h"

namespace muqeem::portal {

// The operations a per-transaction security code may be asked for ("iqama-renewal", ...).
bool is_transaction_operation(std::string_view operation);

// A 403 problem when the session's user may not do `operation` (an unknown operation included);
// nullopt when they may. The one place permissions are enforced: run_transaction, the security-code
// request and the few reads only the primary user may make call it.
std::optional<Response> refuse_unpermitted(PortalServices& services, const auth::Session& session,
                                           std::string_view operation);

struct TransactionRequest {
  const auth::Session& session;
  std::string_view operation;      // one of the above; also the audit log's name for it
  std::string subject;             // the audit log's subject, e.g. the iqama number
  nlohmann::json fingerprint;      // what makes two requests the same transaction; never the code
  std::string_view security_code;  // as the request sent it; ignored by operations that ask none
};

struct AppliedChange {
  Response response;    // what the caller gets, and what a retry with the same key gets again
  std::string outcome;  // the audit log's, e.g. "renewed 0312345678"
};

// `refusal` runs inside the transaction before the code is checked; a response from it is answered
// and nothing is stored. `apply` makes the change (throwing store::StoreError rolls it back).
Response run_transaction(PortalServices& services, const Request& request,
                         const TransactionRequest& transaction,
                         const std::function<std::optional<Response>()>& refusal,
                         const std::function<AppliedChange()>& apply);

}  // namespace muqeem::portal
