#pragma once
// Choices: a checkbox, and a radio group (one stop for Tab; arrows move the choice).
#include <string>
#include <vector>

#include "ui/paint.h"

namespace muqeem::ui {

// True when toggled this frame.
bool checkbox(Ui& ui, const std::string& id, const std::string& label, bool& checked, bool disabled = false);

struct RadioGroup {
  std::string id;  // each radio's id is "<id>.<index>"
  std::string label;
  std::vector<std::string> options;
  std::string error;
  bool required = false;
};
// True when the choice changed this frame. `selected` is -1 while nothing is chosen.
bool radio_group(Ui& ui, const RadioGroup& group, int& selected);

}  // namespace muqeem::ui
