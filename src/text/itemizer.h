#pragma once
// Itemization: splitting a paragraph into items of one bidi level, one script and one font, the unit
// HarfBuzz shapes. Arabic script gets the Arabic face, everything else the Latin face; characters of
// no script of their own (digits, punctuation, spaces, marks) take their neighbours' script and font;
// a character the chosen face lacks falls back to the other face when that one has it.
#include <hb.h>

#include <string>
#include <vector>

#include "text/bidi_paragraph.h"
#include "text/font_set.h"

namespace muqeem::text {

struct Item {
  uint32_t start = 0, end = 0;  // range in the text
  BidiLevel level = 0;
  hb_script_t script = HB_SCRIPT_COMMON;
  const Font* font = nullptr;
};

// Items of text[start, end); `levels` holds the bidi level of each of those characters.
std::vector<Item> itemize(const std::u32string& text, uint32_t start, uint32_t end,
                          const std::vector<BidiLevel>& levels, const FontSet& fonts, Weight weight,
                          bool right_to_left_paragraph);

}  // namespace muqeem::text
