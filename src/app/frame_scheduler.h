#pragma once
// The main-loop policy: render only when something changed. Input, network activity or an animation
// asks for a few frames (ImGui needs two or three to settle hover and layout); then nothing is
// rendered until the next request, so an idle page costs no CPU and no battery.
#include <cstdint>

namespace muqeem::app {

class FrameScheduler {
 public:
  static constexpr int kFramesAfterActivity = 3;

  // Something happened that may change what is on screen.
  void request(int frames = kFramesAfterActivity);
  bool wants_frame() const { return pending_ > 0; }
  // Called after each rendered frame.
  void frame_rendered();
  uint64_t frames_rendered() const { return rendered_; }

 private:
  int pending_ = 0;
  uint64_t rendered_ = 0;
};

}  // namespace muqeem::app
