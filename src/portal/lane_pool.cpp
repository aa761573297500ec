#include "portal/lane_pool.h"

namespace muqeem::portal {

LanePool::LanePool(const Router& first, OpenLane open_more)
    : first_(first), open_more_(std::move(open_more)), can_open_(open_more_ != nullptr) {
  idle_.push_back(&first);
}

size_t LanePool::lanes_open() const {
  std::lock_guard<std::mutex> lock(mutex_);
  return 1 + opened_.size();
}

const Router* LanePool::take() {
  std::unique_lock<std::mutex> lock(mutex_);
  if (idle_.empty() && can_open_) {
    // Opening a connection reads the schema: done without holding the lists, so lanes keep flowing.
    lock.unlock();
    std::shared_ptr<const Router> opened = open_more_();
    lock.lock();
    if (opened) {
      opened_.push_back(opened);
      return opened.get();
    }
    can_open_ = false;  // it failed once; it would again (a database in memory, say)
  }
  freed_.wait(lock, [this] { return !idle_.empty(); });
  const Router* lane = idle_.back();
  idle_.pop_back();
  return lane;
}

void LanePool::give_back(const Router* lane) {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    idle_.push_back(lane);
  }
  freed_.notify_one();
}

Response LanePool::handle(const Request& request) {
  const bool changes_state = request.method != "GET" && request.method != "HEAD";
  std::unique_lock<std::mutex> turn(state_changes_, std::defer_lock);
  if (changes_state) turn.lock();
  const Lease lease(*this);
  return lease.router().handle(request);
}

}  // namespace muqeem::portal
