#include "ui/screens/session_warning.h"

#include <cmath>

#include "ui/widgets/button.h"
#include "ui/widgets/dialog.h"
#include "ui/widgets/text.h"

namespace muqeem::ui {

std::optional<double> session_warning_at(const api::PortalClient& portal) {
  const auto expires = portal.session_expires_at();
  if (!portal.signed_in() || !expires) return std::nullopt;
  return static_cast<double>(*expires - kSessionWarningSeconds);
}

SessionWarningResult session_warning(Ui& ui, api::PortalClient& portal, double now) {
  SessionWarningResult result;
  const auto expires = portal.session_expires_at();
  if (!portal.signed_in() || !expires) return result;
  const double left = static_cast<double>(*expires) - now;
  if (left > kSessionWarningSeconds || left <= 0) return result;
  const int seconds = static_cast<int>(std::ceil(left));
  // The clock shows whole seconds: drawn again when the next one begins, not every frame.
  ui.redraw_at(static_cast<double>(*expires) - (seconds - 1));
  char clock[16];
  std::snprintf(clock, sizeof clock, "%d:%02d", seconds / 60, seconds % 60);
  ModalDialog dialog(ui, "session.warning", ui.text("session.warningTitle"));
  paragraph(ui, ui.screen().strings.format("session.warningText", {{"time", clock}}));
  Flow line(ui, ui.next(ui.target()));
  const Button stay{"session.stay", ui.text("session.stay")};
  const Button leave{"session.signOut", ui.text("page.signOut"), ButtonKind::Secondary};
  if (button(ui, stay, line.take(button_width(ui, stay))) || dialog.escaped())
    portal.extend_session([](auto) {});
  if (button(ui, leave, line.take(button_width(ui, leave)))) result.sign_out = true;
  return result;
}

}  // namespace muqeem::ui
