#include "app/app_loader.h"

namespace muqeem::app {

bool AppLoader::fail(std::string why) {
  error_ = std::move(why);
  next_ = -1;
  return false;
}

bool AppLoader::step() {
  switch (next_) {
    case 0: {
      std::string missing;
      fonts_ = text::FontSet::load(config_.font_folder, &missing);
      if (!fonts_) return fail("font not loaded: " + config_.font_folder + "/" + missing);
      break;
    }
    case 1:
      arabic_ = ui::Catalogue::load(config_.catalogue_folder + "/ar.json", ui::Language::Arabic);
      if (!arabic_) return fail("catalogue not loaded from " + config_.catalogue_folder);
      break;
    case 2:
      english_ = ui::Catalogue::load(config_.catalogue_folder + "/en.json", ui::Language::English);
      if (!english_) return fail("catalogue not loaded from " + config_.catalogue_folder);
      break;
    case 3:
      app_.reset(new App(std::move(fonts_), std::move(*arabic_), std::move(*english_), textures_, config_));
      next_ = -1;
      return false;
    default:
      return false;
  }
  ++next_;
  return true;
}

}  // namespace muqeem::app
