// A new passport as an officer types it, and dates that must make sense (DOMAIN.md, "Passport update").
#include "domain/passport.h"

#include <gtest/gtest.h>

namespace muqeem::domain {
namespace {

const CivilDate kToday{2026, 1, 1};

TEST(PassportNumber, IsStoredInCapitalsAndWesternDigits) {
  EXPECT_EQ(*parse_passport_number("p 1234567"), "P1234567");
  EXPECT_EQ(*parse_passport_number("A٠١٢٣٤٥٦"), "A0123456");
}

TEST(PassportNumber, SaysWhatIsWrong) {
  EXPECT_EQ(parse_passport_number("  ").error(), PassportNumberError::Empty);
  EXPECT_EQ(parse_passport_number("P123").error(), PassportNumberError::WrongLength);
  EXPECT_EQ(parse_passport_number("P1234567890123456").error(), PassportNumberError::WrongLength);
  EXPECT_EQ(parse_passport_number("P123'; DROP TABLE resident;--").error(),
            PassportNumberError::NotLettersAndDigits);
  EXPECT_EQ(parse_passport_number("جواز12345").error(), PassportNumberError::NotLettersAndDigits);
}

TEST(PassportDates, IssuedByTodayAndExpiringAfterBothTheIssueAndToday) {
  EXPECT_TRUE(check_passport_dates({2025, 6, 1}, {2035, 5, 31}, kToday).empty());
  EXPECT_TRUE(check_passport_dates(kToday, {2026, 1, 2}, kToday).empty());  // issued today, valid tomorrow
  EXPECT_EQ(check_passport_dates({2026, 1, 2}, {2036, 1, 1}, kToday),
            std::vector<PassportDateProblem>{PassportDateProblem::IssuedInFuture});
  EXPECT_EQ(check_passport_dates({2020, 1, 1}, kToday, kToday),
            std::vector<PassportDateProblem>{PassportDateProblem::NotValidAfterToday});
  EXPECT_EQ(check_passport_dates({2030, 1, 1}, {2029, 1, 1}, kToday),
            (std::vector<PassportDateProblem>{PassportDateProblem::IssuedInFuture,
                                              PassportDateProblem::ExpiryNotAfterIssue}));
  EXPECT_EQ(check_passport_dates({2015, 1, 1}, {2014, 1, 1}, kToday),
            (std::vector<PassportDateProblem>{PassportDateProblem::ExpiryNotAfterIssue,
                                              PassportDateProblem::NotValidAfterToday}));
}

}  // namespace
}  // namespace muqeem::domain
