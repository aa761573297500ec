#pragma once
// The specimen: any text in the product's fonts at any size, direction and weight, for designers and
// translators checking a string, and for tests comparing our rendering with the browser's.
// Route: #/specimen?text=…&size=32&dir=rtl|ltr|auto&weight=regular|bold&width=400
#include <string>

#include "ui/screen_context.h"

namespace muqeem::ui {

struct Specimen {
  std::string text;
  float size = 32.0f;
  text::Direction direction = text::Direction::Auto;
  text::Weight weight = text::Weight::Regular;
  float width = 0.0f;  // 0: the page's width less the margins
};

// Where the specimen's box starts, from the page's top-left corner (CSS pixels).
inline constexpr float kSpecimenMargin = 24.0f;

void draw_specimen_screen(ScreenContext& context, ImDrawList& list, ImVec2 size, const Specimen& specimen);

}  // namespace muqeem::ui
