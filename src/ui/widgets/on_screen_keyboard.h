#pragma once
// The on-screen keyboard a kiosk without a hardware keyboard types with (issue 17). It shows at the
// bottom of the window while a text field has focus: the digits pad for number fields (iqama,
// border and mobile numbers, codes, dates), otherwise Arabic or English letters. Every key is a
// button in the semantic tree; the page's overlay keeps focus in the field when one is pressed and
// puts the key's text at the field's caret as a hardware key would, so the field's own input events,
// validation, shaping and caret do the rest. The app only keeps which layout shows.
#include <string>

#include "ui/keyboard_layouts.h"
#include "ui/ui.h"

namespace muqeem::ui {

class OnScreenKeyboard {
 public:
  // The smallest a key is, either way, on a window wide enough for the widest row at this size (a
  // kiosk's screen, a finger); on a narrower one keys are narrower, and kept taller than this.
  static constexpr float kMinKey = 56.0f;

  // Draws the keyboard over the bottom of the window when a text field has focus (after the page, so
  // the page's nodes are known); returns the height it took, 0 when it is not shown.
  float draw(Ui& ui);

  // Which field it types into and how; empty when it is not shown (for tests).
  const std::string& field() const { return field_; }
  KeyboardLayout layout() const { return layout_; }
  bool shifted() const { return shifted_; }

 private:
  // Follows focus: a newly focused field gets the layout for its kind and the page's language.
  bool follow_focus(Ui& ui);
  void press(Ui& ui, const KeyCap& key);

  std::string field_;
  InputKind kind_ = InputKind::Text;
  KeyboardLayout letters_ = KeyboardLayout::Arabic;  // the letter layout chosen for this field
  KeyboardLayout layout_ = KeyboardLayout::Arabic;
  bool shifted_ = false;
  bool hidden_ = false;  // put away until the field is touched again or another is chosen
};

}  // namespace muqeem::ui
