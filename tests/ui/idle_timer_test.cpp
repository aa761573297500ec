// The kiosk's idle timer (issue 17): quiet until someone starts; a warning after the idle time with a
// count of whole seconds; the reset after the warning; only "I am still here" ends a warning.
#include "ui/idle_timer.h"

#include <gtest/gtest.h>

namespace muqeem::ui {
namespace {

using State = IdleTimer::State;

TEST(IdleTimer, NothingIsTimedBeforeAnyoneStarts) {
  IdleTimer timer(90, 30);
  EXPECT_EQ(timer.state(1e6), State::Active);
  EXPECT_FALSE(timer.next_change(1e6));
}

TEST(IdleTimer, WarnsAfterTheIdleTimeCountsDownAndThenResets) {
  IdleTimer timer(90, 30);
  timer.activity(100);
  EXPECT_EQ(timer.state(189.9), State::Active);
  EXPECT_EQ(timer.next_change(150), 190);
  EXPECT_EQ(timer.state(190), State::Warning);
  EXPECT_EQ(timer.seconds_left(190), 30);
  EXPECT_EQ(timer.seconds_left(200.5), 20);  // whole seconds, rounded up
  EXPECT_EQ(timer.next_change(200.5), 201);  // when the count next moves
  EXPECT_EQ(timer.state(219.99), State::Warning);
  EXPECT_EQ(timer.seconds_left(219.99), 1);
  EXPECT_EQ(timer.state(220), State::Expired);
  EXPECT_FALSE(timer.next_change(220));
}

TEST(IdleTimer, ActivityPostponesTheWarningButDoesNotEndOne) {
  IdleTimer timer(90, 30);
  timer.activity(100);
  timer.activity(180);  // a touch before the warning: another 90 seconds
  EXPECT_EQ(timer.state(260), State::Active);
  EXPECT_EQ(timer.state(270), State::Warning);
  timer.activity(275);  // a tap during the warning is not an answer
  EXPECT_EQ(timer.state(300), State::Expired);
}

TEST(IdleTimer, IAmStillHereEndsTheWarningAndStopAfterAReset) {
  IdleTimer timer(90, 30);
  timer.activity(0);
  EXPECT_EQ(timer.state(95), State::Warning);
  timer.stay(95);
  EXPECT_EQ(timer.state(184), State::Active);
  EXPECT_EQ(timer.state(185), State::Warning);
  timer.stop();  // the kiosk reset: quiet until the next person starts
  EXPECT_EQ(timer.state(1000), State::Active);
}

}  // namespace
}  // namespace muqeem::ui
