#include "ui/widgets/field.h"

#include <algorithm>

#include "domain/digits.h"
#include "text/utf8.h"
#include "ui/widgets/button.h"

namespace muqeem::ui {
namespace {

constexpr float kLabelHeight = 24.0f;
constexpr float kHintHeight = 21.0f;
constexpr float kErrorHeight = 24.0f;

const TextStyle kLabelStyle{text::Weight::Bold, theme::kBodySize, theme::kText};
const TextStyle kHintStyle{text::Weight::Regular, theme::kSmallSize, theme::kTextSecondary};
const TextStyle kErrorStyle{text::Weight::Regular, theme::kSmallSize, theme::kError};
const TextStyle kValueStyle{text::Weight::Regular, theme::kBodySize, theme::kText};

std::string masked(const std::string& value) {
  std::string dots;
  for (size_t i = 0, n = text::decode_utf8(value).size(); i < n; ++i) dots += "\u2022";
  return dots;
}

// Draws the value inside the box, clipped to it, from the start side (left for identifiers, whose
// digits read left to right even in Arabic: the box's start side in the UI still holds them).
void draw_value(Ui& ui, const Rect& area, const std::string& shown, text::Direction direction) {
  // Like a browser's input, a long value is cut at the box's edge (the focused input scrolls it):
  // painted directly, not through paint_line, which reports a text wider than its place.
  ImDrawList& list = ui.draw();
  list.PushClipRect(top_left(area), bottom_right(area), true);
  const text::TextLayout& layout = single_line(ui, shown, kValueStyle, direction);
  const float x = ui.rtl() ? area.right() - layout.width() : area.x;
  paint(ui, layout, x, area.y + (area.height - layout.height()) / 2, kValueStyle.colour);
  list.PopClipRect();
}

// Keeps at most `limit` characters (code points), so a pasted paragraph cannot grow a field.
void clip(std::string& value, int limit) {
  if (limit <= 0) return;
  std::u32string chars = text::decode_utf8(value);
  if (chars.size() <= static_cast<size_t>(limit)) return;
  chars.resize(static_cast<size_t>(limit));
  value = text::encode_utf8(chars);
}

bool take_value(Ui& ui, const Field& field, std::string& value) {
  auto typed = ui.input().take_value(field.id);
  if (!typed || field.disabled) return false;
  clip(*typed, field.max_length);
  if (*typed == value) return false;
  value = std::move(*typed);
  return true;
}

}  // namespace

// The label, hint and error wrap onto more lines where the column is narrow (a phone, zoom).
FieldFrame field_frame(Ui& ui, const Field& field, float box_height) {
  if (box_height <= 0) box_height = ui.target();
  FieldFrame frame;
  const float width = ui.box().width;
  const text::TextLayout& label_layout = wrapped(ui, field.label, kLabelStyle, width);
  const Rect label = ui.next(std::max(kLabelHeight, label_layout.height()), 4.0f);
  frame.label = ui.at_start(label, label_layout.width());
  if (!field.hint.empty())
    frame.hint = ui.next(std::max(kHintHeight, wrapped(ui, field.hint, kHintStyle, width).height()), 4.0f);
  frame.box = ui.next(box_height, field.error.empty() ? 16.0f : 4.0f);
  if (!field.error.empty())
    frame.error =
        ui.next(std::max(kErrorHeight, wrapped(ui, field.error, kErrorStyle, width).height()), 16.0f);
  frame.bottom = ui.cursor();
  return frame;
}

void draw_field_label(Ui& ui, const Field& field, const FieldFrame& frame) {
  paint_wrapped(ui, field.label, kLabelStyle,
                {ui.box().x, frame.label.y, ui.box().width, frame.label.height});
  if (!field.hint.empty()) paint_wrapped(ui, field.hint, kHintStyle, frame.hint);
}

void draw_field_box(Ui& ui, const Field& field, const Rect& box, bool focused) {
  fill(ui, box, field.disabled ? theme::kDisabled : theme::kPage);
  const bool invalid = !field.error.empty();
  outline(ui, box, invalid ? theme::kError : theme::kBorder, invalid || focused ? 2.0f : 1.0f);
  if (focused) focus_ring(ui, box);
}

void draw_field_error(Ui& ui, const Field& field, const FieldFrame& frame) {
  if (field.error.empty()) return;
  paint_wrapped(ui, field.error, kErrorStyle, frame.error);
}

SemanticNode field_node(Ui& ui, const Field& field, const FieldFrame& frame, const std::string& value) {
  SemanticNode node;
  node.id = field.id;
  node.role = Role::TextBox;
  node.name = field.label;
  node.language = ui.language_code();
  node.value = value;
  node.description = field.hint;
  node.error = field.error;
  node.states.invalid = !field.error.empty();
  node.states.required = field.required;
  node.states.disabled = field.disabled;
  node.rect = frame.box;
  node.label_rect = frame.label;
  node.input = field.input;
  node.autocomplete = field.autocomplete;
  return node;
}

namespace {

void draw_text_field(Ui& ui, const Field& field, const std::string& value) {
  // Enter in a text field submits its form, as in any web form.
  for (const Key key : ui.input().take_keys(field.id))
    if (key == Key::Enter) ui.input().press_default_action();
  const FieldFrame frame = field_frame(ui, field);
  const bool focused = ui.input().is_focused(field.id);
  draw_field_label(ui, field, frame);
  draw_field_box(ui, field, frame.box, focused);
  // While focused the browser's input shows the value (with its caret and selection) in this place.
  if (!focused) {
    const Rect inner{frame.box.x + theme::kFieldPadding, frame.box.y,
                     frame.box.width - 2 * theme::kFieldPadding, frame.box.height};
    const bool digits = field.input == InputKind::Digits || field.input == InputKind::Code;
    const std::string shown = field.input == InputKind::Password ? masked(value) : value;
    draw_value(ui, inner, shown, digits ? text::Direction::LeftToRight : text::Direction::Auto);
  }
  draw_field_error(ui, field, frame);
  ui.tree().add(field_node(ui, field, frame, value));
}

}  // namespace

bool text_field(Ui& ui, const Field& field, std::string& value) {
  const bool changed = take_value(ui, field, value);
  draw_text_field(ui, field, value);
  return changed;
}

bool password_field(Ui& ui, Field field, std::string& value) {
  int& shown = ui.input().number(field.id + ".shown");
  field.input = shown ? InputKind::Text : InputKind::Password;
  const bool changed = take_value(ui, field, value);
  for (const Key key : ui.input().take_keys(field.id))
    if (key == Key::Enter) ui.input().press_default_action();
  const FieldFrame frame = field_frame(ui, field);
  const bool focused = ui.input().is_focused(field.id);
  // The show/hide button sits inside the box at its end; the text stops before it.
  Button toggle{field.id + ".toggle", ui.text(shown ? "field.hidePassword" : "field.showPassword"),
                ButtonKind::Link};
  const float toggle_width = button_width(ui, toggle) + 8;
  const Rect toggle_rect{ui.rtl() ? frame.box.x : frame.box.right() - toggle_width, frame.box.y, toggle_width,
                         frame.box.height};
  Rect text_box = frame.box;
  text_box.width -= toggle_width;
  if (ui.rtl()) text_box.x += toggle_width;

  draw_field_label(ui, field, frame);
  draw_field_box(ui, field, frame.box, focused);
  if (!focused) {
    const Rect inner{text_box.x + theme::kFieldPadding, text_box.y, text_box.width - 2 * theme::kFieldPadding,
                     text_box.height};
    draw_value(ui, inner, shown ? value : masked(value), text::Direction::Auto);
  }
  draw_field_error(ui, field, frame);
  FieldFrame input_frame = frame;
  input_frame.box = text_box;
  ui.tree().add(field_node(ui, field, input_frame, value));
  if (button(ui, toggle, toggle_rect)) shown = !shown;
  return changed;
}

bool identifier_field(Ui& ui, Field field, std::string& value) {
  field.input = InputKind::Digits;
  bool changed = false;
  if (auto typed = ui.input().take_value(field.id); typed && !field.disabled) {
    // Digits of any script become Western; anything else stays as typed, for the person to fix.
    std::string normalized;
    for (const char32_t c : text::decode_utf8(*typed)) {
      const std::string one = text::encode_utf8(std::u32string(1, c));
      const auto digit = domain::western_digits(one);
      normalized += digit ? *digit : one;
    }
    clip(normalized, field.max_length);
    changed = normalized != value;
    value = std::move(normalized);
  }
  if (field.error.empty() && !domain::western_digits(value)) field.error = ui.text("field.digitsOnly");
  draw_text_field(ui, field, value);
  return changed;
}

}  // namespace muqeem::ui
