#pragma once
// The numbered steps of a multi-step form (DGA Platforms Code): circles numbered from the start side,
// done steps ticked, the current one filled, each labelled; read as "step 2 of 4: verify data".
#include <string>
#include <vector>

#include "ui/paint.h"

namespace muqeem::ui {

// `current` is 0-based.
void stepper(Ui& ui, const std::string& id, const std::vector<std::string>& steps, int current);

}  // namespace muqeem::ui
