#include "ui/idle_timer.h"

#include <cmath>

namespace muqeem::ui {

void IdleTimer::activity(double now) {
  if (state(now) == State::Active) last_ = now;
}

void IdleTimer::stay(double now) {
  last_ = now;
}

IdleTimer::State IdleTimer::state(double now) const {
  if (!last_ || now < warning_at()) return State::Active;
  return now < reset_at() ? State::Warning : State::Expired;
}

int IdleTimer::seconds_left(double now) const {
  if (state(now) != State::Warning) return 0;
  return static_cast<int>(std::ceil(reset_at() - now));
}

std::optional<double> IdleTimer::next_change(double now) const {
  switch (state(now)) {
    case State::Active:
      if (!last_) return std::nullopt;
      return warning_at();
    case State::Warning:
      // The next whole second of the count, or the reset itself.
      return reset_at() - (seconds_left(now) - 1);
    case State::Expired:
      break;
  }
  return std::nullopt;
}

}  // namespace muqeem::ui
