// Umm al-Qura dates: the compiled-in table against ICU itself, day by day over the whole range, and
// the dates officers know.
#include "domain/hijri_date.h"

#include <gtest/gtest.h>
#include <unicode/ucal.h>

namespace muqeem::domain {
namespace {

TEST(HijriDate, KnownDates) {
  EXPECT_EQ(HijriDate::from_civil({1999, 4, 17})->iso(), "1420-01-01");
  EXPECT_EQ(HijriDate::from_civil({2025, 11, 8})->iso(), "1447-05-17");
  EXPECT_EQ(HijriDate::parse("1447-05-17")->to_civil()->iso(), "2025-11-08");
}

TEST(HijriDate, OutsideTheTableIsRefusedNotGuessed) {
  EXPECT_FALSE(HijriDate::from_civil({1990, 1, 1}));
  EXPECT_FALSE(HijriDate::from_civil({2090, 1, 1}));
  EXPECT_FALSE(HijriDate::parse("1419-12-29"));
  EXPECT_FALSE(HijriDate::parse("1447-13-01"));
  EXPECT_FALSE(HijriDate::parse("1447-5-17"));
}

TEST(HijriDate, MonthsHave29Or30DaysAndDay30OfAShortMonthIsRefused) {
  for (int year = 1420; year <= 1500; ++year) {
    for (int month = 1; month <= 12; ++month) {
      const int length = hijri_month_length(year, month);
      ASSERT_TRUE(length == 29 || length == 30) << year << "-" << month;
      if (length == 29) {
        EXPECT_FALSE((HijriDate{year, month, 30}.to_civil()));
      }
    }
  }
}

// Every day of 1420-1500 AH, converted both ways, agrees with ICU's islamic-umalqura calendar.
TEST(HijriDate, EveryDayAgreesWithIcu) {
  UErrorCode status = U_ZERO_ERROR;
  const UChar utc[] = {'U', 'T', 'C', 0};
  UCalendar* icu = ucal_open(utc, -1, "en@calendar=islamic-umalqura", UCAL_DEFAULT, &status);
  ASSERT_TRUE(U_SUCCESS(status));
  const long first = HijriDate{1420, 1, 1}.to_civil()->days_since_1970();
  const long last = HijriDate{1500, 12, hijri_month_length(1500, 12)}.to_civil()->days_since_1970();
  int days = 0;
  for (long day = first; day <= last; ++day, ++days) {
    ucal_setMillis(icu, static_cast<UDate>(day) * 86400000.0, &status);
    const HijriDate expected{ucal_get(icu, UCAL_YEAR, &status), ucal_get(icu, UCAL_MONTH, &status) + 1,
                             ucal_get(icu, UCAL_DATE, &status)};
    const auto ours = HijriDate::from_civil(CivilDate::from_days(day));
    ASSERT_TRUE(ours) << day;
    ASSERT_EQ(*ours, expected) << CivilDate::from_days(day).iso();
    ASSERT_EQ(ours->to_civil()->days_since_1970(), day);
  }
  ucal_close(icu);
  EXPECT_GT(days, 28000);
}

}  // namespace
}  // namespace muqeem::domain
