// Renewing an iqama by DOMAIN.md's rules and figures (window of 6 months, valid passport, medical
// insurance, inside the Kingdom, no unpaid violations, not reported absent, no 3-month renewal for
// domestic workers; SAR 650 a year, SAR 500 then 1,000 late after 3 days' grace), read from the data
// files the server uses.
#include "domain/iqama_renewal.h"

#include <gtest/gtest.h>

#include "api/rules_json.h"
#include "domain/rules_files.h"

namespace muqeem::domain {
namespace {

const CivilDate kToday{2026, 1, 1};

class Renewal : public testing::Test {
 protected:
  void SetUp() override {
    const auto fees = api::parse_fee_schedule(test::rules_file("fees.json"));
    const auto rules = api::parse_renewal_rules(test::rules_file("renewal.json"));
    ASSERT_TRUE(fees && rules);
    fees_ = *fees;
    rules_ = *rules;
  }
  // A resident with nothing in the way: iqama ending in two months, passport and insurance valid.
  static RenewalFacts clean() {
    RenewalFacts facts;
    facts.iqama_expiry = {2026, 3, 1};
    facts.passport_expiry = {2030, 5, 1};
    facts.insurance_expiry = CivilDate{2026, 12, 31};
    return facts;
  }
  RenewalAssessment assess(const RenewalFacts& facts, int months = 12) {
    return assess_renewal(fees_, rules_, facts, months, kToday);
  }
  FeeSchedule fees_;
  RenewalRules rules_;
};

TEST_F(Renewal, AnEligibleResidentPays650AYearAndTheExpiryMovesOnFromTheOldOne) {
  const auto result = assess(clean(), 12);
  EXPECT_TRUE(result.eligible());
  ASSERT_EQ(result.fees.size(), 1u);
  EXPECT_EQ(result.fees[0].kind, RenewalFeeKind::IqamaFee);
  EXPECT_EQ(result.total, Money::riyals(650));
  EXPECT_EQ(result.new_expiry, (CivilDate{2027, 3, 1}));
  EXPECT_EQ(assess(clean(), 3).total, Money::riyals(163));
  EXPECT_EQ(assess(clean(), 24).new_expiry, (CivilDate{2028, 3, 1}));
}

TEST_F(Renewal, OpensOnlyWhenLessThanSixMonthsRemain) {
  RenewalFacts facts = clean();
  facts.iqama_expiry = {2026, 7, 1};  // six months exactly
  EXPECT_EQ(assess(facts).problems, std::vector{RenewalProblem::NotYetDue});
  facts.iqama_expiry = {2026, 6, 30};
  EXPECT_TRUE(assess(facts).eligible());
}

TEST_F(Renewal, LateAfterThreeDaysGraceCosts500ThenAThousand) {
  RenewalFacts facts = clean();
  facts.iqama_expiry = {2025, 12, 29};  // three days ago: still within the grace
  EXPECT_EQ(assess(facts).total, Money::riyals(650));
  facts.iqama_expiry = {2025, 12, 28};
  const auto first = assess(facts);
  EXPECT_TRUE(first.eligible());
  ASSERT_EQ(first.fees.size(), 2u);
  EXPECT_EQ(first.fees[1].kind, RenewalFeeKind::LateRenewalFine);
  EXPECT_EQ(first.fees[1].amount, Money::riyals(500));
  EXPECT_EQ(first.total, Money::riyals(1150));
  facts.previous_late_renewals = 1;
  EXPECT_EQ(assess(facts).total, Money::riyals(1650));
}

TEST_F(Renewal, APassportMustBeValidForNinetyDaysMore) {
  RenewalFacts facts = clean();
  facts.passport_expiry = {2025, 12, 31};
  EXPECT_EQ(assess(facts).problems, std::vector{RenewalProblem::PassportExpired});
  facts.passport_expiry = kToday.plus_days(89);
  EXPECT_EQ(assess(facts).problems, std::vector{RenewalProblem::PassportExpiring});
  facts.passport_expiry = kToday.plus_days(90);
  EXPECT_TRUE(assess(facts).eligible());
}

TEST_F(Renewal, MedicalInsuranceMustBeOnRecordAndValid) {
  RenewalFacts facts = clean();
  facts.insurance_expiry.reset();
  EXPECT_EQ(assess(facts).problems, std::vector{RenewalProblem::NoMedicalInsurance});
  facts.insurance_expiry = CivilDate{2025, 12, 31};
  EXPECT_EQ(assess(facts).problems, std::vector{RenewalProblem::NoMedicalInsurance});
  facts.insurance_expiry = kToday;
  EXPECT_TRUE(assess(facts).eligible());
}

TEST_F(Renewal, DomesticWorkersCannotRenewForThreeMonths) {
  RenewalFacts facts = clean();
  facts.domestic_worker = true;
  EXPECT_EQ(assess(facts, 3).problems, std::vector{RenewalProblem::DurationNotAllowed});
  EXPECT_TRUE(assess(facts, 6).eligible());
  EXPECT_TRUE(assess(clean(), 3).eligible());
  EXPECT_EQ(assess(clean(), 5).problems, std::vector{RenewalProblem::DurationNotAllowed});
}

TEST_F(Renewal, ADurationThatEndsInThePastIsTooShort) {
  RenewalFacts facts = clean();
  facts.iqama_expiry = {2025, 9, 1};  // four months lapsed; three more would end on 2025-12-01
  EXPECT_EQ(assess(facts, 3).problems, std::vector{RenewalProblem::DurationTooShort});
  EXPECT_TRUE(assess(facts, 6).eligible());
}

TEST_F(Renewal, EveryProblemIsReportedAtOnce) {
  RenewalFacts facts;
  facts.iqama_expiry = {2027, 1, 1};
  facts.passport_expiry = {2025, 1, 1};
  facts.inside_kingdom = false;
  facts.reported_absent = true;
  facts.domestic_worker = true;
  facts.unpaid_violations = Money::riyals(300);
  EXPECT_EQ(assess(facts, 3).problems,
            (std::vector{RenewalProblem::NotYetDue, RenewalProblem::PassportExpired,
                         RenewalProblem::NoMedicalInsurance, RenewalProblem::OutsideKingdom,
                         RenewalProblem::UnpaidViolations, RenewalProblem::ReportedAbsent,
                         RenewalProblem::DurationNotAllowed}));
}

TEST(RenewalRulesJson, MissingOrMistypedFiguresAreRefused) {
  EXPECT_FALSE(api::parse_renewal_rules("{"));
  EXPECT_FALSE(api::parse_renewal_rules("{}"));
  EXPECT_FALSE(api::parse_renewal_rules(
      R"({"window_months": "6", "passport_min_valid_days": 90, "domestic_worker_excluded_months": [3],
          "sadad_service_code": "03"})"));
  EXPECT_FALSE(api::parse_renewal_rules(
      R"({"window_months": 6, "passport_min_valid_days": 90, "domestic_worker_excluded_months": [-3],
          "sadad_service_code": "03"})"));
}

}  // namespace
}  // namespace muqeem::domain
