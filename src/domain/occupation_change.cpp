#include "domain/occupation_change.h"

namespace muqeem::domain {

OccupationChangeAssessment assess_occupation_change(const OccupationChangeRules& rules,
                                                    const OccupationChangeFacts& facts) {
  OccupationChangeAssessment out;
  if (facts.requested_occupation == facts.current_occupation)
    out.problems.push_back(OccupationChangeProblem::SameOccupation);
  if (facts.qiwa_approved_occupation != facts.requested_occupation)
    out.problems.push_back(OccupationChangeProblem::NotApprovedInQiwa);
  out.fee = rules.fee;
  return out;
}

}  // namespace muqeem::domain
