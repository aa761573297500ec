#pragma once
// What a kiosk shows besides the portal's pages (issue 17): the start screen the next person meets
// (the product's name and "start" in both languages, each starting in its language), and the
// warning before an untouched kiosk resets ("are you still there?", the seconds left said to screen
// readers as they go, "I am still here" to carry on).
#include "ui/idle_timer.h"
#include "ui/ui.h"

namespace muqeem::ui {

struct KioskStart {
  bool start = false;
  Language language = Language::Arabic;  // the one the person started in
};
KioskStart kiosk_start_screen(Ui& ui, ImVec2 size);

// Draws the warning while `timer` is in one; true when the person answered "I am still here".
bool kiosk_idle_warning(Ui& ui, const IdleTimer& timer, double now);

}  // namespace muqeem::ui
