#include "domain/text_checks.h"

#include <gtest/gtest.h>

#include "domain/password_rules.h"

namespace muqeem::domain {
namespace {

TEST(TextChecks, CountsCharactersNotBytes) {
  EXPECT_EQ(code_points("مقيم"), 4u);  // eight bytes
  EXPECT_EQ(code_points("Muqeem"), 6u);
}

TEST(TextChecks, PlainTextHasNoControlCharactersAndLinesOnlyWhenAllowed) {
  EXPECT_TRUE(is_plain_text("تعذر الطباعة (Error 42)", false));
  EXPECT_TRUE(is_plain_text("سطر\nline", true));
  EXPECT_FALSE(is_plain_text("سطر\nline", false));
  EXPECT_FALSE(is_plain_text(std::string("a\0b", 3), true));
  EXPECT_FALSE(is_plain_text("\x1b[31mred", true));
  EXPECT_FALSE(is_plain_text("invoice\u202Efdp.exe", false));  // a right-to-left override
}

TEST(TextChecks, NamesAreLettersOfAnyScriptWithTheirPunctuation) {
  EXPECT_TRUE(is_name("شركة الرمال الذهبية للمقاولات"));
  EXPECT_TRUE(is_name("Smith & Sons (Riyadh) Co."));
  EXPECT_TRUE(is_name("O'Brien-Al Harbi"));
  EXPECT_FALSE(is_name("12345"));
  EXPECT_FALSE(is_name("'; DROP TABLE subscription_request; --"));
  EXPECT_FALSE(is_name("x' OR '1'='1"));
  EXPECT_FALSE(is_name("<script>"));
}

TEST(TextChecks, EmailAddressesHaveOneAtAndADottedDomain) {
  EXPECT_TRUE(is_email_address("officer@golden-sands.com.sa"));
  EXPECT_FALSE(is_email_address("officer"));
  EXPECT_FALSE(is_email_address("officer@localhost"));
  EXPECT_FALSE(is_email_address("a@b@c.sa"));
  EXPECT_FALSE(is_email_address("a b@c.sa"));
  EXPECT_FALSE(is_email_address("x'; DROP TABLE user;--@c.sa"));
  EXPECT_FALSE(is_email_address("a@c..sa"));
}

TEST(PasswordRules, EightOrMoreWithLettersAndDigitsAndNotTheUsername) {
  EXPECT_TRUE(acceptable_password("Muqeem@2026", "1000000008"));
  EXPECT_TRUE(acceptable_password("كلمةسر2026", "1000000008"));
  EXPECT_FALSE(acceptable_password("Mq@2026", "1000000008"));      // seven characters
  EXPECT_FALSE(acceptable_password("password", "1000000008"));     // no digit
  EXPECT_FALSE(acceptable_password("12345678", "1000000008"));     // no letter
  EXPECT_FALSE(acceptable_password("a1000000008", "1000000008"));  // the username in it
}

TEST(PasswordRules, EachRuleIsToldApartSoAFormCanSayWhichAreMet) {
  const PasswordChecks short_word = check_password("abc", "1000000008");
  EXPECT_FALSE(short_word.length);
  EXPECT_TRUE(short_word.letter);
  EXPECT_FALSE(short_word.digit);
  EXPECT_TRUE(short_word.no_username);
  EXPECT_FALSE(short_word.all());
  const PasswordChecks with_name = check_password("x1000000008", "1000000008");
  EXPECT_TRUE(with_name.length && with_name.letter && with_name.digit);
  EXPECT_FALSE(with_name.no_username);
  EXPECT_TRUE(check_password("Khalid2026pass", "1000000008").all());
}

}  // namespace
}  // namespace muqeem::domain
