#include "ui/widgets/date_field.h"

#include "ui/dates.h"

namespace muqeem::ui {

bool date_field(Ui& ui, Field field, std::string& text, std::optional<domain::CivilDate>& date) {
  field.input = InputKind::Date;
  if (field.hint.empty()) field.hint = ui.text("date.hint");
  // The error goes under the box, so it is decided from the text as it stood when the frame began;
  // a change shows at the next frame (the app draws a few frames after every input).
  if (field.error.empty() && !text.empty() && !read_typed_date(text)) field.error = ui.text("date.invalid");
  const bool changed = text_field(ui, field, text);
  const auto typed = read_typed_date(text);
  date = typed ? std::optional(typed->date) : std::nullopt;
  if (!typed) return changed;

  // The same day in the other calendar, under the field and in its accessible description.
  std::string other;
  if (typed->typed_in_hijri) {
    other = format_gregorian(typed->date, ui.screen().strings);
  } else if (const auto hijri = domain::HijriDate::from_civil(typed->date)) {
    other = format_hijri(*hijri, ui.screen().strings);
  }
  if (other.empty()) return changed;
  const std::string line = ui.screen().strings.format("date.corresponds", {{"date", other}});
  ui.set_cursor(ui.cursor() - 12);  // tuck it under the box (or its error)
  paint_line(ui, line, {text::Weight::Regular, theme::kSmallSize, theme::kTextSecondary}, ui.next(21.0f));
  if (const int index = ui.tree().index_of(field.id); index >= 0) {
    std::string& description = ui.tree().node(index).description;
    description += description.empty() ? line : " · " + line;
  }
  return changed;
}

}  // namespace muqeem::ui
