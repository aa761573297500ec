#pragma once
// Headings and paragraphs: text the person reads, recorded with its role so a screen reader can jump
// between headings.
#include <string_view>

#include "ui/paint.h"

namespace muqeem::ui {

// Level 1 is the page's title; 2 and 3 its sections.
void heading(Ui& ui, std::string_view text, int level = 1);
// Wraps to the box's width in the UI's direction.
void paragraph(Ui& ui, std::string_view text, ImU32 colour = theme::kText, float size = theme::kBodySize);

}  // namespace muqeem::ui
