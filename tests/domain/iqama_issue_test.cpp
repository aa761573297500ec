// Issuing a new arrival's first iqama by DOMAIN.md's rules and figures (inside the Kingdom, medical
// exam, insurance, fingerprints, a valid passport; SAR 650 a year pro rata; SAR 500 if not issued
// within 90 days of entry), read from the data files the server uses.
#include "domain/iqama_issue.h"

#include <gtest/gtest.h>

#include "api/rules_json.h"
#include "api/transaction_rules_json.h"
#include "domain/rules_files.h"

namespace muqeem::domain {
namespace {

const CivilDate kToday{2026, 1, 1};

class Issue : public testing::Test {
 protected:
  void SetUp() override {
    const auto fees = api::parse_fee_schedule(test::rules_file("fees.json"));
    const auto rules = api::parse_issue_rules(test::rules_file("iqama_issue.json"));
    ASSERT_TRUE(fees && rules);
    fees_ = *fees;
    rules_ = *rules;
  }
  // An arrival with everything done: entered a month ago, passport and insurance valid.
  static ArrivalFacts ready() {
    ArrivalFacts facts;
    facts.entry_date = {2025, 12, 2};
    facts.passport_expiry = {2030, 5, 1};
    facts.insurance_expiry = CivilDate{2026, 12, 31};
    facts.medical_exam_done = true;
    facts.fingerprint_taken = true;
    return facts;
  }
  IssueAssessment assess(const ArrivalFacts& facts, int months = 12) {
    return assess_issue(fees_, rules_, facts, months, kToday);
  }
  FeeSchedule fees_;
  IssueRules rules_;
};

TEST_F(Issue, AReadyArrivalPays650AYearAndTheIqamaRunsFromToday) {
  const auto result = assess(ready(), 12);
  EXPECT_TRUE(result.eligible());
  ASSERT_EQ(result.fees.size(), 1u);
  EXPECT_EQ(result.fees[0].kind, IssueFeeKind::IqamaFee);
  EXPECT_EQ(result.total, Money::riyals(650));
  EXPECT_EQ(result.expiry, (CivilDate{2027, 1, 1}));
  EXPECT_EQ(result.days_since_entry, 30);
  EXPECT_EQ(assess(ready(), 3).total, Money::riyals(163));    // DOMAIN.md: 163 for 3 months
  EXPECT_EQ(assess(ready(), 24).total, Money::riyals(1300));  // two years, pro rata
}

TEST_F(Issue, TheFineIsDueFromTheNinetyFirstDayAfterEntry) {
  ArrivalFacts facts = ready();
  facts.entry_date = kToday.plus_days(-90);  // the 90th day: still in time
  EXPECT_EQ(assess(facts).total, Money::riyals(650));
  facts.entry_date = kToday.plus_days(-91);
  const auto late = assess(facts);
  EXPECT_TRUE(late.eligible());  // a fine is paid, not a refusal
  ASSERT_EQ(late.fees.size(), 2u);
  EXPECT_EQ(late.fees[1].kind, IssueFeeKind::LateIssueFine);
  EXPECT_EQ(late.fees[1].amount, Money::riyals(500));
  EXPECT_EQ(late.total, Money::riyals(1150));
}

TEST_F(Issue, EachMissingStepIsAProblemAllAtOnce) {
  ArrivalFacts facts = ready();
  facts.inside_kingdom = false;
  facts.medical_exam_done = false;
  facts.insurance_expiry.reset();
  facts.fingerprint_taken = false;
  facts.passport_expiry = kToday.plus_days(-1);
  facts.already_issued = true;
  EXPECT_EQ(assess(facts, 7).problems,
            (std::vector<IssueProblem>{IssueProblem::AlreadyIssued, IssueProblem::OutsideKingdom,
                                       IssueProblem::NoMedicalExam, IssueProblem::NoMedicalInsurance,
                                       IssueProblem::NoFingerprint, IssueProblem::PassportExpired,
                                       IssueProblem::DurationNotAllowed}));
}

TEST_F(Issue, InsuranceAndPassportMustStillBeValid) {
  ArrivalFacts facts = ready();
  facts.insurance_expiry = kToday.plus_days(-1);
  EXPECT_EQ(assess(facts).problems, std::vector<IssueProblem>{IssueProblem::NoMedicalInsurance});
  facts = ready();
  facts.passport_expiry = kToday.plus_days(89);  // valid, but for less than the 90 days asked
  EXPECT_EQ(assess(facts).problems, std::vector<IssueProblem>{IssueProblem::PassportExpiring});
  facts.passport_expiry = kToday.plus_days(90);
  EXPECT_TRUE(assess(facts).eligible());
}

}  // namespace
}  // namespace muqeem::domain
