#include "ui/keyboard_layouts.h"

#include <algorithm>
#include <initializer_list>

namespace muqeem::ui {
namespace {

KeyRow typing(std::initializer_list<const char*> texts) {
  KeyRow row;
  for (const char* text : texts)
    row.push_back(text[0] ? KeyCap{KeyAction::Type, text} : KeyCap{KeyAction::Gap, {}});
  return row;
}

KeyRow with(KeyRow row, KeyCap before, KeyCap after) {
  if (before.width > 0) row.insert(row.begin(), std::move(before));
  if (after.width > 0) row.push_back(std::move(after));
  return row;
}

const KeyCap kNone{KeyAction::Gap, {}, 0.0f};
const KeyCap kErase{KeyAction::Erase, {}, 1.5f};
const KeyCap kShift{KeyAction::Shift, {}, 1.5f};

// The bottom row of both letter layouts: the other language, space, Enter, hide.
KeyRow bottom_row() {
  return {{KeyAction::Switch, {}, 2.0f},
          {KeyAction::Type, " ", 6.0f},
          {KeyAction::Enter, {}, 2.0f},
          {KeyAction::Hide, {}, 2.0f}};
}

// An empty string is a gap: the shifted key at that place is a diacritic, left out.
std::vector<KeyRow> arabic(bool shifted) {
  if (!shifted) {
    return {with(typing({"ذ", "١", "٢", "٣", "٤", "٥", "٦", "٧", "٨", "٩", "٠"}), kNone, kErase),
            typing({"ض", "ص", "ث", "ق", "ف", "غ", "ع", "ه", "خ", "ح", "ج", "د"}),
            typing({"ش", "س", "ي", "ب", "ل", "ا", "ت", "ن", "م", "ك", "ط"}),
            with(typing({"ئ", "ء", "ؤ", "ر", "لا", "ى", "ة", "و", "ز", "ظ"}), kShift, kNone), bottom_row()};
  }
  return {with(typing({"", "!", "@", "#", "$", "%", "^", "&", "*", ")", "("}), kNone, kErase),
          typing({"", "", "", "", "لإ", "إ", "‘", "÷", "×", "؛", "<", ">"}),
          typing({"", "", "]", "[", "لأ", "أ", "", "،", "/", ":", "\""}),
          with(typing({"~", "", "}", "{", "لآ", "آ", "’", ",", ".", "؟"}), kShift, kNone), bottom_row()};
}

std::vector<KeyRow> english(bool shifted) {
  if (!shifted) {
    return {with(typing({"1", "2", "3", "4", "5", "6", "7", "8", "9", "0"}), kNone, kErase),
            typing({"q", "w", "e", "r", "t", "y", "u", "i", "o", "p"}),
            typing({"a", "s", "d", "f", "g", "h", "j", "k", "l"}),
            with(typing({"z", "x", "c", "v", "b", "n", "m", ".", "-"}), kShift, kNone), bottom_row()};
  }
  return {with(typing({"!", "@", "#", "$", "%", "^", "&", "*", "(", ")"}), kNone, kErase),
          typing({"Q", "W", "E", "R", "T", "Y", "U", "I", "O", "P"}),
          typing({"A", "S", "D", "F", "G", "H", "J", "K", "L"}),
          with(typing({"Z", "X", "C", "V", "B", "N", "M", "+", "_"}), kShift, kNone), bottom_row()};
}

std::vector<KeyRow> digits(bool date) {
  const KeyCap erase{KeyAction::Erase, {}, 1.0f};
  return {typing({"1", "2", "3"}),
          typing({"4", "5", "6"}),
          typing({"7", "8", "9"}),
          date ? KeyRow{{KeyAction::Type, "/"}, {KeyAction::Type, "0"}, erase}
               : KeyRow{{KeyAction::Gap, {}}, {KeyAction::Type, "0"}, erase},
          {{KeyAction::Hide, {}, 1.5f}, {KeyAction::Enter, {}, 1.5f}}};
}

}  // namespace

std::vector<KeyRow> keyboard_rows(KeyboardLayout layout, bool shifted, bool date) {
  switch (layout) {
    case KeyboardLayout::Arabic:
      return arabic(shifted);
    case KeyboardLayout::English:
      return english(shifted);
    case KeyboardLayout::Digits:
      return digits(date);
  }
  return {};
}

float widest_row(const std::vector<KeyRow>& rows) {
  float widest = 0;
  for (const KeyRow& row : rows) {
    float width = 0;
    for (const KeyCap& key : row) width += key.width;
    widest = std::max(widest, width);
  }
  return widest;
}

}  // namespace muqeem::ui
