#include "domain/service_transfer.h"

#include <algorithm>

namespace muqeem::domain {

Money transfer_fee(const TransferRules& rules, int previous_transfers) {
  if (rules.fees_by_transfer.empty()) return Money::halalas(0);
  const size_t last = rules.fees_by_transfer.size() - 1;
  return rules.fees_by_transfer[std::min(static_cast<size_t>(std::max(0, previous_transfers)), last)];
}

TransferAssessment assess_transfer(const TransferRules& rules, const TransferFacts& facts,
                                   const CivilDate& today) {
  TransferAssessment out;
  const auto problem = [&out](bool when, TransferProblem what) {
    if (when) out.problems.push_back(what);
  };
  problem(facts.to_own_establishment, TransferProblem::OwnEstablishment);
  problem(facts.already_pending, TransferProblem::AlreadyPending);
  problem(facts.passport_expiry < today, TransferProblem::PassportExpired);
  problem(facts.unpaid_fines > Money::halalas(0), TransferProblem::UnpaidFines);
  out.fee = transfer_fee(rules, facts.previous_transfers);
  out.transfer_ordinal = std::max(0, facts.previous_transfers) + 1;
  return out;
}

}  // namespace muqeem::domain
