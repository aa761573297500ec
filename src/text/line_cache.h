#pragma once
// Shaped lines kept by (text, font, direction), so a steady frame shapes nothing.
#include <string>
#include <string_view>
#include <unordered_map>

#include "text/shaped_line.h"

namespace muqeem::text {

class LineCache {
 public:
  const ShapedLine& get(std::string_view utf8, const Font& font, Direction direction);
  size_t size() const { return lines_.size(); }
  size_t misses() const { return misses_; }

 private:
  std::unordered_map<std::string, ShapedLine> lines_;
  size_t misses_ = 0;
};

}  // namespace muqeem::text
