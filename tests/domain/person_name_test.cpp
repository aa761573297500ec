// Names typed for a new iqama, once in Arabic and once in Latin letters.
#include "domain/person_name.h"

#include <gtest/gtest.h>

namespace muqeem::domain {
namespace {

TEST(PersonName, SpacesAreTrimmedAndCollapsed) {
  EXPECT_EQ(*parse_arabic_name("  محمد   عبدالله "), "محمد عبدالله");
  EXPECT_EQ(*parse_latin_name(" Mohammed   Al-Hassan "), "Mohammed Al-Hassan");
  EXPECT_EQ(*parse_latin_name("Sean O'Neil"), "Sean O'Neil");
}

TEST(PersonName, UrduAndPersianLettersAreArabicScript) {
  EXPECT_TRUE(parse_arabic_name("پرویز چودھری"));  // Pervez Chaudhry, with پ چ ھ ی
}

TEST(PersonName, TheOtherScriptDigitsAndSymbolsAreRefused) {
  EXPECT_EQ(parse_arabic_name("Mohammed").error(), NameError::WrongLetters);
  EXPECT_EQ(parse_latin_name("محمد").error(), NameError::WrongLetters);
  EXPECT_EQ(parse_latin_name("Ali 2").error(), NameError::WrongLetters);
  EXPECT_EQ(parse_latin_name("Robert'); DROP TABLE resident;--").error(), NameError::WrongLetters);
  EXPECT_EQ(parse_arabic_name("محمد؛").error(), NameError::WrongLetters);  // Arabic semicolon
  EXPECT_EQ(parse_latin_name("Ali\x01").error(), NameError::WrongLetters);
  EXPECT_EQ(parse_latin_name("\xC3\x28").error(), NameError::WrongLetters);  // invalid UTF-8
  EXPECT_EQ(parse_latin_name("--").error(), NameError::WrongLetters);        // marks but no letter
}

TEST(PersonName, EmptyOrTooLong) {
  EXPECT_EQ(parse_latin_name("   ").error(), NameError::Empty);
  EXPECT_TRUE(parse_latin_name(std::string(100, 'a')));
  EXPECT_EQ(parse_latin_name(std::string(101, 'a')).error(), NameError::TooLong);
}

}  // namespace
}  // namespace muqeem::domain
