#include "domain/iqama_renewal.h"

#include <algorithm>

namespace muqeem::domain {

RenewalAssessment assess_renewal(const FeeSchedule& fees, const RenewalRules& rules,
                                 const RenewalFacts& facts, int months, const CivilDate& today) {
  RenewalAssessment out;
  const auto problem = [&out](bool when, RenewalProblem what) {
    if (when) out.problems.push_back(what);
  };
  const bool excluded_for_domestic =
      facts.domestic_worker &&
      std::find(rules.domestic_worker_excluded_months.begin(), rules.domestic_worker_excluded_months.end(),
                months) != rules.domestic_worker_excluded_months.end();
  const bool duration_allowed = is_allowed_renewal_duration(fees, months) && !excluded_for_domestic;
  out.new_expiry = facts.iqama_expiry.plus_months(std::max(0, months));

  problem(facts.iqama_expiry >= today.plus_months(rules.window_months), RenewalProblem::NotYetDue);
  problem(facts.passport_expiry < today, RenewalProblem::PassportExpired);
  problem(facts.passport_expiry >= today &&
              facts.passport_expiry < today.plus_days(rules.passport_min_valid_days),
          RenewalProblem::PassportExpiring);
  problem(!facts.insurance_expiry || *facts.insurance_expiry < today, RenewalProblem::NoMedicalInsurance);
  problem(!facts.inside_kingdom, RenewalProblem::OutsideKingdom);
  problem(facts.unpaid_violations > Money::halalas(0), RenewalProblem::UnpaidViolations);
  problem(facts.reported_absent, RenewalProblem::ReportedAbsent);
  problem(!duration_allowed, RenewalProblem::DurationNotAllowed);
  problem(duration_allowed && out.new_expiry < today, RenewalProblem::DurationTooShort);

  out.fees.push_back({RenewalFeeKind::IqamaFee, iqama_fee(fees, std::max(0, months))});
  // Late means past the expiry and the grace days after it.
  if (today > facts.iqama_expiry.plus_days(fees.late_renewal_grace_days)) {
    out.fees.push_back({RenewalFeeKind::LateRenewalFine, facts.previous_late_renewals == 0
                                                             ? fees.late_renewal_first
                                                             : fees.late_renewal_repeat});
  }
  for (const auto& fee : out.fees) out.total = out.total + fee.amount;
  return out;
}

}  // namespace muqeem::domain
