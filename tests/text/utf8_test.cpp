#include "text/utf8.h"

#include <gtest/gtest.h>

#include "test_paths.h"
#include "text/font.h"
#include "text/shaped_line.h"

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

TEST(Utf8, InvalidTextStillShapesWithoutCrashing) {
  const auto font = Font::from_file(test::font_path("IBMPlexSansArabic-Regular.ttf"));
  ASSERT_NE(font, nullptr);
  const auto line = shape_line("\xFF\xFE مقيم \xD9", *font, Direction::Auto);
  EXPECT_EQ(line.text.front(), U'\uFFFD');
  EXPECT_GT(line.width, 0);
}

}  // namespace
}  // namespace muqeem::text
