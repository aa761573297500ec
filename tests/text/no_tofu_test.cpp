// No tofu: every character the product's texts and data use is drawn with a real glyph (glyph 0 is
// the empty box fonts draw for characters they lack), in both weights, whichever face it lands in.
// The catalogues are checked in tests/ui/catalogue_test.cpp.
#include <gtest/gtest.h>

#include <fstream>
#include <string>

#include "text/layout_fixture.h"
#include "text/utf8.h"

namespace muqeem::text {
namespace {

TEST(NoTofu, EverySeedAndDataCharacterHasAGlyph) {
  std::ifstream in(test::source_path("tests/text/data/characters.txt"));
  ASSERT_TRUE(in) << "tests/text/data/characters.txt missing";
  std::string line;
  int checked = 0;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    for (char32_t c : decode_utf8(line)) {
      // One character at a time, so a gap cannot hide behind a neighbour's font.
      const std::string utf8 = encode_utf8(std::u32string(1, c));
      for (Weight weight : {Weight::Regular, Weight::Bold}) {
        const auto laid_out = test::layout(utf8, Direction::Auto, 0, 0, weight);
        for (const auto& run : laid_out.lines().at(0).runs)
          for (const auto& glyph : run.glyphs)
            EXPECT_NE(glyph.glyph_id, 0u)
                << "no glyph for U+" << std::hex << static_cast<uint32_t>(c) << " in " << run.font->name();
      }
      ++checked;
    }
  }
  EXPECT_GT(checked, 150);
}

}  // namespace
}  // namespace muqeem::text
