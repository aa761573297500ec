#include "domain/money.h"

#include <gtest/gtest.h>

namespace muqeem::domain {
namespace {

TEST(Money, FormatsRiyalsWithTwoDecimals) {
  EXPECT_EQ(Money::riyals(650).format(), "650.00");
  EXPECT_EQ(Money::halalas(16250).format(), "162.50");
  EXPECT_EQ(Money::halalas(5).format(), "0.05");
  EXPECT_EQ(Money::halalas(-1250).format(), "-12.50");
}

TEST(Money, AddsAndMultipliesInHalalas) {
  EXPECT_EQ((Money::riyals(200) + Money::halalas(50)).in_halalas(), 20050);
  EXPECT_EQ((Money::riyals(100) * 3).in_halalas(), 30000);
}

}  // namespace
}  // namespace muqeem::domain
