#include "text/text_layout.h"

#include <algorithm>
#include <cmath>

namespace muqeem::text {

std::vector<uint32_t> TextLayout::caret_stops() const {
  std::vector<uint32_t> stops;
  for (uint32_t i = 0; i <= text_.size(); ++i)
    if (i == 0 || i == text_.size() || grapheme_start_[i]) stops.push_back(i);
  return stops;
}

// The line a caret at `index` stands on: a caret after a line's last character (Upstream) stays on
// that line; before the next line's first character (Downstream) it moves down.
const LayoutLine& TextLayout::line_of(uint32_t index, Affinity affinity) const {
  for (size_t n = 0; n < lines_.size(); ++n) {
    const LayoutLine& line = lines_[n];
    const bool last = n + 1 == lines_.size();
    if (index < line.end || last) return line;
    if (index == line.end && affinity == Affinity::Upstream) return line;
  }
  return lines_.back();
}

// The edge a character starts at in reading order: its right edge in right-to-left text.
float TextLayout::leading_edge(uint32_t index) const {
  return rtl_[index] ? right_[index] : left_[index];
}
float TextLayout::trailing_edge(uint32_t index) const {
  return rtl_[index] ? left_[index] : right_[index];
}

Caret TextLayout::caret(uint32_t index, Affinity affinity) const {
  index = std::min<uint32_t>(index, static_cast<uint32_t>(text_.size()));
  const LayoutLine& line = line_of(index, affinity);
  Caret caret{0, line.top, line.top + line_height_};
  if (line.start == line.end || text_.empty()) {
    caret.x = line.left;  // an empty line is aligned like any other: its start edge
    return caret;
  }
  const bool before_next = index < line.end && (affinity == Affinity::Downstream || index == line.start);
  caret.x = before_next ? leading_edge(index) : trailing_edge(index - 1);
  return caret;
}

HitResult TextLayout::hit_test(float x, float y) const {
  if (lines_.empty()) return {};
  size_t n = 0;
  while (n + 1 < lines_.size() && y >= lines_[n].top + line_height_) ++n;
  const LayoutLine& line = lines_[n];
  // The grapheme nearest x on that line, then which half of it x falls in.
  bool found = false;
  uint32_t best_start = line.start, best_end = line.start;
  float best_distance = 0;
  for (uint32_t i = line.start; i < line.end; ++i) {
    if (!grapheme_start_[i] && i != line.start) continue;
    uint32_t end = i + 1;
    while (end < line.end && !grapheme_start_[end]) ++end;
    if (left_[i] == right_[i]) continue;  // a hard break or cut text: nothing to hit
    const float distance = x < left_[i] ? left_[i] - x : x > right_[i] ? x - right_[i] : 0.0f;
    if (!found || distance < best_distance) {
      found = true;
      best_distance = distance;
      best_start = i;
      best_end = end;
    }
  }
  if (!found) return {line.start, Affinity::Downstream};
  const bool left_half = x < (left_[best_start] + right_[best_start]) / 2;
  const bool before = left_half != static_cast<bool>(rtl_[best_start]);
  return before ? HitResult{best_start, Affinity::Downstream} : HitResult{best_end, Affinity::Upstream};
}

std::vector<Rect> TextLayout::selection(uint32_t start, uint32_t end) const {
  std::vector<Rect> rects;
  if (start > end) std::swap(start, end);
  for (const LayoutLine& line : lines_) {
    for (const LineRun& run : line.runs) {
      const uint32_t from = std::max(start, run.start), to = std::min(end, run.end);
      if (from >= to) continue;
      float left = right_[from], right = left_[from];
      for (uint32_t i = from; i < to; ++i) {
        left = std::min(left, left_[i]);
        right = std::max(right, right_[i]);
      }
      if (right > left) rects.push_back({left, line.top, right - left, line_height_});
    }
  }
  return rects;
}

}  // namespace muqeem::text
