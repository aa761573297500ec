#include "domain/civil_date.h"

#include <gtest/gtest.h>

namespace muqeem::domain {
namespace {

TEST(CivilDate, ParsesOnlyRealIsoDates) {
  EXPECT_TRUE(CivilDate::parse("2024-02-29"));
  EXPECT_FALSE(CivilDate::parse("2025-02-29"));  // not a leap year
  EXPECT_FALSE(CivilDate::parse("2025-13-01"));
  EXPECT_FALSE(CivilDate::parse("2025-1-01"));
  EXPECT_FALSE(CivilDate::parse("٢٠٢٥-٠١-٠١"));  // the API carries Western digits only
}

TEST(CivilDate, CountsDaysAcrossYearsAndCenturies) {
  EXPECT_EQ(CivilDate(1970, 1, 1).days_since_1970(), 0);
  EXPECT_EQ(CivilDate(2000, 3, 1).days_since_1970() - CivilDate(2000, 2, 28).days_since_1970(), 2);
  EXPECT_EQ(CivilDate(2100, 3, 1).days_since_1970() - CivilDate(2100, 2, 28).days_since_1970(), 1);
  for (long days = -800000; days <= 800000; days += 997)
    EXPECT_EQ(CivilDate::from_days(days).days_since_1970(), days);
}

TEST(CivilDate, AddsMonthsTheWayARenewalDoes) {
  EXPECT_EQ(CivilDate(2025, 11, 3).plus_months(12).iso(), "2026-11-03");
  EXPECT_EQ(CivilDate(2025, 1, 31).plus_months(1).iso(), "2025-02-28");
  EXPECT_EQ(CivilDate(2024, 2, 29).plus_months(24).iso(), "2026-02-28");
  EXPECT_EQ(CivilDate(2025, 12, 30).plus_days(3).iso(), "2026-01-02");
}

}  // namespace
}  // namespace muqeem::domain
