#include "text/glyph_atlas.h"

#include <gtest/gtest.h>
#include <hb.h>

#include <algorithm>

#include "imstb_truetype.h"
#include "text/layout_fixture.h"

namespace muqeem::text {
namespace {

class GlyphAtlasTest : public testing::Test {
 protected:
  void SetUp() override {
    font_ = Font::from_file(test::font_path("IBMPlexSansArabic-Bold.ttf"));
    ASSERT_NE(font_, nullptr);
    meem_ = test::layout("م", Direction::RightToLeft, 0, 0, Weight::Bold)
                .lines()
                .at(0)
                .runs.at(0)
                .glyphs.at(0)
                .glyph_id;
  }
  int ink(const GlyphAtlas& atlas, const AtlasGlyph& glyph) {
    int covered = 0;
    const auto& pixels = atlas.page_pixels(glyph.page);
    for (int y = 0; y < glyph.height; ++y)
      for (int x = 0; x < glyph.width; ++x)
        covered += pixels[static_cast<size_t>((glyph.y + y) * atlas.page_size() + glyph.x + x)] > 0;
    return covered;
  }
  std::unique_ptr<Font> font_;
  uint32_t meem_ = 0;
};

TEST_F(GlyphAtlasTest, GlyphIsRasterizedByIndexWithInk) {
  GlyphAtlas atlas;
  const AtlasGlyph& glyph = atlas.glyph(*font_, meem_, 64.0f, 0);
  ASSERT_GT(glyph.width, 10);
  ASSERT_GT(glyph.height, 10);
  EXPECT_GT(ink(atlas, glyph), glyph.width * glyph.height / 5);
  EXPECT_TRUE(atlas.take_dirty(glyph.page).has_value());
}

TEST_F(GlyphAtlasTest, DoublePixelRatioGivesTwiceTheDetail) {
  GlyphAtlas atlas;
  const int height_1x = atlas.glyph(*font_, meem_, 64.0f, 0).height;
  const int height_2x = atlas.glyph(*font_, meem_, 128.0f, 0).height;
  EXPECT_NEAR(height_2x, 2 * height_1x, 2);
}

TEST_F(GlyphAtlasTest, SecondRequestReusesTheBitmap) {
  GlyphAtlas atlas;
  const AtlasGlyph first = atlas.glyph(*font_, meem_, 32.0f, 1);
  atlas.take_dirty(first.page);
  const AtlasGlyph& again = atlas.glyph(*font_, meem_, 32.0f, 1);
  EXPECT_EQ(again.x, first.x);
  EXPECT_EQ(again.y, first.y);
  EXPECT_FALSE(atlas.take_dirty(first.page).has_value());
}

TEST_F(GlyphAtlasTest, FullAtlasEmptiesTheLeastRecentlyUsedPageAndKeepsTheOthers) {
  GlyphAtlas atlas(128, 2);
  // Frame 1 fills page 0 (with the glyph we keep drawing) and opens page 1.
  const AtlasGlyph kept = atlas.glyph(*font_, meem_, 40.0f, 0);
  uint32_t id = 1;
  while (atlas.page_count() < 2) atlas.glyph(*font_, id++, 40.0f, 0);
  // Frame 2 draws only the kept glyph, then needs room for more glyphs than fit.
  atlas.next_frame();
  atlas.mark_used(kept.page);
  const uint64_t before = atlas.generation();
  for (int i = 0; i < 200 && atlas.generation() == before; ++i) atlas.glyph(*font_, id++, 40.0f, 0);
  ASSERT_GT(atlas.generation(), before) << "the atlas never filled up";
  EXPECT_EQ(atlas.page_count(), 2);
  const AtlasGlyph& again = atlas.glyph(*font_, meem_, 40.0f, 0);
  EXPECT_EQ(again.page, kept.page);  // still where it was: its page was in use
  EXPECT_EQ(again.x, kept.x);
  EXPECT_EQ(again.y, kept.y);
}

// Rasterizer and shaper read the same hmtx table: joined letters meet with no gap.
TEST_F(GlyphAtlasTest, RasterizerAdvancesEqualShaperAdvances) {
  const auto laid_out = test::layout("مقيم الإقامة", Direction::RightToLeft, 0, 0, Weight::Bold);
  for (const auto& glyph : laid_out.lines().at(0).runs.at(0).glyphs) {
    int stb_advance = 0, bearing = 0;
    stbtt_GetGlyphHMetrics(&font_->rasterizer(), static_cast<int>(glyph.glyph_id), &stb_advance, &bearing);
    EXPECT_EQ(stb_advance, hb_font_get_glyph_h_advance(font_->harfbuzz(), glyph.glyph_id)) << glyph.glyph_id;
  }
}

}  // namespace
}  // namespace muqeem::text
