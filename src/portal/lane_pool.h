#pragma once
// Answers requests from many threads at once. Each request runs on a lane no other request is using
// at that moment (a lane is a router with its own SQLite connection under it: a connection must not
// run two statements from two threads at once); a request that finds every lane busy opens another,
// up to as many as are answered at once. Requests that change state run one at a time, as they did
// when the whole API took turns: an Idempotency-Key's replay, a balance's check-then-charge and the
// security code's single use rely on no other change interleaving. Reading requests (GET, HEAD) run
// side by side with each other and with the one change under way; WAL gives each read a committed
// snapshot, and the small writes a read may make (a session's idle expiry) queue in SQLite.
#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <vector>

#include "portal/router.h"

namespace muqeem::portal {

class LanePool {
 public:
  // Opens one more lane; nullptr when no more can be had (then requests wait for a free one).
  using OpenLane = std::function<std::shared_ptr<const Router>()>;

  // `first` serves on its own until more are needed; it must outlive the pool.
  explicit LanePool(const Router& first, OpenLane open_more = nullptr);
  LanePool(const LanePool&) = delete;
  LanePool& operator=(const LanePool&) = delete;

  Response handle(const Request& request);

  // A lane for the holder alone until the lease ends (handle() takes one per request).
  class Lease {
   public:
    explicit Lease(LanePool& pool) : pool_(pool), lane_(pool.take()) {}
    ~Lease() { pool_.give_back(lane_); }
    Lease(const Lease&) = delete;
    Lease& operator=(const Lease&) = delete;
    const Router& router() const { return *lane_; }

   private:
    LanePool& pool_;
    const Router* lane_;
  };

  // Any lane: for what every lane answers alike (body limits).
  const Router& first() const { return first_; }
  size_t lanes_open() const;

 private:
  const Router* take();
  void give_back(const Router* lane);

  const Router& first_;
  mutable std::mutex mutex_;  // guards the lists below
  std::condition_variable freed_;
  std::vector<std::shared_ptr<const Router>> opened_;  // the lanes opened after the first
  std::vector<const Router*> idle_;
  const OpenLane open_more_;
  bool can_open_;
  std::mutex state_changes_;  // held by the one state-changing request under way
};

}  // namespace muqeem::portal
