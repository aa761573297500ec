#include "ui/screens/gallery_screen.h"

#include <algorithm>

#include "domain/identifiers.h"
#include "ui/widgets/alert.h"
#include "ui/widgets/button.h"
#include "ui/widgets/choice.h"
#include "ui/widgets/field.h"
#include "ui/widgets/select.h"
#include "ui/widgets/text.h"

namespace muqeem::ui {
namespace {

// Sample nationalities as the lookups endpoint gives them; the gallery needs no server.
const char* const kNationalities[][2] = {
    {"الهند", "India"},   {"باكستان", "Pakistan"},    {"بنغلاديش", "Bangladesh"},
    {"مصر", "Egypt"},     {"الفلبين", "Philippines"}, {"اليمن", "Yemen"},
    {"السودان", "Sudan"}, {"إندونيسيا", "Indonesia"}, {"نيبال", "Nepal"},
    {"الأردن", "Jordan"}, {"سريلانكا", "Sri Lanka"},  {"إثيوبيا", "Ethiopia"},
};

struct Errors {
  std::string name, iqama, duration;
  std::vector<FieldError> all;
};

Errors validate(Ui& ui, const GalleryState& state) {
  Errors errors;
  if (!state.checked) return errors;
  if (state.name.empty()) errors.name = ui.text("gallery.nameRequired");
  if (!domain::IqamaNumber::parse(state.iqama)) errors.iqama = ui.text("gallery.iqamaInvalid");
  if (state.duration < 0) errors.duration = ui.text("gallery.durationRequired");
  if (!errors.name.empty()) errors.all.push_back({"gallery.name", errors.name});
  if (!errors.iqama.empty()) errors.all.push_back({"gallery.iqama", errors.iqama});
  if (!errors.duration.empty()) errors.all.push_back({"gallery.duration.0", errors.duration});
  return errors;
}

void buttons_section(Ui& ui, GalleryState& state) {
  heading(ui, ui.text("gallery.buttons"), 2);
  const Rect line = ui.next(ui.target());
  Flow flow(ui, line);
  const Button primary{"gallery.primary", ui.text("gallery.primary")};
  const Button secondary{"gallery.secondary", ui.text("gallery.secondary"), ButtonKind::Secondary};
  Button link{"gallery.link", ui.text("gallery.link"), ButtonKind::Link};
  link.navigates = true;
  if (button(ui, primary, flow.take(button_width(ui, primary)))) ++state.presses;
  button(ui, secondary, flow.take(button_width(ui, secondary)));
  button(ui, link, flow.take(button_width(ui, link)));
  const Rect states = ui.next(ui.target());
  Flow flow2(ui, states);
  Button disabled{"gallery.disabled", ui.text("gallery.disabled")};
  disabled.disabled = true;
  Button busy{"gallery.busy", ui.text("gallery.busy")};
  busy.busy = true;
  button(ui, disabled, flow2.take(button_width(ui, disabled)));
  button(ui, busy, flow2.take(button_width(ui, busy)));
  paragraph(ui, ui.screen().strings.plural("gallery.pressed", state.presses), theme::kTextSecondary);
}

void fields_section(Ui& ui, GalleryState& state, const Errors& errors) {
  heading(ui, ui.text("gallery.fields"), 2);
  const Rect row = ui.box();
  const auto halves =
      ui.compact() ? std::vector<Rect>{row, row} : ui.columns({row.x, 0, row.width, 0}, 2, 24.0f);
  const float top = ui.cursor();
  float bottom = top;
  // Two columns: the first in reading order at the start side (right in Arabic).
  ui.push_box(halves[0].x, halves[0].width, top);
  text_field(ui, {"gallery.name", ui.text("gallery.name"), ui.text("gallery.nameHint"), errors.name, true},
             state.name);
  password_field(ui,
                 {"gallery.password",
                  ui.text("gallery.password"),
                  {},
                  {},
                  false,
                  false,
                  InputKind::Password,
                  "current-password"},
                 state.password);
  bottom = std::max(bottom, ui.pop_box());
  // Below 600 px the columns stack: the second under the first, the whole width.
  if (ui.compact())
    ui.push_box(row.x, row.width, bottom);
  else
    ui.push_box(halves[1].x, halves[1].width, top);
  Field iqama{"gallery.iqama", ui.text("gallery.iqama"), ui.text("gallery.iqamaHint"), errors.iqama, true};
  iqama.max_length = 10;
  identifier_field(ui, iqama, state.iqama);
  Field establishment{"gallery.establishment", ui.text("gallery.disabledField")};
  establishment.disabled = true;
  identifier_field(ui, establishment, state.establishment);
  bottom = std::max(bottom, ui.pop_box());
  ui.set_cursor(bottom);
}

void choices_section(Ui& ui, GalleryState& state, const Errors& errors) {
  heading(ui, ui.text("gallery.choices"), 2);
  std::vector<std::string> nationalities;
  for (const auto& names : kNationalities) nationalities.emplace_back(names[ui.rtl() ? 0 : 1]);
  Field nationality{"gallery.nationality", ui.text("gallery.nationality"),
                    ui.text("gallery.nationalityHint")};
  select(ui, nationality, nationalities, state.nationality);
  radio_group(ui,
              {"gallery.duration",
               ui.text("gallery.duration"),
               {ui.text("gallery.months3"), ui.text("gallery.months6"), ui.text("gallery.months9"),
                ui.text("gallery.months12")},
               errors.duration,
               true},
              state.duration);
  checkbox(ui, "gallery.agree", ui.text("gallery.agree"), state.agree);
  checkbox(ui, "gallery.copy", ui.text("gallery.agreeDisabled"), state.copy, true);
}

void messages_section(Ui& ui) {
  heading(ui, ui.text("gallery.messages"), 2);
  alert(ui, AlertKind::Info, ui.text("gallery.info"));
  alert(ui, AlertKind::Success, ui.text("gallery.success"), ui.text("gallery.successText"));
  alert(ui, AlertKind::Warning, ui.text("gallery.warning"));
  alert(ui, AlertKind::Error, ui.text("gallery.error"), ui.text("gallery.errorText"));
}

}  // namespace

PageActions draw_gallery_screen(Ui& ui, ImVec2 size, GalleryState& state) {
  const PageActions actions = begin_page(ui, size);
  heading(ui, ui.text("gallery.title"), 1);
  paragraph(ui, ui.text("gallery.intro"), theme::kTextSecondary);
  const Errors errors = validate(ui, state);
  error_summary(ui, "gallery.errors", errors.all);
  buttons_section(ui, state);
  fields_section(ui, state, errors);
  choices_section(ui, state, errors);
  if (button(ui, {"gallery.check", ui.text("gallery.check")})) {
    state.checked = true;
    // The summary appears next frame; focus goes to it so a screen reader reads it at once.
    if (!validate(ui, state).all.empty()) ui.input().request_focus("gallery.errors.0");
  }
  messages_section(ui);
  gallery_navigation_sections(ui, state);
  end_page(ui, size);
  return actions;
}

}  // namespace muqeem::ui
