#include "app/app.h"

#include "ui/screen_context.h"
#include "ui/screens/home_screen.h"

namespace muqeem::app {

std::unique_ptr<App> App::create(const AppConfig& config, ui::TextureSink& textures, std::string* error) {
  std::string missing;
  auto fonts = text::FontSet::load(config.font_folder, &missing);
  if (!fonts) {
    if (error) *error = "font not loaded: " + config.font_folder + "/" + missing;
    return nullptr;
  }
  auto arabic = ui::Catalogue::load(config.catalogue_folder + "/ar.json");
  auto english = ui::Catalogue::load(config.catalogue_folder + "/en.json");
  if (!arabic || !english) {
    if (error) *error = "catalogue not loaded from " + config.catalogue_folder;
    return nullptr;
  }
  return std::unique_ptr<App>(new App(std::move(fonts), std::move(*arabic), std::move(*english), textures));
}

App::App(std::unique_ptr<text::FontSet> fonts, ui::Catalogue arabic, ui::Catalogue english,
         ui::TextureSink& textures)
    : fonts_(std::move(fonts)),
      arabic_(std::move(arabic)),
      english_(std::move(english)),
      layouts_(*fonts_),
      painter_(atlas_, textures) {}

void App::frame(ImVec2 size, float pixel_ratio) {
  painter_.set_pixel_ratio(pixel_ratio);
  semantics_.clear();
  const bool arabic = language_ == ui::Language::Arabic;
  ui::ScreenContext context{
      layouts_, painter_, semantics_, language_, arabic ? arabic_ : english_, arabic ? english_ : arabic_};
  ui::draw_home_screen(context, *ImGui::GetBackgroundDrawList(), size);
}

}  // namespace muqeem::app
