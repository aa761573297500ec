// Kiosk mode's part of the app (issue 17; settings in kiosk.h): until someone presses Start the page
// is the start screen; from then on the visit is timed, an untouched screen is warned about and then
// reset, and "Finish and sign out" in every page's header resets at once. A reset leaves nothing of
// the last person: the session ends on the server, every screen and every control forgets what was
// typed or shown, the laid-out texts go, and the platform clears storage, the clipboard and the
// heap's freed memory (on_kiosk_reset); the next frame is the start screen, in the kiosk's language.
#include "app/app.h"
#include "ui/screens/kiosk_screens.h"

namespace muqeem::app {

bool App::draw_kiosk_start(ui::Ui& ui, ImVec2 size, double now) {
  if (std::exchange(activity_, false) && kiosk_started_) idle_.activity(now);
  if (!kiosk_.on || kiosk_started_) return false;
  const ui::KioskStart start = ui::kiosk_start_screen(ui, size);
  if (start.start) {
    kiosk_started_ = true;
    idle_.stay(now);  // the visit's clock starts with it
    set_language(start.language);
    scheduler_.request();
  }
  return true;
}

void App::watch_kiosk(ui::Ui& ui, const ui::PageActions& actions, double now) {
  if (!kiosk_.on || !kiosk_started_) return;
  if (kiosk_.keyboard) {
    // The page can scroll its last field above the keyboard, and the browser's own keyboard stays shut.
    ui.tree().own_keyboard = true;
    ui.tree().content_height += keyboard_.draw(ui);
  }
  if (ui::kiosk_idle_warning(ui, idle_, now)) idle_.stay(now);
  if (actions.sign_out || idle_.state(now) == ui::IdleTimer::State::Expired) {
    kiosk_reset_due_ = true;  // at the start of the next frame, when nothing drawn holds a layout
    scheduler_.request();
    return;
  }
  if (const auto next = idle_.next_change(now)) ui.redraw_at(*next);
}

// Clearing a string or resetting an optional leaves its bytes where they were (a short string lives
// inside its object), so the last person's state is not cleared but replaced: the portal's screens,
// the interaction and the semantic tree are made again from nothing, and the old ones' memory is
// freed for the platform to zero (on_kiosk_reset). Answers still on their way to the old screens are
// dropped.
void App::reset_kiosk() {
  kiosk_reset_due_ = false;
  kiosk_started_ = false;
  idle_.stop();
  if (portal_) {
    portal_->end_visit();  // the session ends on the server
    transport_->forget_requests();
    demo_panel_.reset();
    portal_.reset();
  }
  interaction_ = ui::Interaction();
  semantics_ = ui::SemanticTree();
  keyboard_ = ui::OnScreenKeyboard();
  layouts_.clear();
  route_ = Route();
  // Everything of the visit is freed: the platform zeroes the free memory now, before anything new is
  // allocated (a new allocation's unused capacity would otherwise keep what the chunk held).
  if (on_kiosk_reset) on_kiosk_reset();
  if (transport_) make_portal(/*ask_for_session=*/false);
  language_ = kiosk_.language == "en" ? ui::Language::English : ui::Language::Arabic;
  set_route("#/");
  if (on_navigate) on_navigate("#/");
}

}  // namespace muqeem::app
