#pragma once
// Makes the App in steps: the fonts, each language's strings, then the screens. App::create runs them
// all at once; a browser runs each in a task of its own, so that no single task holds the page long
// (the page answers input and paints in between; Lighthouse's "total blocking time", issue 16).
#include <memory>
#include <optional>
#include <string>

#include "app/app.h"

namespace muqeem::app {

class AppLoader {
 public:
  AppLoader(AppConfig config, ui::TextureSink& textures) : config_(std::move(config)), textures_(textures) {}

  // Runs the next step. False once there is none left: then take_app() has the app, or error() says
  // why there is none (a font or a catalogue that cannot be loaded).
  bool step();
  std::unique_ptr<App> take_app() { return std::move(app_); }
  const std::string& error() const { return error_; }

 private:
  bool fail(std::string why);

  AppConfig config_;
  ui::TextureSink& textures_;
  int next_ = 0;
  std::unique_ptr<text::FontSet> fonts_;
  std::optional<ui::Catalogue> arabic_;
  std::optional<ui::Catalogue> english_;
  std::unique_ptr<App> app_;
  std::string error_;
};

}  // namespace muqeem::app
