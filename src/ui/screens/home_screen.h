#pragma once
// The home screen before sign-in: the product's name and what it is, in both languages.
#include "ui/screen_context.h"

namespace muqeem::ui {

void draw_home_screen(ScreenContext& context, ImDrawList& list, ImVec2 size);

}  // namespace muqeem::ui
