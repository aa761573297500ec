#pragma once
// The one computation behind every iqama renewal, single or in a batch: who the resident is (only
// within the caller's establishment), what the rules say today (eligibility, fee lines, every problem
// in words), and, once decided, the renewal recorded and paid for. A quote and its submit, and a batch's
// quote and each of its renewals, agree because they all come through here.
#include <cstdint>
#include <string>

#include "api/iqama_renewal_dto.h"
#include "domain/iqama_renewal.h"
#include "domain/result.h"
#include "portal/api_routes.h"
#include "portal/store/renewals.h"

namespace muqeem::portal {

struct Assessed {
  store::RenewalSubject subject;
  domain::RenewalAssessment assessment;
  api::RenewalQuote quote;
};

// The resident of `establishment_id` with this iqama (Western digits) assessed for `months`; a 404
// problem when the establishment has no such resident, whether or not another one does.
domain::Result<Assessed, Response> assess_renewal(PortalServices& services, int64_t establishment_id,
                                                  const std::string& iqama_number, int months);

// Inside the caller's transaction, once the assessment is eligible and the balance covers it: moves
// the expiry, records the renewal and pays its fee. Returns what the officer reads.
api::RenewalResult record_assessed_renewal(PortalServices& services, const auth::Session& session,
                                           const Assessed& assessed);

}  // namespace muqeem::portal
