#include "api/url.h"

#include <gtest/gtest.h>

namespace muqeem::api {
namespace {

TEST(PercentDecode, DecodesArabicAsUtf8) {
  EXPECT_EQ(percent_decode("%D9%85%D9%82%D9%8A%D9%85%202025"), "مقيم 2025");
  EXPECT_EQ(percent_decode("plain"), "plain");
}

TEST(PercentDecode, BrokenEscapesAreRefused) {
  EXPECT_FALSE(percent_decode("100%"));
  EXPECT_FALSE(percent_decode("%4"));
  EXPECT_FALSE(percent_decode("%zz"));
}

}  // namespace
}  // namespace muqeem::api
