// Visual order of mixed-direction lines: what a reader sees left to right on screen.
#include <gtest/gtest.h>

#include <map>

#include "text/layout_fixture.h"

namespace muqeem::text {
namespace {

using test::layout;
using test::runs_left_to_right;

TEST(BidiOrder, IqamaNumberInsideArabicSentenceReadsLeftToRightAtTheLeft) {
  const auto runs = runs_left_to_right(layout("رقم الإقامة 2123456789", Direction::RightToLeft));
  ASSERT_EQ(runs.size(), 2u);
  EXPECT_EQ(runs[0], U"2123456789");  // the number keeps its digit order, at the far left
  EXPECT_EQ(runs[1], U"رقم الإقامة ");
}

TEST(BidiOrder, ArabicNameInsideEnglishSentenceStaysInPlace) {
  // Runs also split where the face changes, so compare what they spell left to right.
  std::u32string visual;
  for (const auto& run : runs_left_to_right(layout("Resident محمد علي renewed", Direction::LeftToRight)))
    visual += run + U"|";
  EXPECT_EQ(visual, U"Resident |محمد علي| |renewed|");
}

TEST(BidiOrder, ArabicRunIsDrawnFromItsLastLetterOnTheLeft) {
  const auto laid_out = layout("مقيم", Direction::RightToLeft);
  const auto& glyphs = laid_out.lines().at(0).runs.at(0).glyphs;
  ASSERT_EQ(glyphs.size(), 4u);
  EXPECT_EQ(glyphs.front().cluster, 3u);  // meem, the last letter, is leftmost
  EXPECT_EQ(glyphs.back().cluster, 0u);   // meem, the first letter, is rightmost
}

TEST(BidiOrder, AutoDirectionFollowsTheFirstStrongLetter) {
  EXPECT_TRUE(layout("مقيم Web").right_to_left());
  EXPECT_FALSE(layout("Web مقيم").right_to_left());
}

TEST(BidiOrder, BracketsAroundArabicStayInTheArabicRun) {
  // "(المنشأة)" in a right-to-left line: the paired brackets take the Arabic run's direction.
  const auto runs = runs_left_to_right(layout("جوال (المنشأة)", Direction::RightToLeft));
  ASSERT_EQ(runs.size(), 1u);
  EXPECT_EQ(runs[0], U"جوال (المنشأة)");
}

TEST(BidiOrder, LatinWordsInArabicUseTheLatinFaceAndDigitsTheirNeighbours) {
  const auto laid_out = layout("تأشيرة Muqeem 2025", Direction::RightToLeft);
  std::map<std::u32string, std::string> face_of;
  for (const auto& run : laid_out.lines().at(0).runs)
    face_of[laid_out.text().substr(run.start, run.end - run.start)] = run.font->name();
  EXPECT_EQ(face_of[U"تأشيرة "], "IBMPlexSansArabic-Regular.ttf");
  // The year follows "Muqeem", its neighbour: the Latin face, in the same left-to-right run.
  EXPECT_EQ(face_of[U"Muqeem 2025"], "IBMPlexSans-Regular.ttf");
}

}  // namespace
}  // namespace muqeem::text
