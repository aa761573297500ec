#pragma once
// Iqama renewal in words, Arabic and English: each eligibility problem as a coded item an officer can
// act on (with the figures that matter: the window, the passport's days, the amount owed), the fee
// lines' labels, and the field each problem belongs under in a form.
#include "api/dto.h"
#include "domain/iqama_renewal.h"

namespace muqeem::portal {

struct RenewalContext {
  const domain::FeeSchedule& fees;
  const domain::RenewalRules& rules;
  const domain::RenewalFacts& facts;
  int months = 0;
  domain::CivilDate new_expiry;
};

api::Coded describe(domain::RenewalProblem problem, const RenewalContext& context);
api::Bilingual fee_label(domain::RenewalFeeKind kind, int months);
const char* fee_code(domain::RenewalFeeKind kind);
// "durationMonths" for the duration's problems, "iqamaNumber" for the resident's.
const char* field_of(domain::RenewalProblem problem);

}  // namespace muqeem::portal
