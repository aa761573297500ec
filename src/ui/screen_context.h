#pragma once
// What every screen draws with: laid-out text (cached), the painter, strings and the semantic tree.
#include "text/layout_cache.h"
#include "ui/catalogue.h"
#include "ui/semantics.h"
#include "ui/text_painter.h"

namespace muqeem::ui {

struct ScreenContext {
  text::LayoutCache& layouts;
  TextPainter& painter;
  SemanticTree& semantics;
  Language language;
  const Catalogue& strings;        // in `language`
  const Catalogue& other_strings;  // in the other language, for bilingual lines
};

// Text in a language reads in that language's direction.
inline text::Direction direction_of(Language language) {
  return language == Language::Arabic ? text::Direction::RightToLeft : text::Direction::LeftToRight;
}

}  // namespace muqeem::ui
