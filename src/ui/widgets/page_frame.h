#pragma once
// The frame of every page: a header (the product's name, the language toggle, signing out, in a menu
// below 600 px), the main content in a centred column, and a footer; as landmarks for screen readers.
#include "ui/paint.h"

namespace muqeem::ui {

struct PageOptions {
  bool signed_in = false;  // shows "sign out" in the header
};

struct PageActions {
  bool toggle_language = false;
  bool sign_out = false;
  bool apply_update = false;  // the officer chose to reload into the new version
};

// Draws the header and opens the main column (a box the page's widgets fill). `size` is the
// viewport in CSS pixels.
PageActions begin_page(Ui& ui, ImVec2 size, const PageOptions& options = {});
// Closes the main column, draws the footer under it and records how tall the page is.
void end_page(Ui& ui, ImVec2 size);

// A form narrower than the page (the sign-in, the public pages): a column `width` wide at most, at the
// start side of the main column; end_form_column closes it and carries on below it.
void begin_form_column(Ui& ui, float width);
void end_form_column(Ui& ui);

inline constexpr float kFormColumnWidth = 560.0f;
inline constexpr float kHeaderHeight = 72.0f;
inline constexpr float kContentWidth = 960.0f;  // the DGA grid's middle breakpoint

}  // namespace muqeem::ui
