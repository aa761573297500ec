#include "text/bidi_paragraph.h"

#include <fribidi.h>

#include <algorithm>

namespace muqeem::text {
namespace {

FriBidiParType paragraph_type(Direction direction) {
  switch (direction) {
    case Direction::LeftToRight:
      return FRIBIDI_PAR_LTR;
    case Direction::RightToLeft:
      return FRIBIDI_PAR_RTL;
    case Direction::Auto:
      break;
  }
  return FRIBIDI_PAR_ON;
}

// Characters that L1 resets to the paragraph level when they trail a line or precede a separator:
// white space, isolate controls, and the controls X9 removed (embeddings, overrides, PDF, BN).
bool is_l1_trailing(FriBidiCharType type) {
  return type == FRIBIDI_TYPE_WS || type == FRIBIDI_TYPE_LRI || type == FRIBIDI_TYPE_RLI ||
         type == FRIBIDI_TYPE_FSI || type == FRIBIDI_TYPE_PDI || FRIBIDI_IS_EXPLICIT_OR_BN(type);
}

bool is_separator(FriBidiCharType type) {
  return type == FRIBIDI_TYPE_SS || type == FRIBIDI_TYPE_BS;
}

}  // namespace

BidiParagraph::BidiParagraph(std::u32string_view text, Direction direction)
    : types_(text.size()), levels_(text.size()) {
  static_assert(sizeof(FriBidiCharType) == sizeof(uint32_t) && sizeof(FriBidiLevel) == sizeof(BidiLevel));
  const auto length = static_cast<FriBidiStrIndex>(text.size());
  const auto* chars = reinterpret_cast<const FriBidiChar*>(text.data());
  // FriBidi writes straight into our arrays: same sizes, and levels never exceed 125.
  auto* types = reinterpret_cast<FriBidiCharType*>(types_.data());
  auto* levels = reinterpret_cast<FriBidiLevel*>(levels_.data());
  static thread_local std::vector<FriBidiBracketType> brackets;  // scratch, reused
  brackets.assign(text.size(), FRIBIDI_NO_BRACKET);
  fribidi_get_bidi_types(chars, length, types);
  fribidi_get_bracket_types(chars, length, types, brackets.data());
  FriBidiParType base = paragraph_type(direction);
  // FriBidi returns 0 only when it runs out of memory; the text then stays at the paragraph level.
  const bool resolved =
      text.empty() || fribidi_get_par_embedding_levels_ex(types, brackets.data(), length, &base, levels) != 0;
  base_level_ = FRIBIDI_IS_RTL(base) ? 1 : 0;
  if (!resolved) std::fill(levels_.begin(), levels_.end(), base_level_);
}

std::vector<BidiLevel> BidiParagraph::line_levels(size_t start, size_t end) const {
  std::vector<BidiLevel> line(levels_.begin() + static_cast<long>(start),
                              levels_.begin() + static_cast<long>(end));
  // L1, scanning backwards: separators, and the white space before a separator or the line's end.
  bool trailing = true;
  for (size_t i = line.size(); i-- > 0;) {
    const auto type = static_cast<FriBidiCharType>(types_[start + i]);
    if (is_separator(type)) {
      line[i] = base_level_;
      trailing = true;
    } else if (trailing && is_l1_trailing(type)) {
      line[i] = base_level_;
    } else {
      trailing = false;
    }
  }
  return line;
}

std::vector<uint32_t> BidiParagraph::visual_order(size_t start, size_t end) const {
  auto order = visual_order_of(line_levels(start, end));
  for (auto& index : order) index += static_cast<uint32_t>(start);
  return order;
}

std::vector<uint32_t> visual_order_of(const std::vector<BidiLevel>& levels) {
  std::vector<uint32_t> order(levels.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = static_cast<uint32_t>(i);
  if (levels.empty()) return order;
  const BidiLevel highest = *std::max_element(levels.begin(), levels.end());
  BidiLevel lowest_odd = highest + 1;
  for (auto level : levels)
    if (level % 2 == 1) lowest_odd = std::min(lowest_odd, level);
  // From the highest level down to the lowest odd one, reverse every run at that level or above.
  for (int level = highest; level >= lowest_odd; --level) {
    size_t i = 0;
    while (i < order.size()) {
      if (levels[order[i]] < level) {
        ++i;
        continue;
      }
      size_t end = i;
      while (end < order.size() && levels[order[end]] >= level) ++end;
      std::reverse(order.begin() + static_cast<long>(i), order.begin() + static_cast<long>(end));
      i = end;
    }
  }
  return order;
}

}  // namespace muqeem::text
