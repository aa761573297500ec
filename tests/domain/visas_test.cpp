// Exit/re-entry and final-exit visas by DOMAIN.md's rules and figures, read from the data files the
// server uses: passport valid 90 days (exit/re-entry) or 60 (final exit); within the iqama's validity;
// inside the Kingdom to leave; unpaid fines block; single SAR 200 up to 2 months then SAR 100 a month,
// multiple SAR 500 up to 3 months then SAR 200 a month, the extra months doubled from abroad; cancel an
// unused visa within 90 days of issue or before its return date; a final exit free, used within 60
// days, cancelled within 60, refused while another visa is open or a vehicle is registered.
#include "domain/visas.h"

#include <gtest/gtest.h>

#include "api/rules_json.h"
#include "domain/rules_files.h"

namespace muqeem::domain {
namespace {

const CivilDate kToday{2026, 1, 1};

using P = VisaProblem;

class Visas : public testing::Test {
 protected:
  void SetUp() override {
    const auto fees = api::parse_fee_schedule(test::rules_file("fees.json"));
    const auto rules = api::parse_visa_rules(test::rules_file("visas.json"));
    ASSERT_TRUE(fees && rules);
    fees_ = *fees;
    rules_ = *rules;
  }
  // A resident with nothing in the way: iqama valid a year, passport for years, inside, nothing owed.
  static VisaHolderFacts clean() {
    VisaHolderFacts facts;
    facts.iqama_expiry = {2027, 1, 1};
    facts.passport_expiry = {2030, 5, 1};
    return facts;
  }
  VisaAssessment issue(ExitReentryKind kind, long days, const VisaHolderFacts& facts = clean()) {
    return assess_exit_reentry(fees_, rules_, facts, kind, kToday.plus_days(days), kToday);
  }
  FeeSchedule fees_;
  VisaRules rules_;
};

TEST_F(Visas, ASingleVisaIs200ForUpToTwoMonthsThen100ForEachMonthOrPartOfOne) {
  EXPECT_EQ(issue(ExitReentryKind::Single, 10).fee, Money::riyals(200));
  EXPECT_EQ(issue(ExitReentryKind::Single, 60).fee, Money::riyals(200));  // two months of 30 days
  EXPECT_EQ(issue(ExitReentryKind::Single, 61).fee, Money::riyals(300));  // a part month counts whole
  EXPECT_EQ(issue(ExitReentryKind::Single, 120).fee, Money::riyals(400));
  EXPECT_EQ(issue(ExitReentryKind::Single, 120).fee_months, 4);
}

TEST_F(Visas, AMultipleVisaIs500ForUpToThreeMonthsThen200AMonth) {
  EXPECT_EQ(issue(ExitReentryKind::Multiple, 90).fee, Money::riyals(500));
  EXPECT_EQ(issue(ExitReentryKind::Multiple, 91).fee, Money::riyals(700));
  EXPECT_EQ(issue(ExitReentryKind::Multiple, 150).fee, Money::riyals(900));
}

TEST_F(Visas, AnEligibleVisaRunsFromTodayToItsReturnDate) {
  const auto visa = issue(ExitReentryKind::Single, 45);
  EXPECT_TRUE(visa.eligible());
  EXPECT_EQ(visa.issued_on, kToday);
  EXPECT_EQ(visa.expires_on, (CivilDate{2026, 2, 15}));
  EXPECT_EQ(visa.days, 45);
}

TEST_F(Visas, ThePassportMustLastNinetyDaysFromToday) {
  VisaHolderFacts facts = clean();
  facts.passport_expiry = {2026, 4, 1};  // 31 + 28 + 31 = 90 days from 1 January
  EXPECT_TRUE(issue(ExitReentryKind::Single, 30, facts).eligible());
  facts.passport_expiry = {2026, 3, 31};
  EXPECT_EQ(issue(ExitReentryKind::Single, 30, facts).problems, std::vector<P>{P::PassportTooShort});
}

TEST_F(Visas, TheVisaMustEndWithinTheIqamasValidity) {
  VisaHolderFacts facts = clean();
  facts.iqama_expiry = {2026, 3, 1};  // 59 days from today
  EXPECT_TRUE(issue(ExitReentryKind::Single, 59, facts).eligible());
  EXPECT_EQ(issue(ExitReentryKind::Single, 60, facts).problems, std::vector<P>{P::BeyondIqamaValidity});
  facts.iqama_expiry = {2025, 12, 31};
  EXPECT_EQ(issue(ExitReentryKind::Single, 30, facts).problems, std::vector<P>{P::IqamaExpired});
}

TEST_F(Visas, EveryProblemIsReportedAtOnce) {
  VisaHolderFacts facts = clean();
  facts.inside_kingdom = false;
  facts.unpaid_violations = Money::riyals(300);
  facts.other_open_visa = true;
  EXPECT_EQ(
      issue(ExitReentryKind::Multiple, 0, facts).problems,
      (std::vector<P>{P::OutsideKingdom, P::UnpaidViolations, P::OtherOpenVisa, P::ReturnNotAfterToday}));
}

class Extension : public Visas {
 protected:
  // A single visa issued 1 December for 60 days: back by 30 January (SAR 200 paid).
  static ExistingVisa open_single() {
    return {VisaKind::ExitReentrySingle, VisaState::Issued, {2025, 12, 1}, {2026, 1, 30}};
  }
  VisaAssessment extend(const ExistingVisa& visa, const CivilDate& to,
                        const VisaHolderFacts& facts = clean()) {
    return assess_extension(fees_, rules_, facts, visa, to, kToday);
  }
};

TEST_F(Extension, CostsTheExtraMonthsAndTwiceThatFromAbroad) {
  // 60 days to 120: from 2 months to 4, two extra months of SAR 100.
  const auto inside = extend(open_single(), {2026, 3, 31});
  EXPECT_TRUE(inside.eligible());
  EXPECT_EQ(inside.days, 120);
  EXPECT_EQ(inside.fee, Money::riyals(200));
  VisaHolderFacts abroad = clean();
  abroad.inside_kingdom = false;
  const auto from_abroad = extend(open_single(), {2026, 3, 31}, abroad);
  EXPECT_TRUE(from_abroad.eligible());  // extending is allowed from abroad
  EXPECT_EQ(from_abroad.fee, Money::riyals(400));
  EXPECT_EQ(from_abroad.extra_months_charged, 2);
}

TEST_F(Extension, WithinTheBaseMonthsItCostsNothingMore) {
  ExistingVisa visa = open_single();
  visa.expires_on = {2026, 1, 10};  // 40 days: two months paid for
  EXPECT_EQ(extend(visa, {2026, 1, 30}).fee, Money::riyals(0));
  EXPECT_EQ(extend(visa, {2026, 1, 30}).extra_months_charged, 0);
}

TEST_F(Extension, AMultipleVisasExtraMonthsAre200Each) {
  // 90 days (SAR 500) to 150: two extra months, SAR 400 inside, SAR 800 from abroad.
  const ExistingVisa visa{VisaKind::ExitReentryMultiple, VisaState::Issued, {2025, 12, 1}, {2026, 3, 1}};
  EXPECT_EQ(extend(visa, {2026, 4, 30}).fee, Money::riyals(400));
  VisaHolderFacts abroad = clean();
  abroad.inside_kingdom = false;
  EXPECT_EQ(extend(visa, {2026, 4, 30}, abroad).fee, Money::riyals(800));
}

TEST_F(Extension, OnlyAnOpenExitReentryVisaCanBeMadeLonger) {
  ExistingVisa visa = open_single();
  EXPECT_EQ(extend(visa, {2026, 1, 20}).problems, std::vector<P>{P::NotLongerThanBefore});
  visa.state = VisaState::Cancelled;
  EXPECT_EQ(extend(visa, {2026, 3, 1}).problems, std::vector<P>{P::VisaUsedOrCancelled});
  visa = open_single();
  visa.expires_on = {2025, 12, 31};
  EXPECT_EQ(extend(visa, {2026, 3, 1}).problems, std::vector<P>{P::VisaExpired});
  visa = open_single();
  visa.kind = VisaKind::FinalExit;
  EXPECT_EQ(extend(visa, {2026, 3, 1}).problems, std::vector<P>{P::NotExitReentry});
}

TEST_F(Extension, TheNewDateStaysWithinTheIqamaAndThePassportMustLast) {
  VisaHolderFacts facts = clean();
  facts.iqama_expiry = {2026, 2, 28};
  facts.passport_expiry = {2026, 2, 1};
  EXPECT_EQ(extend(open_single(), {2026, 3, 1}, facts).problems,
            (std::vector<P>{P::PassportTooShort, P::BeyondIqamaValidity}));
}

class Cancellation : public Visas {
 protected:
  VisaAssessment cancel(const ExistingVisa& visa, bool inside = true) {
    VisaHolderFacts facts = clean();
    facts.inside_kingdom = inside;
    return assess_cancellation(rules_, facts, visa, kToday);
  }
};

TEST_F(Cancellation, AnUnusedVisaWithinNinetyDaysOfIssueEvenIfItsDateHasPassed) {
  // Issued 3 October: the 90th day after is 1 January (29 + 30 + 31 days).
  const ExistingVisa lapsed{VisaKind::ExitReentrySingle, VisaState::Issued, {2025, 10, 3}, {2025, 11, 2}};
  EXPECT_TRUE(cancel(lapsed).eligible());
  ExistingVisa older = lapsed;
  older.issued_on = {2025, 10, 2};
  EXPECT_EQ(cancel(older).problems, std::vector<P>{P::CancellationWindowClosed});
}

TEST_F(Cancellation, OrLaterUntilItsReturnDate) {
  const ExistingVisa long_one{VisaKind::ExitReentryMultiple, VisaState::Issued, {2025, 8, 1}, {2026, 1, 1}};
  EXPECT_TRUE(cancel(long_one).eligible());
  EXPECT_EQ(cancel(long_one).fee, Money::riyals(0));  // cancelling costs nothing; nothing is refunded
}

TEST_F(Cancellation, AVisaInUseUsedOrCancelledCannotBe) {
  const ExistingVisa open{VisaKind::ExitReentrySingle, VisaState::Issued, {2025, 12, 1}, {2026, 2, 1}};
  EXPECT_EQ(cancel(open, /*inside=*/false).problems, std::vector<P>{P::VisaInUse});
  ExistingVisa used = open;
  used.state = VisaState::Used;
  EXPECT_EQ(cancel(used).problems, std::vector<P>{P::VisaUsedOrCancelled});
}

TEST_F(Cancellation, AFinalExitWithinSixtyDaysOfIssue) {
  ExistingVisa final_exit{VisaKind::FinalExit, VisaState::Issued, {2025, 11, 2}, {2026, 1, 1}};  // day 60
  EXPECT_TRUE(cancel(final_exit).eligible());
  final_exit.issued_on = {2025, 11, 1};
  EXPECT_EQ(cancel(final_exit).problems, std::vector<P>{P::CancellationWindowClosed});
}

class FinalExit : public Visas {
 protected:
  VisaAssessment assess(const VisaHolderFacts& facts) { return assess_final_exit(rules_, facts, kToday); }
};

TEST_F(FinalExit, IsFreeAndMustBeUsedWithinSixtyDays) {
  const auto visa = assess(clean());
  EXPECT_TRUE(visa.eligible());
  EXPECT_EQ(visa.fee, Money::riyals(0));
  EXPECT_EQ(visa.expires_on, (CivilDate{2026, 3, 2}));
  EXPECT_EQ(visa.days, 60);
}

TEST_F(FinalExit, ThePassportMustLastSixtyDays) {
  VisaHolderFacts facts = clean();
  facts.passport_expiry = {2026, 3, 2};
  EXPECT_TRUE(assess(facts).eligible());
  facts.passport_expiry = {2026, 3, 1};
  EXPECT_EQ(assess(facts).problems, std::vector<P>{P::PassportTooShort});
}

TEST_F(FinalExit, NotWithAnotherOpenVisaAVehicleOrFromAbroad) {
  VisaHolderFacts facts = clean();
  facts.other_open_visa = true;
  facts.registered_vehicles = 1;
  facts.inside_kingdom = false;
  facts.iqama_expiry = {2025, 6, 1};  // an expired iqama is no bar to leaving for good
  EXPECT_EQ(assess(facts).problems,
            (std::vector<P>{P::OutsideKingdom, P::OtherOpenVisa, P::VehicleRegistered}));
}

}  // namespace
}  // namespace muqeem::domain
