// Fuzzes the text engine's entry point, lay_out(), with random bytes: any Unicode, bidi controls,
// marks, invalid UTF-8, at random widths, line limits, directions and alignments, then walks every
// caret stop, hit-tests and selects. ASan and UBSan watch memory and arithmetic; the checks below
// watch the layout's own promises.
#include <cstdlib>
#include <string_view>

#include "text/paragraph_layout.h"

using namespace muqeem::text;

namespace {

void require(bool condition) {
  if (!condition) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const auto fonts = FontSet::load(MUQEEM_FONT_DIR);
  if (!fonts) std::abort();
  if (size < 4) return 0;
  LayoutRequest request;
  request.direction = static_cast<Direction>(data[0] % 3);
  request.weight = (data[1] & 1) != 0 ? Weight::Bold : Weight::Regular;
  request.align = static_cast<Align>((data[1] >> 1) % 3);
  request.max_width = static_cast<float>(data[2] % 8) * 37.5f;  // 0: unbounded
  request.max_lines = data[3] % 4;
  request.size = 8.0f + static_cast<float>(data[3] >> 2);
  request.text = std::string_view(reinterpret_cast<const char*>(data + 4), size - 4);

  const TextLayout layout = lay_out(request, *fonts);
  const auto length = static_cast<uint32_t>(layout.text().size());
  require(!layout.lines().empty());
  if (request.max_lines > 0) require(static_cast<int>(layout.lines().size()) <= request.max_lines);
  for (const auto& line : layout.lines()) {
    require(line.start <= line.end && line.end <= length);
    for (const auto& run : line.runs)
      for (const auto& glyph : run.glyphs) require(glyph.cluster < length || run.ellipsis);
  }
  for (uint32_t stop : layout.caret_stops()) {
    for (Affinity affinity : {Affinity::Downstream, Affinity::Upstream}) {
      const Caret caret = layout.caret(stop, affinity);
      const HitResult hit = layout.hit_test(caret.x, (caret.top + caret.bottom) / 2);
      require(hit.index <= length);
    }
  }
  layout.selection(0, length);
  layout.selection(length / 3, length);
  return 0;
}
