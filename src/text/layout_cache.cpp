#include "text/layout_cache.h"

#include <cstring>

namespace muqeem::text {
namespace {

template <typename T>
void append_bytes(std::string& key, const T& value) {
  char bytes[sizeof(T)];
  std::memcpy(bytes, &value, sizeof(T));
  key.append(bytes, sizeof(T));
}

}  // namespace

const TextLayout& LayoutCache::get(const LayoutRequest& request) {
  // One key buffer for every lookup: a steady frame allocates nothing here.
  std::string& key = key_;
  key.clear();
  append_bytes(key, request.direction);
  append_bytes(key, request.weight);
  append_bytes(key, request.size);
  append_bytes(key, request.max_width);
  append_bytes(key, request.max_lines);
  append_bytes(key, request.align);
  append_bytes(key, request.line_height);
  key.append(request.text);
  if (auto found = layouts_.find(key); found != layouts_.end()) return found->second;
  if (budget_ && !request.text.empty() && !budget_->allows()) {
    LayoutRequest blank = request;
    blank.text = {};
    return get(blank);
  }
  ++misses_;
  // Crude but bounded: a screen's text changes slowly, so starting over when full is rare and cheap.
  if (layouts_.size() >= capacity_) layouts_.clear();
  return layouts_.emplace(key, lay_out(request, fonts_)).first->second;
}

}  // namespace muqeem::text
