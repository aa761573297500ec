#include "app/app.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>

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
  ImDrawList& list = *ImGui::GetBackgroundDrawList();
  switch (route_.screen) {
    case Screen::Home:
      ui::draw_home_screen(context, list, size);
      break;
    case Screen::Specimen:
      ui::draw_specimen_screen(context, list, size, specimen_);
      break;
  }
}

namespace {

// A number from the route, within [low, high]; the fallback when absent or not a number.
float number_param(const Route& route, const std::string& name, float fallback, float low, float high) {
  const auto found = route.params.find(name);
  if (found == route.params.end()) return fallback;
  const float value = std::strtof(found->second.c_str(), nullptr);
  return std::isfinite(value) ? std::clamp(value, low, high) : fallback;
}

}  // namespace

void App::set_route(std::string_view hash) {
  route_ = parse_route(hash);
  if (route_.screen == Screen::Specimen) {
    const std::string& direction = route_.param("dir", "auto");
    specimen_.text = route_.param("text", "");
    specimen_.size = number_param(route_, "size", 32.0f, 4.0f, 400.0f);
    specimen_.width = number_param(route_, "width", 0.0f, 0.0f, 100000.0f);
    specimen_.direction = direction == "rtl"   ? text::Direction::RightToLeft
                          : direction == "ltr" ? text::Direction::LeftToRight
                                               : text::Direction::Auto;
    specimen_.weight =
        route_.param("weight", "regular") == "bold" ? text::Weight::Bold : text::Weight::Regular;
  }
  scheduler_.request();
}

}  // namespace muqeem::app
