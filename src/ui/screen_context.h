#pragma once
// What every screen draws with: laid-out text (cached), the painter, strings and the semantic tree.
#include <functional>

#include "text/layout_cache.h"
#include "ui/catalogue.h"
#include "ui/semantics.h"
#include "ui/text_painter.h"

namespace muqeem::ui {

class Ui;

struct ScreenContext {
  text::LayoutCache& layouts;
  TextPainter& painter;
  SemanticTree& semantics;
  Language language;
  const Catalogue& strings;        // in `language`
  const Catalogue& other_strings;  // in the other language, for bilingual lines
  // The static demo (the portal runs inside the page): the frame shows a "demo" badge, and every
  // page ends with this panel (the demo's SMS outbox and users). Unset in the real app.
  std::function<void(Ui&)> demo_panel = nullptr;
  // A new build of the site is ready: every page starts with the offer to reload into it.
  bool update_ready = false;
  // A kiosk's visit is under way: every page's header offers "Finish and sign out", signed in or not,
  // always in view (never folded into a menu).
  bool kiosk_visit = false;
  // Kiosk mode (a touch screen): every target is at least 48 px rather than 44, table rows too.
  bool kiosk = false;
  // Printing is allowed (a kiosk without a printer says not, in kiosk.json): no page offers it then.
  bool printing = true;
};

// Text in a language reads in that language's direction.
inline text::Direction direction_of(Language language) {
  return language == Language::Arabic ? text::Direction::RightToLeft : text::Direction::LeftToRight;
}

}  // namespace muqeem::ui
