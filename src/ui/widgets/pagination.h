#pragma once
// Pages of a long list: previous, the page numbers around the current one (first and last always),
// next; a navigation landmark. `page` is 0-based; true when the person moved to another page.
#include <string>

#include "ui/paint.h"

namespace muqeem::ui {

bool pagination(Ui& ui, const std::string& id, int& page, int page_count);

}  // namespace muqeem::ui
