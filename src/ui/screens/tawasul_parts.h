#pragma once
// What Tawasul's screens (tawasul_screens.cpp, tawasul_request_screen.cpp) say alike: a request's
// days and moments, the operation that failed in words, and their links.
#include <string>

#include "ui/widgets/button.h"

namespace muqeem::ui {

class Ui;

constexpr int kTawasulDescriptionLength = 2000;  // a request's description and a reply, at most

// "2026-01-01T09:30:00Z" as the day it was, in both calendars.
std::string tawasul_day(const Ui& ui, const std::string& instant);
// "2026-01-01 09:30" (UTC, as the portal records it), for the history and the replies.
std::string tawasul_moment(const std::string& instant);
// The operation that failed in the officer's words ("Iqama renewal"); support also reads the code the
// request carries. A code without words (a new screen's) shows as it is rather than hiding.
std::string operation_words(const Ui& ui, const std::string& code);
// A button that takes the officer to another page (a link to screen readers).
Button link_to(const std::string& id, const std::string& label);

}  // namespace muqeem::ui
