#pragma once
// The product's fonts, loaded once per test program, and a one-call layout for tests.
#include <gtest/gtest.h>

#include <memory>
#include <string>

#include "test_paths.h"
#include "text/paragraph_layout.h"

namespace muqeem::test {

inline const text::FontSet& product_fonts() {
  static const std::unique_ptr<text::FontSet> fonts = text::FontSet::load(font_dir());
  if (!fonts) ADD_FAILURE() << "fonts missing from " << font_dir() << " (run scripts/bootstrap)";
  return *fonts;
}

inline text::TextLayout layout(const std::string& utf8, text::Direction direction = text::Direction::Auto,
                               float max_width = 0, int max_lines = 0,
                               text::Weight weight = text::Weight::Regular) {
  text::LayoutRequest request;
  request.text = utf8;
  request.direction = direction;
  request.max_width = max_width;
  request.max_lines = max_lines;
  request.weight = weight;
  request.size = 20.0f;
  return text::lay_out(request, product_fonts());
}

// The text of each run of line `n`, left to right on screen.
inline std::vector<std::u32string> runs_left_to_right(const text::TextLayout& layout, size_t n = 0) {
  std::vector<std::u32string> out;
  for (const auto& run : layout.lines().at(n).runs)
    out.push_back(layout.text().substr(run.start, run.end - run.start));
  return out;
}

}  // namespace muqeem::test
