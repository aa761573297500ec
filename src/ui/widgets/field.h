#pragma once
// Text entry. The C++ text engine draws the field and its value; while the field is focused the
// platform lays the browser's own <input> over it (keyboards, IME, autofill, paste), and its value
// comes back here through SetValue events. Label above, hint under the label, error under the box.
#include <string>

#include "ui/paint.h"

namespace muqeem::ui {

struct Field {
  std::string id;
  std::string label;
  std::string hint;
  std::string error;  // shown under the box and tied to the control; empty when valid
  bool required = false;
  bool disabled = false;
  InputKind input = InputKind::Text;
  std::string autocomplete;
  int max_length = 0;  // characters; 0 for no limit
};

// A single-line text field; true when the value changed this frame.
bool text_field(Ui& ui, const Field& field, std::string& value);
// A password with a show/hide button at its end; the choice is remembered per field.
bool password_field(Ui& ui, Field field, std::string& value);
// Numbers officers copy from documents (iqama, border number): Arabic-Indic digits become Western
// ones as they are typed, the value reads left to right inside Arabic, and anything that is not a
// digit is kept (nothing typed is lost) and reported under the field.
bool identifier_field(Ui& ui, Field field, std::string& value);

// The pieces of a field's frame, for widgets that put something else in the box (select, date).
struct FieldFrame {
  Rect label;
  Rect hint;  // empty when the field has none
  Rect box;
  Rect error;  // empty when valid
  float bottom = 0;
};
// `box_height`: a field's box is one line; a file picker's drop zone is taller.
// `box_height` 0: a target's height (ui.target()).
FieldFrame field_frame(Ui& ui, const Field& field, float box_height = 0);
void draw_field_label(Ui& ui, const Field& field, const FieldFrame& frame);
void draw_field_box(Ui& ui, const Field& field, const Rect& box, bool focused);
void draw_field_error(Ui& ui, const Field& field, const FieldFrame& frame);
// The field's semantic node: a text box named by its label, with its hint, error and states.
SemanticNode field_node(Ui& ui, const Field& field, const FieldFrame& frame, const std::string& value);

}  // namespace muqeem::ui
