#pragma once
// A select with type-to-search (the ARIA combobox pattern): typing filters the options (Arabic
// matched without regard to hamza forms or short vowels, Latin without regard to case), arrows move
// through them, Enter chooses, Esc closes; a click on an option chooses it.
#include <string>
#include <vector>

#include "ui/widgets/field.h"

namespace muqeem::ui {

// True when the choice changed this frame. `selected` is -1 while nothing is chosen.
bool select(Ui& ui, const Field& field, const std::vector<std::string>& options, int& selected);

// How a label and a typed filter are compared: lower-case Latin, Arabic letters without tashkeel and
// with alef/hamza forms, alef maqsura and ta marbuta folded.
std::u32string search_key(std::string_view text);

}  // namespace muqeem::ui
