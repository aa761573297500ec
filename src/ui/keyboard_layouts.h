#pragma once
// The on-screen keyboard's layouts (kiosk mode, issue 17): which keys there are, row by row, and
// what each does. Arabic is the standard Arabic (101) layout, its letters where an Arabic keyboard has
// them (ذ left of the digits, لا under B) with Arabic-Indic digits; its shift layer gives the hamza
// forms on alef (أ إ آ, and لأ لإ لآ) where the standard layout does, and its symbols, leaving out the
// diacritics, which no form here needs. English is QWERTY; the digits pad is for number fields.
// No drawing here: the widget (widgets/on_screen_keyboard.cpp) lays these out.
#include <string>
#include <vector>

namespace muqeem::ui {

enum class KeyboardLayout { Arabic, English, Digits };

enum class KeyAction {
  Type,    // puts `text` at the caret of the field being typed in
  Erase,   // deletes the character before the caret (or the selection)
  Shift,   // the next key types its shifted character
  Switch,  // to the other language's layout
  Enter,   // the form's primary button, as Enter on a hardware keyboard
  Hide,    // puts the keyboard away until a field is next chosen
  Gap,     // an empty place, so the keys around it stay where the standard layout has them
};

struct KeyCap {
  KeyAction action = KeyAction::Type;
  std::string text;    // Type: what it types (" " for the space bar)
  float width = 1.0f;  // in key widths
};

using KeyRow = std::vector<KeyCap>;

// The rows of a layout, top to bottom, each left to right as the keys sit on a physical keyboard: a
// keyboard is not mirrored in Arabic (ض is at the top left, as Q is). `date` adds "/" to the digits pad.
std::vector<KeyRow> keyboard_rows(KeyboardLayout layout, bool shifted, bool date = false);

// The widest row, in key widths: what a key's width is worked out from.
float widest_row(const std::vector<KeyRow>& rows);

}  // namespace muqeem::ui
