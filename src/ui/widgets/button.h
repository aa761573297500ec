#pragma once
// Buttons: primary (the one action a step leads to), secondary, and link-styled actions. A busy
// button shows a spinner and ignores activation, so a request is never sent twice.
#include <optional>
#include <string>

#include "ui/paint.h"

namespace muqeem::ui {

enum class ButtonKind { Primary, Secondary, Link };

struct Button {
  std::string id;
  std::string label;
  ButtonKind kind = ButtonKind::Primary;
  bool busy = false;
  bool disabled = false;
  std::string language;         // the label's language when it is not the UI's (the language toggle)
  bool navigates = false;       // takes the person somewhere (a link to screen readers), not an action
  bool default_action = false;  // Enter in the form's text fields presses it
  std::string name;  // the accessible name when it must say more than the label (contains the label)
  std::optional<bool> expanded;  // a button opening a menu: whether it is open (aria-expanded)
};

// The width the button needs for its label (at least a 44 px target).
float button_width(Ui& ui, const Button& button);
// Draws the button in `rect`; true when it was activated this frame.
bool button(Ui& ui, const Button& button, const Rect& rect);
// Draws the button at the start side of the next line of the box.
bool button(Ui& ui, const Button& button);

}  // namespace muqeem::ui
