#pragma once
// The bidi stage of paragraph layout (UAX #9). FriBidi resolves the embedding levels of a paragraph
// (rules P2-I2, with bracket pairs, N0); this class applies rule L1 to each line and orders a line's
// characters or runs visually (L2). Paragraph layout and the conformance test both go through it.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace muqeem::text {

enum class Direction { LeftToRight, RightToLeft, Auto };

using BidiLevel = uint8_t;

class BidiParagraph {
 public:
  // `text` is one paragraph (no paragraph separator inside, except possibly at its end).
  BidiParagraph(std::u32string_view text, Direction direction);

  bool right_to_left() const { return base_level_ % 2 == 1; }
  BidiLevel base_level() const { return base_level_; }
  size_t size() const { return levels_.size(); }
  // Resolved levels of the whole paragraph, before any line's rule L1.
  const std::vector<BidiLevel>& levels() const { return levels_; }

  // Levels of the characters in [start, end) once that range is a line: rule L1 applied.
  std::vector<BidiLevel> line_levels(size_t start, size_t end) const;
  // The logical indices of [start, end) in visual order, left to right (rules L1 and L2).
  std::vector<uint32_t> visual_order(size_t start, size_t end) const;

 private:
  std::vector<uint32_t> types_;  // FriBidi's original bidi types, before resolution
  std::vector<BidiLevel> levels_;
  BidiLevel base_level_ = 0;
};

// Rule L2 on any sequence of levels: the permutation that puts items in visual order, left to right.
// Used for characters (conformance) and for runs of one level (layout) alike.
std::vector<uint32_t> visual_order_of(const std::vector<BidiLevel>& levels);

}  // namespace muqeem::text
