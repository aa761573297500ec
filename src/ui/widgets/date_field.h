#pragma once
// A date field: typed as YYYY-MM-DD in the Gregorian calendar or the Hijri (Umm al-Qura) one, and
// the date shown in the other calendar under the box, so an officer copying an expiry from either
// kind of document can check it. Left to right, like every number.
#include <optional>
#include <string>

#include "domain/civil_date.h"
#include "ui/widgets/field.h"

namespace muqeem::ui {

// True when the text changed this frame. `date` is the Gregorian date the text names, if any.
bool date_field(Ui& ui, Field field, std::string& text, std::optional<domain::CivilDate>& date);

}  // namespace muqeem::ui
