// Visual order of mixed-direction lines: what a reader sees left to right on screen.
#include <gtest/gtest.h>

#include "test_paths.h"
#include "text/font.h"
#include "text/shaped_line.h"

namespace muqeem::text {
namespace {

class BidiOrder : public testing::Test {
 protected:
  void SetUp() override {
    font_ = Font::from_file(test::font_path("IBMPlexSansArabic-Regular.ttf"));
    ASSERT_NE(font_, nullptr);
  }
  // The text of each run, left to right on screen.
  std::vector<std::u32string> runs_left_to_right(const std::string& utf8, Direction direction) {
    const auto line = shape_line(utf8, *font_, direction);
    std::vector<std::u32string> out;
    for (const auto& run : line.runs) out.push_back(line.text.substr(run.text_start, run.text_length));
    return out;
  }
  std::unique_ptr<Font> font_;
};

TEST_F(BidiOrder, IqamaNumberInsideArabicSentenceReadsLeftToRightAtTheLeft) {
  const auto runs = runs_left_to_right("رقم الإقامة 2123456789", Direction::RightToLeft);
  ASSERT_EQ(runs.size(), 2u);
  EXPECT_EQ(runs[0], U"2123456789");  // the number keeps its digit order, at the far left
  EXPECT_EQ(runs[1], U"رقم الإقامة ");
}

TEST_F(BidiOrder, ArabicNameInsideEnglishSentenceStaysInPlace) {
  const auto runs = runs_left_to_right("Resident محمد علي renewed", Direction::LeftToRight);
  ASSERT_EQ(runs.size(), 3u);
  EXPECT_EQ(runs[0], U"Resident ");
  EXPECT_EQ(runs[1], U"محمد علي");
  EXPECT_EQ(runs[2], U" renewed");
}

TEST_F(BidiOrder, ArabicRunIsDrawnFromItsLastLetterOnTheLeft) {
  const auto line = shape_line("مقيم", *font_, Direction::RightToLeft);
  ASSERT_EQ(line.runs.size(), 1u);
  const auto& glyphs = line.runs[0].glyphs;
  ASSERT_EQ(glyphs.size(), 4u);
  EXPECT_EQ(glyphs.front().cluster, 3u);  // meem (the last letter) is leftmost
  EXPECT_EQ(glyphs.back().cluster, 0u);   // meem (the first letter) is rightmost
  EXPECT_EQ(glyphs.front().pen_x, 0);
  EXPECT_GT(glyphs.back().pen_x, glyphs.front().pen_x);
}

TEST_F(BidiOrder, AutoDirectionFollowsTheFirstStrongLetter) {
  EXPECT_TRUE(shape_line("مقيم Web", *font_, Direction::Auto).right_to_left);
  EXPECT_FALSE(shape_line("Web مقيم", *font_, Direction::Auto).right_to_left);
}

TEST_F(BidiOrder, BracketsAroundArabicStayInTheArabicRun) {
  // "(المنشأة)" in a right-to-left line: the paired brackets take the Arabic run's direction.
  const auto runs = runs_left_to_right("جوال (المنشأة)", Direction::RightToLeft);
  ASSERT_EQ(runs.size(), 1u);
  EXPECT_EQ(runs[0], U"جوال (المنشأة)");
}

}  // namespace
}  // namespace muqeem::text
