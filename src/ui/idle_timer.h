#pragma once
// A kiosk's idle timer (issue 17): after `idle_seconds` without a touch or a key the person is asked
// whether they are still there, with `warning_seconds` to answer; then the kiosk resets for the next
// person. Only "I am still here" ends a warning: a tap elsewhere (the dialog is modal) does not count,
// so a warning is never cut short by accident. Seconds on a clock that only moves forward.
#include <optional>

namespace muqeem::ui {

class IdleTimer {
 public:
  enum class State { Active, Warning, Expired };

  IdleTimer(int idle_seconds, int warning_seconds) : idle_(idle_seconds), warning_(warning_seconds) {}

  // A touch, a click, a key: the idle time starts again (except during a warning).
  void activity(double now);
  // "I am still here": the warning ends and the idle time starts again.
  void stay(double now);
  // After a reset (or before anyone started): nothing is timed until the next activity.
  void stop() { last_.reset(); }

  State state(double now) const;
  // During a warning, whole seconds until the reset (rounded up); 0 otherwise.
  int seconds_left(double now) const;
  // When the state next changes, or the warning's count moves by a second, so an idle page can sleep
  // until then; nullopt while stopped or expired.
  std::optional<double> next_change(double now) const;

 private:
  double warning_at() const { return *last_ + idle_; }
  double reset_at() const { return *last_ + idle_ + warning_; }

  int idle_, warning_;
  std::optional<double> last_;  // the last activity that counts
};

}  // namespace muqeem::ui
