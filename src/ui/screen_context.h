#pragma once
// What every screen draws with: fonts, shaped-line cache, painter, strings and the semantic tree.
#include "text/font_set.h"
#include "text/line_cache.h"
#include "ui/catalogue.h"
#include "ui/semantics.h"
#include "ui/text_painter.h"

namespace muqeem::ui {

struct ScreenContext {
  const text::FontSet& fonts;
  text::LineCache& lines;
  TextPainter& painter;
  SemanticTree& semantics;
  Language language;
  const Catalogue& strings;        // in `language`
  const Catalogue& other_strings;  // in the other language, for bilingual lines

  // The typeface for text in a language: Arabic text gets IBM Plex Sans Arabic, English IBM Plex Sans.
  const text::Font& font_for(Language of_text, text::Weight weight) const {
    return of_text == Language::Arabic ? fonts.arabic(weight) : fonts.latin(weight);
  }
};

}  // namespace muqeem::ui
