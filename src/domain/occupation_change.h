#pragma once
// Changing a resident's occupation (DOMAIN.md, "Change of occupation"): today the change is approved
// in Qiwa first, so the portal asks for that approval, for the very occupation requested, and charges
// the fee (assets/rules/occupation_change.json).
#include <optional>
#include <string>
#include <vector>

#include "domain/money.h"

namespace muqeem::domain {

struct OccupationChangeRules {
  Money fee = Money::halalas(0);
  std::string sadad_service_code;
};

struct OccupationChangeFacts {
  std::string current_occupation, requested_occupation;  // codes
  std::optional<std::string> qiwa_approved_occupation;   // what Qiwa approved, if anything
};

enum class OccupationChangeProblem {
  SameOccupation,     // the resident already has it
  NotApprovedInQiwa,  // no approval, or one for another occupation
};

struct OccupationChangeAssessment {
  std::vector<OccupationChangeProblem> problems;  // in the order of OccupationChangeProblem
  Money fee = Money::halalas(0);
  bool eligible() const { return problems.empty(); }
};

OccupationChangeAssessment assess_occupation_change(const OccupationChangeRules& rules,
                                                    const OccupationChangeFacts& facts);

}  // namespace muqeem::domain
