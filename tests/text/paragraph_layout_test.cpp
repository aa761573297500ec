// Line breaking, alignment, truncation, caret mapping and selection, on mixed-direction text.
#include "text/paragraph_layout.h"

#include <gtest/gtest.h>

#include "text/layout_fixture.h"

namespace muqeem::text {
namespace {

using test::layout;

std::u32string line_text(const TextLayout& laid_out, size_t n) {
  const auto& line = laid_out.lines().at(n);
  return laid_out.text().substr(line.start, line.end - line.start);
}

TEST(LineBreaking, WrapsArabicBetweenWordsNeverInsideOne) {
  const std::string sentence = "تجديد إقامة العامل قبل انتهاء صلاحيتها بثلاثة أشهر";
  const auto one_line = layout(sentence, Direction::RightToLeft);
  ASSERT_EQ(one_line.lines().size(), 1u);
  const auto wrapped = layout(sentence, Direction::RightToLeft, one_line.width() / 2.5f);
  ASSERT_GE(wrapped.lines().size(), 3u);
  for (size_t n = 0; n < wrapped.lines().size(); ++n) {
    const auto& line = wrapped.lines()[n];
    EXPECT_LE(line.width - 8.0f, wrapped.width()) << "line " << n << " overflows";  // a hanging space may
    if (n + 1 < wrapped.lines().size()) {
      EXPECT_EQ(wrapped.text()[line.end - 1], U' ');  // breaks after a space
    }
  }
}

TEST(LineBreaking, NumberInsideArabicSentenceIsNeverSplit) {
  const auto laid_out =
      layout("يرجى تجديد الإقامة رقم 2123456789 قبل نهاية الشهر", Direction::RightToLeft, 180);
  bool found = false;
  for (size_t n = 0; n < laid_out.lines().size(); ++n)
    found = found || line_text(laid_out, n).find(U"2123456789") != std::u32string::npos;
  EXPECT_TRUE(found) << "the iqama number was split across lines";
}

TEST(LineBreaking, HardBreaksStartNewLines) {
  const auto laid_out = layout("السطر الأول\nالسطر الثاني\n", Direction::RightToLeft);
  ASSERT_EQ(laid_out.lines().size(), 3u);  // the text ends with a break: an empty last line
  EXPECT_EQ(line_text(laid_out, 1), U"السطر الثاني\n");
  EXPECT_TRUE(laid_out.lines()[2].runs.empty());
}

TEST(Alignment, RightToLeftStartsAtTheRightEdgeAndLeftToRightAtTheLeft) {
  const auto arabic = layout("مقيم", Direction::RightToLeft, 300);
  const auto& line = arabic.lines().at(0);
  EXPECT_NEAR(line.left + line.width, 300.0f, 0.01f);
  const auto english = layout("Muqeem", Direction::LeftToRight, 300);
  EXPECT_NEAR(english.lines().at(0).left, 0.0f, 0.01f);
}

TEST(Truncation, LongArabicLineEndsWithAnEllipsisAtItsLeftEnd) {
  const auto laid_out =
      layout("بوابة المنشآت لخدمات الجوازات الخاصة بالمقيمين", Direction::RightToLeft, 150, 1);
  ASSERT_EQ(laid_out.lines().size(), 1u);
  const auto& line = laid_out.lines()[0];
  EXPECT_TRUE(line.ellipsized);
  ASSERT_FALSE(line.runs.empty());
  EXPECT_TRUE(line.runs.front().ellipsis);  // the logical end of Arabic is on the left
  EXPECT_LE(line.width, 150.01f);
}

TEST(Truncation, EnglishLineEndsWithAnEllipsisAtItsRightEnd) {
  const auto laid_out =
      layout("The establishments' portal for residents' passport services", Direction::LeftToRight, 160, 1);
  const auto& line = laid_out.lines().at(0);
  EXPECT_TRUE(line.runs.back().ellipsis);
  EXPECT_LE(line.width, 160.01f);
}

TEST(Truncation, ATrailingLineBreakNeverAddsALineBeyondTheLimit) {
  EXPECT_EQ(layout("مقيم\n", Direction::RightToLeft, 300, 1).lines().size(), 1u);
  EXPECT_EQ(layout("مقيم\n", Direction::RightToLeft, 300, 0).lines().size(), 2u);
}

TEST(Truncation, TextThatFitsIsLeftAlone) {
  const auto laid_out = layout("مقيم", Direction::RightToLeft, 300, 1);
  EXPECT_FALSE(laid_out.lines().at(0).ellipsized);
}

TEST(Caret, MovesRightToLeftThroughArabic) {
  const auto laid_out = layout("مقيم", Direction::RightToLeft);
  float previous = laid_out.caret(0).x;
  for (uint32_t i = 1; i <= 4; ++i) {
    const float x = laid_out.caret(i).x;
    EXPECT_LT(x, previous) << "caret " << i;
    previous = x;
  }
  EXPECT_NEAR(laid_out.caret(4).x, laid_out.lines()[0].left, 0.01f);
}

TEST(Caret, NumberInsideArabicHasTwoCaretsAtEachDirectionChange) {
  // "رقم 123": the digits sit at the left, reading left to right.
  const auto laid_out = layout("رقم 123", Direction::RightToLeft);
  const uint32_t digits = 4;
  // Before the first digit (downstream) is the digits' left edge; after the space (upstream) is the
  // left edge of the Arabic run. They differ: the visual order jumps there.
  const float before_digit = laid_out.caret(digits, Affinity::Downstream).x;
  const float after_space = laid_out.caret(digits, Affinity::Upstream).x;
  EXPECT_NE(before_digit, after_space);
  EXPECT_LT(before_digit, after_space);
  // Within the number the caret moves left to right.
  EXPECT_LT(laid_out.caret(digits + 1).x, laid_out.caret(digits + 2).x);
}

TEST(Caret, ArabicNameInsideEnglishSentence) {
  const auto laid_out = layout("Mr محمد paid", Direction::LeftToRight);
  const uint32_t name = 3;  // "محمد" starts at 3 and reads right to left inside the English line
  EXPECT_GT(laid_out.caret(name + 1).x, laid_out.caret(name + 2).x);
  EXPECT_LT(laid_out.caret(2).x, laid_out.caret(name + 4, Affinity::Downstream).x + 0.01f);
}

TEST(Caret, MarkNeverSeparatedFromItsLetter) {
  const auto laid_out = layout("مُقِيم", Direction::RightToLeft);  // meem + damma, qaf + kasra
  const auto stops = laid_out.caret_stops();
  EXPECT_EQ(std::find(stops.begin(), stops.end(), 1u), stops.end()) << "caret allowed between meem and damma";
  EXPECT_EQ(std::find(stops.begin(), stops.end(), 3u), stops.end()) << "caret allowed between qaf and kasra";
  EXPECT_NE(std::find(stops.begin(), stops.end(), 2u), stops.end());
}

TEST(Caret, LamAlefLigatureHasACaretBetweenItsLetters) {
  const auto laid_out = layout("لا", Direction::RightToLeft);
  const auto& run = laid_out.lines().at(0).runs.at(0);
  ASSERT_EQ(run.glyphs.size(), 1u);  // one ligature glyph
  const float start = laid_out.caret(0).x, middle = laid_out.caret(1).x, end = laid_out.caret(2).x;
  EXPECT_GT(start, middle);
  EXPECT_GT(middle, end);
}

TEST(HitTest, ClickOnEachHalfOfALetterPutsTheCaretOnThatSide) {
  const auto laid_out = layout("مقيم", Direction::RightToLeft);
  const float right_of_first = laid_out.caret(0).x, left_of_first = laid_out.caret(1).x;
  const float y = laid_out.line_height() / 2;
  EXPECT_EQ(laid_out.hit_test(right_of_first - 1, y).index, 0u);
  EXPECT_EQ(laid_out.hit_test(left_of_first + 1, y).index, 1u);
  EXPECT_EQ(laid_out.hit_test(-50, y).index, 4u);  // left of everything: the end of Arabic text
  EXPECT_EQ(laid_out.hit_test(1000, y).index, 0u);
}

TEST(HitTest, RoundTripsEveryCaretStopOfMixedText) {
  const auto laid_out = layout("رقم الإقامة 2123456789 Muqeem", Direction::RightToLeft);
  const float y = laid_out.line_height() / 2;
  for (uint32_t stop : laid_out.caret_stops()) {
    for (Affinity affinity : {Affinity::Downstream, Affinity::Upstream}) {
      const auto caret = laid_out.caret(stop, affinity);
      const auto hit = laid_out.hit_test(caret.x, y);
      // The caret drawn for the hit lands where the click was.
      EXPECT_NEAR(laid_out.caret(hit.index, hit.affinity).x, caret.x, 0.5f) << "stop " << stop;
    }
  }
}

TEST(Selection, OneRectanglePerVisualRun) {
  // Selecting "الإقامة 2123" spans the Arabic run and part of the number: two rectangles.
  const auto laid_out = layout("رقم الإقامة 2123456789", Direction::RightToLeft);
  const auto rects = laid_out.selection(4, 16);
  ASSERT_EQ(rects.size(), 2u);
  for (const auto& rect : rects) EXPECT_GT(rect.width, 0.0f);
  const auto whole = laid_out.selection(0, static_cast<uint32_t>(laid_out.text().size()));
  float total = 0;
  for (const auto& rect : whole) total += rect.width;
  EXPECT_NEAR(total, laid_out.lines()[0].width, 0.5f);
}

}  // namespace
}  // namespace muqeem::text
