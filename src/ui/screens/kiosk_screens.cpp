#include "ui/screens/kiosk_screens.h"

#include "ui/widgets/alert.h"
#include "ui/widgets/button.h"
#include "ui/widgets/dialog.h"
#include "ui/widgets/page_frame.h"
#include "ui/widgets/text.h"

namespace muqeem::ui {

KioskStart kiosk_start_screen(Ui& ui, ImVec2 size) {
  KioskStart result;
  begin_page(ui, size, {false});
  ui.space(48.0f);
  // Both languages on one screen: whoever walks up reads the way in.
  heading(ui, ui.text("kiosk.title"), 1);
  paragraph(ui, ui.screen().strings.text("kiosk.welcome"));
  paragraph(ui, ui.screen().other_strings.text("kiosk.welcome"), theme::kTextSecondary);
  ui.space(24.0f);
  const bool arabic_first = ui.language() == Language::Arabic;
  const Catalogue& arabic = arabic_first ? ui.screen().strings : ui.screen().other_strings;
  const Catalogue& english = arabic_first ? ui.screen().other_strings : ui.screen().strings;
  Button in_arabic{"kiosk.startArabic", arabic.text("kiosk.start")};
  in_arabic.language = "ar";
  Button in_english{"kiosk.startEnglish", english.text("kiosk.start")};
  in_english.language = "en";
  if (!arabic_first)
    in_english.kind = ButtonKind::Primary, in_arabic.kind = ButtonKind::Secondary;
  else
    in_english.kind = ButtonKind::Secondary;
  Flow line(ui, ui.next(56.0f));
  if (button(ui, in_arabic, line.take(button_width(ui, in_arabic) + 48))) result = {true, Language::Arabic};
  if (button(ui, in_english, line.take(button_width(ui, in_english) + 48)))
    result = {true, Language::English};
  end_page(ui, size);
  return result;
}

bool kiosk_idle_warning(Ui& ui, const IdleTimer& timer, double now) {
  if (timer.state(now) != IdleTimer::State::Warning) return false;
  if (const auto next = timer.next_change(now)) ui.redraw_at(*next);  // the count moves each second
  ModalDialog dialog(ui, "kiosk.warning", ui.text("kiosk.warningTitle"));
  alert(ui, AlertKind::Warning,
        ui.screen().strings.format("kiosk.warningText",
                                   {{"seconds", std::to_string(timer.seconds_left(now))}}));
  const Button stay{"kiosk.stay", ui.text("kiosk.stay")};
  return button(ui, stay) || dialog.escaped();
}

}  // namespace muqeem::ui
