#pragma once
// A read-only value officers need elsewhere (an iqama number, a request number): its label, the value
// (left to right when it is a number) and a button that copies it, which says "copied" for a moment.
#include <string>

#include "ui/paint.h"

namespace muqeem::ui {

// True when the person copied the value this frame.
bool copyable_value(Ui& ui, const std::string& id, const std::string& label, const std::string& value);

}  // namespace muqeem::ui
