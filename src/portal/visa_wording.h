#pragma once
// Visas in words, Arabic and English: each problem as a coded item an officer can act on (with the
// figures and dates that matter), and the fee lines' labels.
#include "api/dto.h"
#include "api/iqama_renewal_dto.h"
#include "domain/visas.h"

namespace muqeem::portal {

struct VisaContext {
  const domain::VisaHolderFacts& facts;
  const domain::VisaAssessment& assessment;
  int passport_min_valid_days = 0;    // the rule of the visa in question
  domain::CivilDate previous_expiry;  // extension: the visa's current return-by date
};

api::Coded describe(domain::VisaProblem problem, const VisaContext& context);

// Whether the problem is about the visa's length or date (a form shows it under that field) rather
// than about the resident or the visa itself.
bool is_period_problem(domain::VisaProblem problem);

// "Exit/re-entry visa fee, single, for 3 months".
api::FeeLine issue_fee_line(domain::ExitReentryKind kind, const domain::VisaAssessment& assessment);
// "Extension fee for 2 extra months, doubled while the resident is abroad".
api::FeeLine extension_fee_line(const domain::VisaAssessment& assessment, bool abroad);
api::FeeLine cancellation_fee_line(domain::Money amount);

}  // namespace muqeem::portal
