#include "ui/widgets/on_screen_keyboard.h"

#include <algorithm>
#include <cmath>

#include "ui/paint.h"

namespace muqeem::ui {
namespace {

constexpr float kGap = 8.0f;
constexpr float kPadding = 12.0f;
constexpr float kKeyHeight = 64.0f;
constexpr float kWidest = 1200.0f;  // a landscape kiosk: keys a hand can span, centred
constexpr float kPadKey = 120.0f;   // the digits pad's keys at most

bool is_text_field(const SemanticNode& node) {
  return (node.role == Role::TextBox || node.role == Role::ComboBox) && !node.states.disabled;
}

std::string key_id(size_t row, size_t column) {
  return "osk." + std::to_string(row) + "." + std::to_string(column);
}

// The label drawn on the key, and the name it is read by (the same unless the label is a symbol).
struct KeyWords {
  std::string label;
  std::string name;
  std::string language;
};

KeyWords words_for(const Ui& ui, const KeyCap& key, KeyboardLayout layout) {
  const auto same = [&](const std::string& text) { return KeyWords{text, text, ui.language_code()}; };
  switch (key.action) {
    case KeyAction::Type:
      if (key.text == " ") return same(ui.text("keyboard.space"));
      // A letter is read as itself, in its own language.
      return {key.text, key.text, layout == KeyboardLayout::Arabic ? "ar" : "en"};
    case KeyAction::Erase:
      return same(ui.text("keyboard.erase"));
    case KeyAction::Shift:
      return same(ui.text("keyboard.shift"));
    case KeyAction::Switch:
      // Not the language's bare name: the page's language toggle in the header has that one.
      return same(ui.text(layout == KeyboardLayout::Arabic ? "keyboard.toEnglish" : "keyboard.toArabic"));
    case KeyAction::Enter:
      return same(ui.text("keyboard.enter"));
    case KeyAction::Hide:
      return {ui.text("keyboard.hide"), ui.text("keyboard.hideName"), ui.language_code()};
    case KeyAction::Gap:
      break;
  }
  return {};
}

}  // namespace

bool OnScreenKeyboard::follow_focus(Ui& ui) {
  const std::string& focused = ui.input().focused();
  const SemanticNode* node = focused.empty() ? nullptr : ui.tree().find_id(focused);
  if (node && is_text_field(*node)) {
    if (focused != field_) {
      field_ = focused;
      kind_ = node->input;
      hidden_ = false;
      shifted_ = false;
      // A password, a username or the captcha is Latin more often than not; the rest in the page's language.
      letters_ = kind_ == InputKind::Password || kind_ == InputKind::Code ||
                         node->autocomplete == "username" || ui.language() != Language::Arabic
                     ? KeyboardLayout::English
                     : KeyboardLayout::Arabic;
    }
  } else if (focused.rfind("osk.", 0) != 0) {
    field_.clear();  // focus left the fields (a key taking focus keeps the keyboard)
  }
  if (!field_.empty() && !ui.tree().find_id(field_)) field_.clear();  // the page moved on
  if (field_.empty()) return false;
  // Touching the field it was put away from brings it back.
  if (ui.input().take_activation(field_)) hidden_ = false;
  layout_ = kind_ == InputKind::Digits || kind_ == InputKind::Date ? KeyboardLayout::Digits : letters_;
  return !hidden_;
}

void OnScreenKeyboard::press(Ui& ui, const KeyCap& key) {
  switch (key.action) {
    case KeyAction::Type:
      shifted_ = false;  // one shifted character, as a phone's keyboard does
      break;
    case KeyAction::Shift:
      shifted_ = !shifted_;
      break;
    case KeyAction::Switch:
      letters_ = letters_ == KeyboardLayout::Arabic ? KeyboardLayout::English : KeyboardLayout::Arabic;
      shifted_ = false;
      break;
    case KeyAction::Enter:
      ui.input().press_default_action();
      break;
    case KeyAction::Hide:
      hidden_ = true;
      break;
    case KeyAction::Erase:  // the overlay deletes at the caret
    case KeyAction::Gap:
      break;
  }
}

float OnScreenKeyboard::draw(Ui& ui) {
  if (!follow_focus(ui)) return 0;
  const auto rows = keyboard_rows(layout_, shifted_, kind_ == InputKind::Date);
  const Rect& view = ui.viewport();
  const bool pad = layout_ == KeyboardLayout::Digits;
  const float units = widest_row(rows);
  const float room = std::min(view.width, kWidest) - 2 * kPadding;
  const float unit = std::max(kMinKey + kGap, std::min(room / units, pad ? kPadKey : room));
  const float width = unit * units - kGap;
  const float height = 2 * kPadding + static_cast<float>(rows.size()) * (kKeyHeight + kGap) - kGap;
  const Rect panel{view.x, view.y + view.height - height, view.width, height};
  const float left = view.x + (view.width - width) / 2;

  auto layer = ui.popup_layer();
  fill(ui, panel, theme::kSurface, 0);
  ui.draw().AddLine(ImVec2(panel.x, panel.y), ImVec2(panel.right(), panel.y), theme::kDivider, 1.0f);
  SemanticNode group;
  group.id = "osk";
  group.role = Role::Group;
  group.name = ui.text("keyboard.name");
  group.language = ui.language_code();
  group.rect = panel;
  ui.tree().begin(std::move(group));

  for (size_t r = 0; r < rows.size(); ++r) {
    const float row_units = widest_row({rows[r]});
    float x = left + (units - row_units) * unit / 2;  // shorter rows centred, as printed keyboards stagger
    const float y = panel.y + kPadding + static_cast<float>(r) * (kKeyHeight + kGap);
    for (size_t c = 0; c < rows[r].size(); ++c) {
      const KeyCap& key = rows[r][c];
      const Rect rect{x, y, key.width * unit - kGap, kKeyHeight};
      x += key.width * unit;
      if (key.action == KeyAction::Gap) continue;
      const std::string id = key_id(r, c);
      if (ui.input().take_activation(id)) press(ui, key);
      const KeyWords words = words_for(ui, key, letters_);
      const bool lit = (key.action == KeyAction::Shift && shifted_) || key.action == KeyAction::Enter;
      fill(ui, rect, lit ? theme::kPrimary : ui.hovered(rect) ? theme::kPrimaryTint : theme::kPage);
      outline(ui, rect, lit ? theme::kPrimary : theme::kBorder);
      const bool letter = key.action == KeyAction::Type && key.text != " ";
      const TextStyle style{letter ? text::Weight::Regular : text::Weight::Bold,
                            letter ? theme::kHeadingSize : theme::kBodySize,
                            lit ? theme::kPage : theme::kText};
      paint_line(ui, words.label, style, rect, true);
      if (ui.input().is_focused(id)) focus_ring(ui, rect);

      SemanticNode node;
      node.id = id;
      node.role = Role::Button;
      node.name = words.name;
      node.language = words.language;
      node.rect = rect;
      node.key = true;
      if (key.action == KeyAction::Type) node.types = key.text;
      node.erases = key.action == KeyAction::Erase;
      ui.tree().add(std::move(node));
    }
  }
  ui.tree().end();
  return height;
}

}  // namespace muqeem::ui
