#include "app/frame_scheduler.h"

#include <gtest/gtest.h>

namespace muqeem::app {
namespace {

int frames_until_idle(FrameScheduler& scheduler) {
  int frames = 0;
  while (scheduler.wants_frame() && frames < 1000) {
    scheduler.frame_rendered();
    ++frames;
  }
  return frames;
}

TEST(FrameScheduler, IdleFromTheStartRendersNothing) {
  FrameScheduler scheduler;
  EXPECT_FALSE(scheduler.wants_frame());
}

TEST(FrameScheduler, ActivityRendersAFewFramesThenStops) {
  FrameScheduler scheduler;
  scheduler.request();
  EXPECT_EQ(frames_until_idle(scheduler), FrameScheduler::kFramesAfterActivity);
  EXPECT_FALSE(scheduler.wants_frame());
  EXPECT_EQ(scheduler.frames_rendered(), static_cast<uint64_t>(FrameScheduler::kFramesAfterActivity));
}

TEST(FrameScheduler, ActivityDuringFramesExtendsRatherThanAdds) {
  FrameScheduler scheduler;
  scheduler.request();
  scheduler.frame_rendered();
  scheduler.request();  // e.g. the mouse moved again
  EXPECT_EQ(frames_until_idle(scheduler), FrameScheduler::kFramesAfterActivity);
}

TEST(FrameScheduler, AnimationAsksForAsManyFramesAsItLasts) {
  FrameScheduler scheduler;
  scheduler.request(30);
  scheduler.request();  // a shorter request does not cut the animation short
  EXPECT_EQ(frames_until_idle(scheduler), 30);
}

}  // namespace
}  // namespace muqeem::app
