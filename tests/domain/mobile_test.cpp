#include "domain/mobile.h"

#include <gtest/gtest.h>

namespace muqeem::domain {
namespace {

TEST(SaudiMobile, EveryWrittenFormIsOneNumber) {
  for (const char* typed : {"0551234567", "551234567", "+966551234567", "00966551234567", "055-123-4567",
                            "٠٥٥١٢٣٤٥٦٧", "+966 55 123 4567"}) {
    const auto mobile = SaudiMobile::parse(typed);
    ASSERT_TRUE(mobile) << typed;
    EXPECT_EQ(mobile->e164(), "+966551234567") << typed;
    EXPECT_EQ(mobile->display(), "055 123 4567") << typed;
  }
}

TEST(SaudiMobile, LandlinesAndForeignNumbersAreRefused) {
  EXPECT_EQ(SaudiMobile::parse("0114567890").error(), MobileError::NotSaudiMobile);     // Riyadh landline
  EXPECT_EQ(SaudiMobile::parse("+971501234567").error(), MobileError::NotSaudiMobile);  // UAE
  EXPECT_EQ(SaudiMobile::parse("05512345").error(), MobileError::NotSaudiMobile);
  EXPECT_EQ(SaudiMobile::parse("").error(), MobileError::Empty);
  EXPECT_EQ(SaudiMobile::parse("05x1234567").error(), MobileError::NotDigits);
}

}  // namespace
}  // namespace muqeem::domain
