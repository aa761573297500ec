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
constexpr float kInset = 4.0f;      // between a key's edge and its label, less on a narrow key
constexpr float kSmallest = 10.0f;  // a label made smaller to fit its key stops here

// A key that types a letter, digit or sign (not the space bar): drawn larger, all at one size.
bool is_letter(const KeyCap& key) {
  return key.action == KeyAction::Type && key.text != " ";
}

bool is_text_field(const SemanticNode& node) {
  return (node.role == Role::TextBox || node.role == Role::ComboBox) && !node.states.disabled;
}

std::string key_id(size_t row, size_t column) {
  return "osk." + std::to_string(row) + "." + std::to_string(column);
}

// The label drawn on the key, and the name it is read by (the same unless the label is a symbol).
// `narrow`: the label drawn when `label` does not fit the key (a phone-width window).
struct KeyWords {
  std::string label;
  std::string name;
  std::string language;
  std::string narrow;
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
    case KeyAction::Switch: {
      // Not the language's bare name: the page's language toggle in the header has that one.
      const bool arabic = layout == KeyboardLayout::Arabic;
      KeyWords words = same(ui.text(arabic ? "keyboard.toEnglish" : "keyboard.toArabic"));
      words.narrow = ui.text(arabic ? "keyboard.toEnglishNarrow" : "keyboard.toArabicNarrow");
      return words;
    }
    case KeyAction::Enter:
      return same(ui.text("keyboard.enter"));
    case KeyAction::Hide:
      return {ui.text("keyboard.hide"), ui.text("keyboard.hideName"), ui.language_code()};
    case KeyAction::Gap:
      break;
  }
  return {};
}

// The room kept between a key's edges and its label: a tenth of a narrow key.
float inset(float key_width) {
  return std::min(kInset, key_width / 10);
}

// Draws the key's label at `style`, made smaller (to 10 px at least) when the key is narrower than
// the label, and its narrow label first where it has one; returns the label drawn.
std::string paint_label(Ui& ui, const KeyWords& words, TextStyle style, const Rect& key) {
  const float room = key.width - 2 * inset(key.width);
  const std::string* label = &words.label;
  float width = single_line(ui, *label, style).width();
  if (width > room && !words.narrow.empty()) {
    label = &words.narrow;
    width = single_line(ui, *label, style).width();
  }
  if (width > room) style.size = std::max(kSmallest, std::floor(style.size * room / width));
  paint_line(ui, *label, style, key, true);
  return *label;
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
  // The sides' padding gives way first on a narrow window (4 px on a 320 px phone).
  const float side = std::min(kPadding, view.width / 80);
  const float room = std::min(view.width, kWidest) - 2 * side;
  // Keys are kMinKey or more where the window allows; on a narrower one (a tablet or a phone upright)
  // they shrink to fit, as a phone's keyboard does, rather than leave keys off either side.
  const float unit = std::min(room / units, pad ? kPadKey : room);
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

  // Letters all at one size: on narrow keys the widest letter fits its key and the rest match it,
  // rather than each made smaller as it needs.
  float widest_letter = 0;
  for (const KeyRow& row : rows)
    for (const KeyCap& key : row)
      if (is_letter(key))
        widest_letter = std::max(
            widest_letter, single_line(ui, key.text, {text::Weight::Regular, theme::kHeadingSize}).width());
  const float letter_room = unit - kGap - 2 * inset(unit - kGap);
  const float letter_size =
      widest_letter > letter_room
          ? std::max(kSmallest, std::floor(theme::kHeadingSize * letter_room / widest_letter))
          : theme::kHeadingSize;
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
      const bool letter = is_letter(key);
      const TextStyle style{letter ? text::Weight::Regular : text::Weight::Bold,
                            letter ? letter_size : theme::kBodySize, lit ? theme::kPage : theme::kText};
      const std::string drawn = paint_label(ui, words, style, rect);
      if (ui.input().is_focused(id)) focus_ring(ui, rect);

      SemanticNode node;
      node.id = id;
      node.role = Role::Button;
      // A narrow label is said too, so a person speaking what they see names the key.
      node.name = drawn == words.label ? words.name : drawn + " · " + words.name;
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
