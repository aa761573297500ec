#include "ui/number_format.h"

#include <gtest/gtest.h>

#include <climits>

namespace muqeem::ui {
namespace {

TEST(NumberFormat, IntegersUseWesternDigitsGroupedInThousandsInBothLanguages) {
  for (Language language : {Language::Arabic, Language::English}) {
    EXPECT_EQ(format_integer(0, language), "0");
    EXPECT_EQ(format_integer(999, language), "999");
    EXPECT_EQ(format_integer(1000, language), "1,000");
    EXPECT_EQ(format_integer(3200, language), "3,200");
    EXPECT_EQ(format_integer(100000, language), "100,000");
    EXPECT_EQ(format_integer(1234567, language), "1,234,567");
  }
}

TEST(NumberFormat, NegativeIntegersKeepTheSignBeforeTheGroups) {
  EXPECT_EQ(format_integer(-1200, Language::Arabic), "-1,200");
  EXPECT_EQ(format_integer(-999, Language::English), "-999");
  EXPECT_EQ(format_integer(-100000, Language::English), "-100,000");
  EXPECT_EQ(format_integer(LLONG_MIN, Language::Arabic), "-9,223,372,036,854,775,808");
}

TEST(NumberFormat, MoneyShowsRiyalsWithTwoDecimals) {
  for (Language language : {Language::Arabic, Language::English}) {
    EXPECT_EQ(format_money(123450, language), "1,234.50");
    EXPECT_EQ(format_money(65000, language), "650.00");
    EXPECT_EQ(format_money(0, language), "0.00");
    EXPECT_EQ(format_money(5, language), "0.05");
    EXPECT_EQ(format_money(100000000, language), "1,000,000.00");
  }
}

TEST(NumberFormat, NegativeMoneyUnderOneRiyalKeepsItsSign) {
  EXPECT_EQ(format_money(-5, Language::Arabic), "-0.05");
  EXPECT_EQ(format_money(-1250, Language::English), "-12.50");
  EXPECT_EQ(format_money(-123456789, Language::Arabic), "-1,234,567.89");
}

}  // namespace
}  // namespace muqeem::ui
