#pragma once
// How much new text work (shaping a text, rasterizing its glyphs) a frame may still take on. The
// app's first frames in a browser are made unseen, behind the page's own loading screen and sign-in:
// each stops taking on new text after a few milliseconds, so no single frame holds the page long, and
// the first frame shown is the first that lacked nothing. Unlimited unless started.
#include <chrono>
#include <utility>

namespace muqeem::text {

class WorkBudget {
 public:
  // From now, new work may start for `milliseconds`; the frame is then short of whatever it skips.
  // The first piece of work is always allowed, so frame after frame gets somewhere.
  void start(double milliseconds) {
    limited_ = true;
    short_ = false;
    first_ = true;
    deadline_ = Clock::now() + std::chrono::duration_cast<Clock::duration>(
                                   std::chrono::duration<double, std::milli>(milliseconds));
  }
  void unlimit() {
    limited_ = false;
    short_ = false;
  }
  // Whether new work may start now. Once it may not, the frame is short: it left something out.
  bool allows() {
    if (!limited_ || std::exchange(first_, false) || (!short_ && Clock::now() < deadline_)) return true;
    short_ = true;
    return false;
  }
  bool short_of_work() const { return short_; }

 private:
  using Clock = std::chrono::steady_clock;
  bool limited_ = false;
  bool short_ = false;
  bool first_ = false;
  Clock::time_point deadline_{};
};

}  // namespace muqeem::text
