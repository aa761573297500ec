#include "text/layout_cache.h"

#include <gtest/gtest.h>

#include "layout_fixture.h"
#include "text/work_budget.h"

namespace muqeem::text {
namespace {

LayoutRequest request(std::string_view text) {
  LayoutRequest r;
  r.text = text;
  r.size = 20.0f;
  return r;
}

TEST(LayoutCache, ASecondAskShapesNothing) {
  LayoutCache cache(test::product_fonts());
  const TextLayout& first = cache.get(request("تجديد الإقامة"));
  EXPECT_EQ(cache.misses(), 1u);
  EXPECT_EQ(&cache.get(request("تجديد الإقامة")), &first);
  EXPECT_EQ(cache.misses(), 1u);
}

// Past its budget a frame gets, for a text not laid out yet, a layout of no text with the same
// line height: one that a field's caret and selection still work on. The frame is short of it, and
// the next frame's budget lays it out.
TEST(LayoutCache, PastTheBudgetANewTextIsLeftOutAndTheFrameIsShortOfIt) {
  LayoutCache cache(test::product_fonts());
  WorkBudget budget;
  cache.set_budget(&budget);
  budget.start(0);
  const TextLayout& allowed = cache.get(request("الاسم"));  // a frame always gets one new text
  EXPECT_EQ(allowed.text().size(), 5u);
  EXPECT_FALSE(budget.short_of_work());

  const TextLayout& left_out = cache.get(request("رقم الإقامة"));
  EXPECT_TRUE(left_out.text().empty());
  EXPECT_EQ(left_out.lines().size(), 1u);
  EXPECT_FLOAT_EQ(left_out.line_height(), allowed.line_height());
  EXPECT_EQ(left_out.caret(7).top, 0);  // a caret anywhere in the text stands at its start
  EXPECT_TRUE(budget.short_of_work());
  EXPECT_EQ(&cache.get(request("الاسم")), &allowed);  // what is laid out already costs nothing

  budget.start(0);
  EXPECT_FALSE(budget.short_of_work());
  EXPECT_EQ(cache.get(request("رقم الإقامة")).text().size(), 11u);
  budget.unlimit();
  EXPECT_EQ(cache.get(request("تاريخ الانتهاء")).text().size(), 14u);
  EXPECT_FALSE(budget.short_of_work());
}

}  // namespace
}  // namespace muqeem::text
