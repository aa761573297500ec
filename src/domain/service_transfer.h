#pragma once
// Transferring a resident's services to another establishment (نقل الخدمات, DOMAIN.md): the current
// establishment asks, the new one accepts (or declines) and, on accepting, pays a fee that grows with
// the resident's transfers so far (assets/rules/service_transfer.json). The rules are checked when
// the transfer is asked for and again when it is accepted.
#include <string>
#include <vector>

#include "domain/civil_date.h"
#include "domain/money.h"

namespace muqeem::domain {

struct TransferRules {
  // The fee of the first transfer, the second, ...; the last one also for every transfer after it.
  std::vector<Money> fees_by_transfer;
  std::string sadad_service_code;
};

struct TransferFacts {
  CivilDate passport_expiry{1970, 1, 1};
  Money unpaid_fines = Money::halalas(0);
  int previous_transfers = 0;
  bool to_own_establishment = false;
  bool already_pending = false;  // another transfer of this resident awaits an answer
};

enum class TransferProblem {
  OwnEstablishment,
  AlreadyPending,
  PassportExpired,
  UnpaidFines,
};

struct TransferAssessment {
  std::vector<TransferProblem> problems;  // in the order of TransferProblem
  Money fee = Money::halalas(0);          // what the new establishment pays on accepting
  int transfer_ordinal = 1;               // this would be the resident's first, second, ... transfer
  bool eligible() const { return problems.empty(); }
};

// The fee for a resident who has been transferred `previous_transfers` times before.
Money transfer_fee(const TransferRules& rules, int previous_transfers);

TransferAssessment assess_transfer(const TransferRules& rules, const TransferFacts& facts,
                                   const CivilDate& today);

}  // namespace muqeem::domain
