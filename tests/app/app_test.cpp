#include "app/app.h"

#include <gtest/gtest.h>

#include "test_paths.h"
#include "ui/fake_texture_sink.h"
#include "ui/imgui_headless.h"

namespace muqeem::app {
namespace {

AppConfig config() {
  return {test::font_dir(), test::source_path("assets/i18n")};
}

TEST(App, StartsInArabicOnTheHomeScreen) {
  test::FakeTextureSink textures;
  std::string error;
  auto app = App::create(config(), textures, &error);
  ASSERT_NE(app, nullptr) << error;
  EXPECT_EQ(app->language(), ui::Language::Arabic);

  test::ImGuiHeadless imgui({1024, 768});
  ImGui::NewFrame();
  app->frame({1024, 768}, 1.0f);
  ImGui::Render();
  app->upload_textures();
  ASSERT_FALSE(app->semantics().nodes().empty());
  EXPECT_EQ(app->semantics().nodes().front().name, "مقيم");
  EXPECT_GT(textures.covered_pixels(), 0);
}

TEST(App, SpecimenRouteShowsTheGivenTextAndBadNumbersFallBack) {
  test::FakeTextureSink textures;
  auto app = App::create(config(), textures, nullptr);
  ASSERT_NE(app, nullptr);
  app->set_route("#/specimen?text=%D8%AA%D8%AC%D8%B1%D8%A8%D8%A9&size=nan&width=-5");
  EXPECT_EQ(app->screen(), Screen::Specimen);
  test::ImGuiHeadless imgui({800, 600});
  ImGui::NewFrame();
  app->frame({800, 600}, 1.0f);
  ImGui::Render();
  ASSERT_EQ(app->semantics().nodes().size(), 1u);
  const auto& node = app->semantics().nodes()[0];
  EXPECT_EQ(node.name, "تجربة");
  EXPECT_EQ(node.language, "ar");
  EXPECT_EQ(node.rect.width, 800 - 2 * ui::kSpecimenMargin);  // width=-5 ignored: the page's width
  EXPECT_NEAR(node.rect.height, 32 * 1.5, 0.01);              // size=nan ignored: the default 32 px
}

// In a browser the first frames are made unseen, each taking on little new text: the first frame
// that lacks nothing is the one an app drawing everything at once shows first.
TEST(App, UnseenFramesEndInTheSameFrameAsOneDrawnAtOnce) {
  test::ImGuiHeadless imgui({1024, 768});
  const auto draw = [](App& app) {
    ImGui::NewFrame();
    app.frame({1024, 768}, 1.0f, 0, 1000);
    ImGui::Render();
    app.upload_textures();
  };
  test::FakeTextureSink at_once_textures;
  auto at_once = App::create(config(), at_once_textures, nullptr);
  ASSERT_NE(at_once, nullptr);
  draw(*at_once);
  ASSERT_TRUE(at_once->frame_complete());

  test::FakeTextureSink textures;
  AppConfig budgeted = config();
  budgeted.unseen_frame_budget_ms = 1e-9;  // one new text a frame
  auto app = App::create(budgeted, textures, nullptr);
  ASSERT_NE(app, nullptr);
  int frames = 0;
  do {
    draw(*app);
    ++frames;
  } while (!app->frame_complete() && frames < 10000);
  ASSERT_TRUE(app->frame_complete());
  EXPECT_GT(frames, 2);  // the home page has several texts, each shaped and rasterized in turn
  EXPECT_EQ(app->semantics().to_json(), at_once->semantics().to_json());
  EXPECT_EQ(textures.covered_pixels(), at_once_textures.covered_pixels());
  // Once one frame was whole, every frame is: later pages are never left short.
  app->set_language(ui::Language::English);
  draw(*app);
  EXPECT_TRUE(app->frame_complete());
}

TEST(App, MissingFontIsNamedInTheError) {
  test::FakeTextureSink textures;
  std::string error;
  auto app = App::create({"/nonexistent", test::source_path("assets/i18n")}, textures, &error);
  EXPECT_EQ(app, nullptr);
  EXPECT_NE(error.find("IBMPlexSansArabic-Regular.ttf"), std::string::npos) << error;
}

TEST(App, MissingCatalogueIsReported) {
  test::FakeTextureSink textures;
  std::string error;
  auto app = App::create({test::font_dir(), "/nonexistent"}, textures, &error);
  EXPECT_EQ(app, nullptr);
  EXPECT_NE(error.find("catalogue"), std::string::npos) << error;
}

}  // namespace
}  // namespace muqeem::app
