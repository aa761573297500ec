// A transfer of services (DOMAIN.md: valid passport, no pending fines, approved by the new employer;
// the new employer pays SAR 2,000 the first time, 4,000 the second, 6,000 the third and after), read
// from the shipped rules.
#include "domain/service_transfer.h"

#include <gtest/gtest.h>

#include "api/transaction_rules_json.h"
#include "domain/rules_files.h"

namespace muqeem::domain {
namespace {

const CivilDate kToday{2026, 1, 1};

TransferRules shipped() {
  const auto rules = api::parse_transfer_rules(test::rules_file("service_transfer.json"));
  EXPECT_TRUE(rules);
  return rules.value_or(TransferRules{});
}

TransferFacts clean() {
  TransferFacts facts;
  facts.passport_expiry = {2029, 1, 1};
  return facts;
}

TEST(ServiceTransfer, TheFeeGrowsWithEachTransferAndStaysAtTheThirds) {
  const TransferRules rules = shipped();
  EXPECT_EQ(transfer_fee(rules, 0), Money::riyals(2000));
  EXPECT_EQ(transfer_fee(rules, 1), Money::riyals(4000));
  EXPECT_EQ(transfer_fee(rules, 2), Money::riyals(6000));
  EXPECT_EQ(transfer_fee(rules, 7), Money::riyals(6000));
  EXPECT_EQ(rules.sadad_service_code, "07");
}

TEST(ServiceTransfer, AResidentWithAValidPassportAndNoFinesCanBeTransferred) {
  TransferFacts facts = clean();
  facts.previous_transfers = 1;
  const auto result = assess_transfer(shipped(), facts, kToday);
  EXPECT_TRUE(result.eligible());
  EXPECT_EQ(result.transfer_ordinal, 2);
  EXPECT_EQ(result.fee, Money::riyals(4000));
}

TEST(ServiceTransfer, EveryProblemAtOnce) {
  TransferFacts facts = clean();
  facts.to_own_establishment = true;
  facts.already_pending = true;
  facts.passport_expiry = kToday.plus_days(-1);
  facts.unpaid_fines = Money::riyals(300);
  EXPECT_EQ(assess_transfer(shipped(), facts, kToday).problems,
            (std::vector<TransferProblem>{TransferProblem::OwnEstablishment, TransferProblem::AlreadyPending,
                                          TransferProblem::PassportExpired, TransferProblem::UnpaidFines}));
  facts = clean();
  facts.passport_expiry = kToday;  // still valid today
  EXPECT_TRUE(assess_transfer(shipped(), facts, kToday).eligible());
}

}  // namespace
}  // namespace muqeem::domain
