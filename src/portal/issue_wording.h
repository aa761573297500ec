#pragma once
// Issuing an iqama in words, Arabic and English: each problem as a coded item an officer can act on,
// the fee lines' labels, and the field each problem belongs under in a form.
#include <string>

#include "api/dto.h"
#include "domain/iqama_issue.h"

namespace muqeem::portal {

struct IssueContext {
  const domain::IssueRules& rules;
  const domain::ArrivalFacts& facts;
  std::string issued_iqama_number;  // when already issued
};

api::Coded describe(domain::IssueProblem problem, const IssueContext& context);
api::Bilingual fee_label(domain::IssueFeeKind kind, int months, const domain::IssueRules& rules);
const char* fee_code(domain::IssueFeeKind kind);
// "durationMonths" for the duration, "borderNumber" for the arrival's own problems.
const char* field_of(domain::IssueProblem problem);

}  // namespace muqeem::portal
