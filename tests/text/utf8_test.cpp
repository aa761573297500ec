#include "text/utf8.h"

#include <gtest/gtest.h>

#include "text/layout_fixture.h"

namespace muqeem::text {
namespace {

TEST(Utf8, DecodesArabicAndLatin) {
  EXPECT_EQ(decode_utf8("مقيم A1"), U"مقيم A1");
}

TEST(Utf8, EachInvalidByteBecomesOneReplacementCharacter) {
  EXPECT_EQ(decode_utf8("a\xFF"
                        "b"),
            U"a\uFFFDb");
  EXPECT_EQ(decode_utf8("\xC0\xAF"), U"\uFFFD\uFFFD");            // overlong "/"
  EXPECT_EQ(decode_utf8("\xED\xA0\x80"), U"\uFFFD\uFFFD\uFFFD");  // a surrogate
  EXPECT_EQ(decode_utf8("\xD9"), U"\uFFFD");                      // truncated Arabic letter
}

TEST(Utf8, EncodingRoundTripsEveryPlane) {
  const std::u32string text = U"A\u00e9\u0645\u2026\U0001F600";
  EXPECT_EQ(decode_utf8(encode_utf8(text)), text);
  EXPECT_EQ(encode_utf8(U"\u0645"), "\xD9\x85");
}

TEST(Utf8, InvalidTextStillLaysOutWithoutCrashing) {
  const auto laid_out = test::layout("\xFF\xFE مقيم \xD9");
  EXPECT_EQ(laid_out.text().front(), U'\uFFFD');
  EXPECT_GT(laid_out.width(), 0.0f);
}

}  // namespace
}  // namespace muqeem::text
