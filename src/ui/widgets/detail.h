#pragma once
// A label and its value on one line, in two columns from the start side (verified details, a
// resident's file), read as "label: value".
#include <string>

#include "ui/paint.h"

namespace muqeem::ui {

void detail(Ui& ui, const std::string& label, const std::string& value);

}  // namespace muqeem::ui
