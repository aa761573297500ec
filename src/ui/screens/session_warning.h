#pragma once
// The warning before a session ends for inactivity (WCAG 2.2.1): two minutes before, a dialog says how
// long is left and offers to stay signed in (which extends the session) or to sign out.
#include <cstdint>
#include <optional>

#include "api/portal_client.h"
#include "ui/ui.h"

namespace muqeem::ui {

inline constexpr int64_t kSessionWarningSeconds = 120;

struct SessionWarningResult {
  bool sign_out = false;
};

// Draws the dialog when the session ends within two minutes of `now` (epoch seconds).
SessionWarningResult session_warning(Ui& ui, api::PortalClient& portal, double now);

// When the warning should appear (epoch seconds), so an idle page can wake up for it.
std::optional<double> session_warning_at(const api::PortalClient& portal);

}  // namespace muqeem::ui
