#include "app/frame_scheduler.h"

#include <algorithm>

namespace muqeem::app {

void FrameScheduler::request(int frames) {
  pending_ = std::max(pending_, frames);
}

void FrameScheduler::frame_rendered() {
  ++rendered_;
  if (pending_ > 0) --pending_;
}

}  // namespace muqeem::app
