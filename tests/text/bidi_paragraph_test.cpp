// Rule L1 on lines that end inside a paragraph (the conformance suite only has whole-paragraph
// lines, where FriBidi already applies it), and rule L2 on plain level sequences.
#include "text/bidi_paragraph.h"

#include <gtest/gtest.h>

namespace muqeem::text {
namespace {

TEST(BidiParagraph, SpaceEndingAWrappedLineReturnsToTheParagraphLevel) {
  // "Name محمد علي": the space between the Arabic words is level 1 inside the line...
  const std::u32string text = U"Name محمد علي";
  const BidiParagraph paragraph(text, Direction::LeftToRight);
  EXPECT_EQ(paragraph.line_levels(0, text.size())[9], 1);
  // ...but when the line wraps right after it, it trails the line and goes back to level 0, so it
  // hangs at the right end instead of sitting between "Name" and "محمد".
  const auto first_line = paragraph.line_levels(0, 10);
  EXPECT_EQ(first_line[9], 0);
  const auto order = paragraph.visual_order(0, 10);
  EXPECT_EQ(order.back(), 9u);
}

TEST(BidiParagraph, SpacesBeforeATabAreResetToo) {
  const std::u32string text = U"abc محمد \tعلي";
  const BidiParagraph paragraph(text, Direction::LeftToRight);
  const auto levels = paragraph.line_levels(0, text.size());
  EXPECT_EQ(levels[8], 0);  // the space before the tab (a segment separator)
  EXPECT_EQ(levels[9], 0);  // the tab
}

TEST(BidiParagraph, VisualOrderReversesRightToLeftRunsAndNestedNumbers) {
  EXPECT_EQ(visual_order_of({0, 1, 1, 0}), (std::vector<uint32_t>{0, 2, 1, 3}));
  // Arabic (1) with a number (2) inside: the number keeps its order, the Arabic around it reverses.
  EXPECT_EQ(visual_order_of({1, 1, 2, 2, 1}), (std::vector<uint32_t>{4, 2, 3, 1, 0}));
  EXPECT_TRUE(visual_order_of({}).empty());
}

}  // namespace
}  // namespace muqeem::text
