#include "api/base64.h"

#include <gtest/gtest.h>

namespace muqeem::api {
namespace {

TEST(Base64, TheRfc4648Examples) {
  EXPECT_EQ(base64_encode(""), "");
  EXPECT_EQ(base64_encode("f"), "Zg==");
  EXPECT_EQ(base64_encode("fo"), "Zm8=");
  EXPECT_EQ(base64_encode("foo"), "Zm9v");
  EXPECT_EQ(base64_encode("foobar"), "Zm9vYmFy");
  EXPECT_EQ(base64_decode("Zm9vYg=="), "foob");
  EXPECT_EQ(base64_decode("Zm9vYmE="), "fooba");
}

TEST(Base64, EveryByteSurvivesTheRoundTrip) {
  std::string bytes;
  for (int i = 0; i < 256; ++i) bytes.push_back(static_cast<char>(i));
  EXPECT_EQ(base64_decode(base64_encode(bytes)), bytes);
}

TEST(Base64, AnythingButCanonicalPaddedBase64IsRefused) {
  EXPECT_FALSE(base64_decode("Zm9"));       // not a multiple of four
  EXPECT_FALSE(base64_decode("Zm9v\n"));    // white space
  EXPECT_FALSE(base64_decode("Zm-_"));      // the URL-safe alphabet
  EXPECT_FALSE(base64_decode("Zg=a"));      // padding before a letter
  EXPECT_FALSE(base64_decode("Zg==Zm9v"));  // padding in the middle
  EXPECT_FALSE(base64_decode("Zh=="));      // leftover bits set
  EXPECT_FALSE(base64_decode("=Zm9"));
}

}  // namespace
}  // namespace muqeem::api
