#pragma once
// The gallery (#/gallery): every widget in every state, in the current language, for designers,
// translators and tests. Its form validates like a real one, so the error summary can be seen.
#include <string>

#include "ui/widgets/page_frame.h"

namespace muqeem::ui {

struct GalleryState {
  std::string name;
  std::string password;
  std::string iqama;
  std::string establishment = "7001234567";
  bool agree = false;
  bool copy = false;
  int duration = -1;
  int nationality = -1;
  int presses = 0;
  bool checked = false;  // "check the form" was pressed: errors are shown from then on
};

PageActions draw_gallery_screen(Ui& ui, ImVec2 size, GalleryState& state);

}  // namespace muqeem::ui
