#include "app/app_loader.h"

#include <gtest/gtest.h>

#include "test_paths.h"
#include "ui/fake_texture_sink.h"
#include "ui/imgui_headless.h"

namespace muqeem::app {
namespace {

// The browser runs each step in a task of its own: the steps between them make the same app as
// App::create, and a failing step stops the loading with the reason.
TEST(AppLoader, MakesTheAppInSeveralStepsThatDrawsTheHomePage) {
  test::FakeTextureSink textures;
  AppLoader loader({test::font_dir(), test::source_path("assets/i18n")}, textures);
  int steps = 1;
  while (loader.step()) ++steps;
  EXPECT_GE(steps, 4);  // the fonts, each catalogue and the screens: none waits for all the others
  auto app = loader.take_app();
  ASSERT_NE(app, nullptr) << loader.error();
  EXPECT_TRUE(loader.error().empty());
  EXPECT_FALSE(loader.step());  // done: nothing more to run

  test::ImGuiHeadless imgui({1024, 768});
  ImGui::NewFrame();
  app->frame({1024, 768}, 1.0f);
  ImGui::Render();
  ASSERT_FALSE(app->semantics().nodes().empty());
  EXPECT_EQ(app->semantics().nodes().front().name, "مقيم");
}

TEST(AppLoader, StopsAtTheStepThatFailsWithItsReason) {
  test::FakeTextureSink textures;
  AppLoader loader({test::font_dir(), "/nonexistent"}, textures);
  EXPECT_TRUE(loader.step());   // the fonts load
  EXPECT_FALSE(loader.step());  // the Arabic catalogue does not: loading ends there
  EXPECT_FALSE(loader.step());
  EXPECT_EQ(loader.take_app(), nullptr);
  EXPECT_NE(loader.error().find("catalogue not loaded from /nonexistent"), std::string::npos)
      << loader.error();
}

}  // namespace
}  // namespace muqeem::app
