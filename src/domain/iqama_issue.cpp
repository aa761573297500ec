#include "domain/iqama_issue.h"

#include <algorithm>

namespace muqeem::domain {

IssueAssessment assess_issue(const FeeSchedule& fees, const IssueRules& rules, const ArrivalFacts& facts,
                             int months, const CivilDate& today) {
  IssueAssessment out;
  const auto problem = [&out](bool when, IssueProblem what) {
    if (when) out.problems.push_back(what);
  };
  const bool duration_allowed = std::find(rules.duration_months.begin(), rules.duration_months.end(),
                                          months) != rules.duration_months.end();
  out.expiry = today.plus_months(std::max(0, months));
  out.days_since_entry = today.days_since_1970() - facts.entry_date.days_since_1970();

  problem(facts.already_issued, IssueProblem::AlreadyIssued);
  problem(!facts.inside_kingdom, IssueProblem::OutsideKingdom);
  problem(!facts.medical_exam_done, IssueProblem::NoMedicalExam);
  problem(!facts.insurance_expiry || *facts.insurance_expiry < today, IssueProblem::NoMedicalInsurance);
  problem(!facts.fingerprint_taken, IssueProblem::NoFingerprint);
  problem(facts.passport_expiry < today, IssueProblem::PassportExpired);
  problem(facts.passport_expiry >= today &&
              facts.passport_expiry < today.plus_days(rules.passport_min_valid_days),
          IssueProblem::PassportExpiring);
  problem(!duration_allowed, IssueProblem::DurationNotAllowed);

  out.fees.push_back({IssueFeeKind::IqamaFee, iqama_fee(fees, std::max(0, months))});
  if (out.days_since_entry > rules.issue_within_days)
    out.fees.push_back({IssueFeeKind::LateIssueFine, rules.late_issue_fine});
  for (const auto& fee : out.fees) out.total = out.total + fee.amount;
  return out;
}

}  // namespace muqeem::domain
