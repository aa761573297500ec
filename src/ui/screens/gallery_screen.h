#pragma once
// The gallery (#/gallery): every widget in every state, in the current language, for designers,
// translators and tests. Its form validates like a real one, so the error summary can be seen.
#include <optional>
#include <string>
#include <vector>

#include "domain/civil_date.h"
#include "ui/widgets/page_frame.h"
#include "ui/widgets/table.h"
#include "ui/widgets/toast.h"

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

  std::string expiry;
  std::optional<domain::CivilDate> expiry_date;
  int step = 1;
  int tab = 0;
  int page = 0;
  bool confirming = false;
  Toasts toasts;
  TableState table;
  int opened = -1;
  int table_rows = 10000;
  std::vector<int> order;  // row order after sorting
};

PageActions draw_gallery_screen(Ui& ui, ImVec2 size, GalleryState& state);

// The second half of the gallery: steps, dates, tabs, the table, dialogs and notices.
void gallery_navigation_sections(Ui& ui, GalleryState& state);

}  // namespace muqeem::ui
