// A change of occupation (DOMAIN.md: approved in Qiwa first; SAR 2,000), read from the shipped rules.
#include "domain/occupation_change.h"

#include <gtest/gtest.h>

#include "api/transaction_rules_json.h"
#include "domain/rules_files.h"

namespace muqeem::domain {
namespace {

OccupationChangeRules shipped() {
  const auto rules = api::parse_occupation_change_rules(test::rules_file("occupation_change.json"));
  EXPECT_TRUE(rules);
  return rules.value_or(OccupationChangeRules{});
}

TEST(OccupationChange, ApprovedInQiwaForThatOccupationItCosts2000) {
  const auto result = assess_occupation_change(shipped(), {"LAB", "ELC", "ELC"});
  EXPECT_TRUE(result.eligible());
  EXPECT_EQ(result.fee, Money::riyals(2000));
  EXPECT_EQ(shipped().sadad_service_code, "12");
}

TEST(OccupationChange, WithoutQiwasApprovalOrForAnotherOccupationItIsRefused) {
  EXPECT_EQ(assess_occupation_change(shipped(), {"LAB", "ELC", std::nullopt}).problems,
            std::vector<OccupationChangeProblem>{OccupationChangeProblem::NotApprovedInQiwa});
  EXPECT_EQ(assess_occupation_change(shipped(), {"LAB", "ELC", "PLB"}).problems,
            std::vector<OccupationChangeProblem>{OccupationChangeProblem::NotApprovedInQiwa});
}

TEST(OccupationChange, TheSameOccupationIsNoChange) {
  EXPECT_EQ(assess_occupation_change(shipped(), {"ELC", "ELC", "ELC"}).problems,
            std::vector<OccupationChangeProblem>{OccupationChangeProblem::SameOccupation});
}

}  // namespace
}  // namespace muqeem::domain
