#include "text/text_layout.h"

#include <graphemebreak.h>

#include <algorithm>
#include <cmath>

namespace muqeem::text {

void TextLayout::measure_characters() const {
  if (measured_) return;
  measured_ = true;
  const size_t n = text_.size();
  left_.assign(n, 0.0f);
  right_.assign(n, 0.0f);
  rtl_.assign(n, 0);
  grapheme_start_.assign(n, 1);
  if (n > 0) {
    std::vector<char> breaks(n);
    set_graphemebreaks_utf32(reinterpret_cast<const utf32_t*>(text_.data()), n, nullptr, breaks.data());
    for (size_t i = 1; i < n; ++i) grapheme_start_[i] = breaks[i - 1] == GRAPHEMEBREAK_BREAK;
  }
  for (const LayoutLine& line : lines_) {
    // Characters no run draws (a hard break, text cut by an ellipsis) sit at the line's logical end.
    const float end_edge = line.left + (line.right_to_left ? 0.0f : line.width);
    for (uint32_t i = line.start; i < line.end; ++i) {
      left_[i] = right_[i] = end_edge;
      rtl_[i] = line.right_to_left;
    }
    for (const LineRun& run : line.runs)
      if (!run.ellipsis) measure_run(run, line.left);
  }
}

// A cluster's width is shared equally by its graphemes (the two letters of a lam-alef ligature get
// half each); the characters of one grapheme (a letter and its marks) share its extent.
void TextLayout::measure_run(const LineRun& run, float line_left) const {
  float pen = line_left + run.x;
  size_t g = 0;
  while (g < run.glyphs.size()) {
    const uint32_t cluster = run.glyphs[g].cluster;
    float cluster_width = 0;
    for (; g < run.glyphs.size() && run.glyphs[g].cluster == cluster; ++g)
      cluster_width += static_cast<float>(run.glyphs[g].x_advance) * run.scale;
    uint32_t cluster_end = run.end;
    for (const auto& glyph : run.glyphs)
      if (glyph.cluster > cluster && glyph.cluster < cluster_end) cluster_end = glyph.cluster;
    int graphemes = 0;
    for (uint32_t i = cluster; i < cluster_end; ++i) graphemes += grapheme_start_[i] || i == cluster;
    const float share = cluster_width / static_cast<float>(std::max(1, graphemes));
    int grapheme = -1;
    for (uint32_t i = cluster; i < cluster_end; ++i) {
      if (grapheme_start_[i] || i == cluster) ++grapheme;
      const float near = static_cast<float>(grapheme) * share, far = near + share;
      left_[i] = run.right_to_left ? pen + cluster_width - far : pen + near;
      right_[i] = run.right_to_left ? pen + cluster_width - near : pen + far;
      rtl_[i] = run.right_to_left;
    }
    pen += cluster_width;
  }
}

std::vector<uint32_t> TextLayout::caret_stops() const {
  measure_characters();
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
  measure_characters();
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
  measure_characters();
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
  measure_characters();
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
