#include "ui/widgets/file_picker.h"

#include "ui/widgets/field.h"

namespace muqeem::ui {
namespace {

constexpr float kZoneHeight = 88.0f;

}  // namespace

std::vector<ChosenFile> file_picker(Ui& ui, const FilePicker& picker) {
  std::vector<ChosenFile> files = ui.input().take_files(picker.id);
  if (picker.disabled) files.clear();
  const Field field{picker.id, picker.label, picker.hint, picker.error, false, picker.disabled};
  const FieldFrame frame = field_frame(ui, field, kZoneHeight);
  const bool focused = ui.input().is_focused(picker.id);
  const bool invalid = !picker.error.empty();
  draw_field_label(ui, field, frame);
  fill(ui, frame.box, picker.disabled ? theme::kDisabled : theme::kSurface);
  // Never colour alone: the border thickens for an error, and the message is written under it.
  outline(ui, frame.box, invalid ? theme::kError : theme::kBorder, invalid ? 2.0f : 1.0f);
  if (focused) focus_ring(ui, frame.box);
  const float line = frame.box.height / 2 - 4;
  paint_line(ui, ui.text("files.choose"), {text::Weight::Bold, theme::kBodySize, theme::kPrimaryDark},
             {frame.box.x, frame.box.y + 8, frame.box.width, line}, true);
  paint_line(ui, ui.text("files.orDrop"), {text::Weight::Regular, theme::kSmallSize, theme::kTextSecondary},
             {frame.box.x, frame.box.y + line, frame.box.width, line}, true);
  draw_field_error(ui, field, frame);

  SemanticNode node = field_node(ui, field, frame, {});
  node.role = Role::FileInput;
  node.accept = picker.accept;
  node.max_bytes = picker.max_bytes;
  ui.tree().add(std::move(node));
  return files;
}

}  // namespace muqeem::ui
