// The home screen drawn headless: what it shows (through the semantic tree) and what it sends to the
// GPU (glyph quads from the atlas), at device pixel ratios 1 and 2.
#include "ui/screens/home_screen.h"

#include <gtest/gtest.h>

#include "test_paths.h"
#include "ui/fake_texture_sink.h"
#include "ui/imgui_headless.h"

namespace muqeem::ui {
namespace {

class HomeScreen : public testing::Test {
 protected:
  void SetUp() override {
    ASSERT_NE(fonts_, nullptr);
    arabic_ = Catalogue::load(test::source_path("assets/i18n/ar.json"), Language::Arabic).value();
    english_ = Catalogue::load(test::source_path("assets/i18n/en.json"), Language::English).value();
  }

  // Draws one frame; returns how many glyph quads went to the GPU.
  int draw(Language language, float pixel_ratio) { return draw_with(painter_, language, pixel_ratio); }
  int draw_with(TextPainter& painter, Language language, float pixel_ratio) {
    test::ImGuiHeadless imgui(kSize);
    ImGui::NewFrame();
    painter.set_pixel_ratio(pixel_ratio);
    semantics_.clear();
    const bool arabic = language == Language::Arabic;
    ScreenContext context{
        layouts_, painter, semantics_, language, arabic ? arabic_ : english_, arabic ? english_ : arabic_};
    draw_home_screen(context, *ImGui::GetBackgroundDrawList(), kSize);
    ImGui::Render();
    painter.upload();
    int quads = 0;
    for (int i = 0; i < ImGui::GetDrawData()->CmdListsCount; ++i)
      for (const auto& command : ImGui::GetDrawData()->CmdLists[i]->CmdBuffer)
        if (command.TextureId != ImGui::GetIO().Fonts->TexID)
          quads += static_cast<int>(command.ElemCount / 6);
    return quads;
  }
  const SemanticNode* find(Role role, const std::string& name) const {
    for (const auto& node : semantics_.nodes())
      if (node.role == role && node.name == name) return &node;
    return nullptr;
  }

  static constexpr ImVec2 kSize{1280, 800};
  std::unique_ptr<text::FontSet> fonts_ = text::FontSet::load(test::font_dir());
  Catalogue arabic_, english_;
  text::GlyphAtlas atlas_;
  text::LayoutCache layouts_{*fonts_};
  test::FakeTextureSink textures_;
  TextPainter painter_{atlas_, textures_};
  SemanticTree semantics_;
};

TEST_F(HomeScreen, ShowsTheProductNameAsTheArabicMainHeadingCentred) {
  draw(Language::Arabic, 1.0f);
  const SemanticNode* title = find(Role::Heading, "مقيم");
  ASSERT_NE(title, nullptr);
  EXPECT_EQ(title->level, 1);
  EXPECT_EQ(title->language, "ar");
  EXPECT_NEAR(title->rect.x + title->rect.width / 2, kSize.x / 2, 1.0f);
  EXPECT_GT(title->rect.width, 60.0f);
}

TEST_F(HomeScreen, ShowsTheArabicDescriptionAndTheEnglishSubtitleBelowTheTitle) {
  draw(Language::Arabic, 1.0f);
  const SemanticNode* title = find(Role::Heading, "مقيم");
  const SemanticNode* tagline = find(Role::Paragraph, arabic_.text("home.tagline"));
  const SemanticNode* subtitle = find(Role::Paragraph, english_.text("home.tagline"));
  ASSERT_TRUE(title && tagline && subtitle);
  EXPECT_EQ(subtitle->language, "en");
  EXPECT_GT(tagline->rect.y, title->rect.y + title->rect.height - 1);
  EXPECT_GT(subtitle->rect.y, tagline->rect.y + tagline->rect.height - 1);
}

TEST_F(HomeScreen, DrawsEveryInkedGlyphAsAQuadFromTheAtlas) {
  const int quads = draw(Language::Arabic, 1.0f);
  // The three lines have more than 60 visible glyphs between them; spaces draw nothing.
  EXPECT_GT(quads, 60);
  EXPECT_EQ(textures_.textures.size(), 1u);
  EXPECT_GT(textures_.covered_pixels(), 2000);
}

TEST_F(HomeScreen, AtPixelRatioTwoGlyphsAreRasterizedWithFourTimesThePixels) {
  draw(Language::Arabic, 1.0f);
  const int covered_1x = textures_.covered_pixels();
  test::FakeTextureSink textures_2x;
  text::GlyphAtlas atlas_2x;
  TextPainter painter_2x{atlas_2x, textures_2x};
  draw_with(painter_2x, Language::Arabic, 2.0f);
  const double ratio = static_cast<double>(textures_2x.covered_pixels()) / covered_1x;
  EXPECT_GT(ratio, 3.0);
  EXPECT_LT(ratio, 5.0);
}

TEST_F(HomeScreen, ASteadyFrameShapesNothingAgain) {
  draw(Language::Arabic, 1.0f);
  const size_t laid_out = layouts_.misses();
  const int updates = textures_.updates;
  draw(Language::Arabic, 1.0f);
  EXPECT_EQ(layouts_.misses(), laid_out);
  EXPECT_EQ(textures_.updates, updates);  // nothing new to upload either
}

}  // namespace
}  // namespace muqeem::ui
