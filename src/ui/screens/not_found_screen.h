#pragma once
// An address the app does not know: said plainly in the person's language, with a way home; never
// another screen in its place, so a mistyped or outdated link is noticed.
#include <functional>
#include <string>

#include "ui/widgets/page_frame.h"

namespace muqeem::ui {

PageActions draw_not_found_screen(Ui& ui, ImVec2 size, bool signed_in,
                                  const std::function<void(const std::string&)>& navigate);

}  // namespace muqeem::ui
