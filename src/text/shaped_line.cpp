#include "text/shaped_line.h"

#include <fribidi.h>
#include <hb.h>

#include <algorithm>

#include "text/utf8.h"

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

// Embedding levels per code point (UAX #9 with bracket pairs), with L1 applied for the whole line.
std::vector<FriBidiLevel> resolve_levels(const std::u32string& text, Direction direction, bool& rtl) {
  const auto length = static_cast<FriBidiStrIndex>(text.size());
  const auto* chars = reinterpret_cast<const FriBidiChar*>(text.data());
  std::vector<FriBidiCharType> types(text.size());
  std::vector<FriBidiBracketType> brackets(text.size());
  std::vector<FriBidiLevel> levels(text.size());
  fribidi_get_bidi_types(chars, length, types.data());
  fribidi_get_bracket_types(chars, length, types.data(), brackets.data());
  FriBidiParType base = paragraph_type(direction);
  // FriBidi returns 0 only when it runs out of memory; the text then stays in one run.
  const bool resolved =
      fribidi_get_par_embedding_levels_ex(types.data(), brackets.data(), length, &base, levels.data()) != 0 &&
      // With no output map, reordering only applies rule L1 (trailing white space to paragraph level).
      fribidi_reorder_line(FRIBIDI_FLAGS_DEFAULT, types.data(), length, 0, base, levels.data(), nullptr,
                           nullptr) != 0;
  rtl = FRIBIDI_IS_RTL(base);
  if (!resolved) std::fill(levels.begin(), levels.end(), static_cast<FriBidiLevel>(rtl ? 1 : 0));
  return levels;
}

ShapedRun shape_run(const std::u32string& text, uint32_t start, uint32_t length, bool rtl, const Font& font) {
  hb_buffer_t* buffer = hb_buffer_create();
  // The whole line goes in as context so letters join across run boundaries.
  hb_buffer_add_utf32(buffer, reinterpret_cast<const uint32_t*>(text.data()), static_cast<int>(text.size()),
                      start, static_cast<int>(length));
  hb_buffer_set_direction(buffer, rtl ? HB_DIRECTION_RTL : HB_DIRECTION_LTR);
  hb_buffer_guess_segment_properties(buffer);
  hb_shape(font.harfbuzz(), buffer, nullptr, 0);

  unsigned count = 0;
  const hb_glyph_info_t* infos = hb_buffer_get_glyph_infos(buffer, &count);
  const hb_glyph_position_t* positions = hb_buffer_get_glyph_positions(buffer, &count);
  ShapedRun run{&font, rtl, start, length, {}};
  run.glyphs.reserve(count);
  // HarfBuzz already gives a right-to-left buffer in visual (left-to-right) order.
  for (unsigned i = 0; i < count; ++i) {
    run.glyphs.push_back({infos[i].codepoint, infos[i].cluster, positions[i].x_offset, positions[i].y_offset,
                          positions[i].x_advance, 0});
  }
  hb_buffer_destroy(buffer);
  return run;
}

// UAX #9 rule L2: from the highest level down to the lowest odd one, reverse every sequence of
// runs at that level or above.
void reorder_runs(std::vector<ShapedRun>& runs, const std::vector<FriBidiLevel>& run_levels) {
  if (runs.empty()) return;
  std::vector<size_t> order(runs.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  const FriBidiLevel highest = *std::max_element(run_levels.begin(), run_levels.end());
  FriBidiLevel lowest_odd = highest;
  for (auto level : run_levels)
    if (level % 2 == 1) lowest_odd = std::min(lowest_odd, level);
  for (int level = highest; level >= lowest_odd && level >= 1; --level) {
    size_t i = 0;
    while (i < order.size()) {
      if (run_levels[order[i]] < level) {
        ++i;
        continue;
      }
      size_t end = i;
      while (end < order.size() && run_levels[order[end]] >= level) ++end;
      std::reverse(order.begin() + static_cast<long>(i), order.begin() + static_cast<long>(end));
      i = end;
    }
  }
  std::vector<ShapedRun> visual;
  visual.reserve(runs.size());
  for (size_t index : order) visual.push_back(std::move(runs[index]));
  runs = std::move(visual);
}

}  // namespace

float ShapedLine::width_px(float size) const {
  if (runs.empty()) return 0.0f;
  return static_cast<float>(width) * size / static_cast<float>(runs.front().font->units_per_em());
}

ShapedLine shape_line(std::string_view utf8, const Font& font, Direction direction) {
  ShapedLine line;
  line.text = decode_utf8(utf8);
  if (line.text.empty()) {
    line.right_to_left = direction == Direction::RightToLeft;
    return line;
  }
  const auto levels = resolve_levels(line.text, direction, line.right_to_left);

  std::vector<FriBidiLevel> run_levels;
  uint32_t start = 0;
  const auto length = static_cast<uint32_t>(line.text.size());
  for (uint32_t i = 1; i <= length; ++i) {
    if (i < length && levels[i] == levels[start]) continue;
    line.runs.push_back(shape_run(line.text, start, i - start, levels[start] % 2 == 1, font));
    run_levels.push_back(levels[start]);
    start = i;
  }
  reorder_runs(line.runs, run_levels);

  int pen = 0;
  for (auto& run : line.runs) {
    for (auto& glyph : run.glyphs) {
      glyph.pen_x = pen;
      pen += glyph.x_advance;
    }
  }
  line.width = pen;
  return line;
}

}  // namespace muqeem::text
