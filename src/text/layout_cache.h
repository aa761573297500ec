#pragma once
// Laid-out text kept by everything that shapes it (text, direction, weight, size, width, line limit,
// alignment), so a steady frame lays out nothing and shapes nothing.
#include <string>
#include <unordered_map>

#include "text/paragraph_layout.h"
#include "text/work_budget.h"

namespace muqeem::text {

class LayoutCache {
 public:
  explicit LayoutCache(const FontSet& fonts, size_t capacity = 4096) : fonts_(fonts), capacity_(capacity) {}

  // The request's layout. Past the budget (when one is set), a text not laid out yet is answered
  // with the same request's layout of no text, and the frame is short of it.
  const TextLayout& get(const LayoutRequest& request);
  void set_budget(WorkBudget* budget) { budget_ = budget; }
  size_t size() const { return layouts_.size(); }
  size_t misses() const { return misses_; }
  // Forgets every layout (a kiosk's reset: the last person's names are not kept, even laid out).
  void clear() {
    layouts_.clear();
    std::string().swap(key_);
  }

 private:
  const FontSet& fonts_;
  size_t capacity_;
  std::unordered_map<std::string, TextLayout> layouts_;
  size_t misses_ = 0;
  WorkBudget* budget_ = nullptr;
  std::string key_;
};

}  // namespace muqeem::text
