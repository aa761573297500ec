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
