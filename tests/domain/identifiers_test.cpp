// Identifiers as officers type them, and what they are told when one is wrong (DOMAIN.md).
#include "domain/identifiers.h"

#include <gtest/gtest.h>

namespace muqeem::domain {
namespace {

TEST(IqamaNumber, AcceptsTheDomainExampleAndAResidentNumber) {
  EXPECT_TRUE(IqamaNumber::parse("1000000008"));  // DOMAIN.md's own example
  const auto resident = IqamaNumber::parse("2000000006");
  ASSERT_TRUE(resident);
  EXPECT_FALSE(resident->is_citizen());
}

TEST(IqamaNumber, ArabicIndicDigitsAreStoredWestern) {
  const auto parsed = IqamaNumber::parse("٢٠٠٠٠٠٠٠٠٦");
  ASSERT_TRUE(parsed);
  EXPECT_EQ(parsed->digits(), "2000000006");
  EXPECT_TRUE(IqamaNumber::parse("۱۰۰۰۰۰۰۰۰۸"));      // Persian keyboard digits
  EXPECT_TRUE(IqamaNumber::parse(" 2000 000 006 "));  // spaces as people group digits
}

TEST(IqamaNumber, ATypoInAnyDigitIsCaughtByTheCheckDigit) {
  const std::string good = "2000000006";
  for (size_t i = 1; i < good.size(); ++i) {
    std::string typo = good;
    typo[i] = typo[i] == '9' ? '0' : static_cast<char>(typo[i] + 1);
    const auto parsed = IqamaNumber::parse(typo);
    ASSERT_FALSE(parsed) << typo;
    EXPECT_EQ(parsed.error(), IdentifierError::BadCheckDigit) << typo;
  }
}

TEST(IqamaNumber, SaysWhatIsWrong) {
  EXPECT_EQ(IqamaNumber::parse("").error(), IdentifierError::Empty);
  EXPECT_EQ(IqamaNumber::parse("20000A0006").error(), IdentifierError::NotDigits);
  EXPECT_EQ(IqamaNumber::parse("200000006").error(), IdentifierError::WrongLength);
  EXPECT_EQ(IqamaNumber::parse("3000000004").error(), IdentifierError::WrongPrefix);  // a border number
}

TEST(BorderAndEstablishmentNumbers, CheckTheirLeadingDigit) {
  EXPECT_TRUE(BorderNumber::parse("3123456789"));
  EXPECT_EQ(BorderNumber::parse("2123456789").error(), IdentifierError::WrongPrefix);
  EXPECT_TRUE(EstablishmentNumber::parse("٧٠٠١٢٣٤٥٦٧"));
  EXPECT_EQ(EstablishmentNumber::parse("8001234567").error(), IdentifierError::WrongPrefix);
}

TEST(IqamaNumber, ANewResidentsNumberIsCompletedWithItsCheckDigit) {
  // 2 0 0 0 0 0 0 0 0: doubling the 1st, 3rd, 5th, 7th and 9th digits gives 4; 6 makes the sum 10.
  const auto number = IqamaNumber::for_resident("00000000");
  ASSERT_TRUE(number);
  EXPECT_EQ(number->digits(), "2000000006");
  for (const char* eight : {"12345678", "99999999", "31415926"}) {
    const auto made = IqamaNumber::for_resident(eight);
    ASSERT_TRUE(made) << eight;
    EXPECT_TRUE(IqamaNumber::parse(made->digits())) << made->digits();
    EXPECT_EQ(made->digits().substr(0, 9), std::string("2") + eight);
  }
  EXPECT_FALSE(IqamaNumber::for_resident("1234567"));
  EXPECT_FALSE(IqamaNumber::for_resident("1234567A"));
}

}  // namespace
}  // namespace muqeem::domain
