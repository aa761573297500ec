#include "text/line_cache.h"

namespace muqeem::text {

const ShapedLine& LineCache::get(std::string_view utf8, const Font& font, Direction direction) {
  // The font's address and the direction prefix the text: one string key, no custom hash.
  std::string key;
  key.reserve(utf8.size() + 24);
  key.append(std::to_string(reinterpret_cast<uintptr_t>(&font)));
  key.push_back(static_cast<char>('0' + static_cast<int>(direction)));
  key.append(utf8);
  if (auto found = lines_.find(key); found != lines_.end()) return found->second;
  ++misses_;
  return lines_.emplace(std::move(key), shape_line(utf8, font, direction)).first->second;
}

}  // namespace muqeem::text
