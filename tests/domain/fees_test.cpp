// The fee figures DOMAIN.md gives, computed from the data file the server uses.
#include "domain/fees.h"

#include <gtest/gtest.h>

#include <fstream>
#include <iterator>

#include "api/rules_json.h"
#include "test_paths.h"

namespace muqeem::domain {
namespace {

FeeSchedule schedule() {
  std::ifstream in(test::source_path("assets/rules/fees.json"));
  const std::string text{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
  const auto parsed = api::parse_fee_schedule(text);
  EXPECT_TRUE(parsed) << "assets/rules/fees.json did not parse";
  return parsed.value_or(FeeSchedule{});
}

TEST(IqamaFee, PublishedFiguresFor3To12Months) {
  const FeeSchedule fees = schedule();
  EXPECT_EQ(iqama_fee(fees, 3), Money::riyals(163));
  EXPECT_EQ(iqama_fee(fees, 6), Money::riyals(325));
  EXPECT_EQ(iqama_fee(fees, 9), Money::riyals(488));
  EXPECT_EQ(iqama_fee(fees, 12), Money::riyals(650));
}

TEST(IqamaFee, LongerDurationsArePaidProRata) {
  const FeeSchedule fees = schedule();
  EXPECT_EQ(iqama_fee(fees, 24), Money::riyals(1300));
  EXPECT_EQ(iqama_fee(fees, 15), Money::riyals(813));  // 812.50, halves up
}

TEST(IqamaFee, OnlyTheListedDurationsAreAllowed) {
  const FeeSchedule fees = schedule();
  for (int months : {3, 6, 9, 12, 15, 18, 21, 24}) EXPECT_TRUE(is_allowed_renewal_duration(fees, months));
  for (int months : {0, 1, 4, 13, 36}) EXPECT_FALSE(is_allowed_renewal_duration(fees, months));
}

TEST(ExitReentryFee, SingleIs200ForTwoMonthsThen100AMonth) {
  const FeeSchedule fees = schedule();
  EXPECT_EQ(exit_reentry_fee(fees, ExitReentryKind::Single, 1, false), Money::riyals(200));
  EXPECT_EQ(exit_reentry_fee(fees, ExitReentryKind::Single, 2, false), Money::riyals(200));
  EXPECT_EQ(exit_reentry_fee(fees, ExitReentryKind::Single, 4, false), Money::riyals(400));
}

TEST(ExitReentryFee, MultipleIs500ForThreeMonthsThen200AMonthDoubledAbroad) {
  const FeeSchedule fees = schedule();
  EXPECT_EQ(exit_reentry_fee(fees, ExitReentryKind::Multiple, 3, false), Money::riyals(500));
  EXPECT_EQ(exit_reentry_fee(fees, ExitReentryKind::Multiple, 5, false), Money::riyals(900));
  EXPECT_EQ(exit_reentry_fee(fees, ExitReentryKind::Multiple, 5, true), Money::riyals(1300));
}

}  // namespace
}  // namespace muqeem::domain
