// The gallery's second half: the stepper, a date field, tabs, a 10,000-row table with pagination,
// a modal dialog, a toast and a copyable value.
#include <algorithm>
#include <array>
#include <numeric>

#include "ui/number_format.h"
#include "ui/screens/gallery_screen.h"
#include "ui/widgets/button.h"
#include "ui/widgets/copyable.h"
#include "ui/widgets/date_field.h"
#include "ui/widgets/dialog.h"
#include "ui/widgets/pagination.h"
#include "ui/widgets/stepper.h"
#include "ui/widgets/tabs.h"
#include "ui/widgets/text.h"

namespace muqeem::ui {
namespace {

// Synthetic residents for the table, the same every time: row r's cells depend on r only.
struct SampleRow {
  std::array<std::string, 4> cells;
};

SampleRow sample_row(int row, bool arabic) {
  static const char* const kFirst[][2] = {{"محمد", "Mohammed"}, {"أحمد", "Ahmed"},   {"راجيش", "Rajesh"},
                                          {"خوسيه", "Jose"},    {"فاطمة", "Fatima"}, {"سانجاي", "Sanjay"}};
  static const char* const kLast[][2] = {
      {"رحمن", "Rahman"}, {"كومار", "Kumar"}, {"سانتوس", "Santos"}, {"علي", "Ali"}, {"حسين", "Hussain"}};
  static const char* const kNationality[][2] = {{"الهند", "India"},
                                                {"باكستان", "Pakistan"},
                                                {"الفلبين", "Philippines"},
                                                {"مصر", "Egypt"},
                                                {"بنغلاديش", "Bangladesh"}};
  const int lang = arabic ? 0 : 1;
  SampleRow sample;
  sample.cells[0] = std::string(kFirst[row % 6][lang]) + " " + kLast[(row / 6) % 5][lang];
  sample.cells[1] = std::to_string(2100000000LL + static_cast<long long>(row) * 7919 % 99999989);
  sample.cells[2] = kNationality[(row / 3) % 5][lang];
  const domain::CivilDate expiry = domain::CivilDate(2026, 1, 1).plus_days((row * 37) % 1460);
  sample.cells[3] = expiry.iso();
  return sample;
}

void sort_rows(GalleryState& state, bool arabic) {
  state.order.resize(static_cast<size_t>(state.table_rows));
  std::iota(state.order.begin(), state.order.end(), 0);
  const int column = state.table.sort_column;
  if (column < 0) return;
  std::vector<std::string> keys(state.order.size());
  for (size_t i = 0; i < keys.size(); ++i)
    keys[i] = sample_row(static_cast<int>(i), arabic).cells[static_cast<size_t>(column)];
  std::stable_sort(state.order.begin(), state.order.end(), [&](int a, int b) {
    return state.table.descending ? keys[static_cast<size_t>(b)] < keys[static_cast<size_t>(a)]
                                  : keys[static_cast<size_t>(a)] < keys[static_cast<size_t>(b)];
  });
}

void table_section(Ui& ui, GalleryState& state) {
  heading(ui, ui.text("gallery.table"), 2);
  if (state.order.size() != static_cast<size_t>(state.table_rows)) sort_rows(state, ui.rtl());
  const std::vector<Column> columns = {{ui.text("gallery.columnName"), 2.0f, true},
                                       {ui.text("gallery.columnIqama"), 1.5f, true, true},
                                       {ui.text("gallery.columnNationality"), 1.5f, false},
                                       {ui.text("gallery.columnExpiry"), 1.5f, true, true}};
  SampleRow cached;
  int cached_row = -1;
  const CellText cell = [&](int row, int column) -> std::string_view {
    const int source = state.order[static_cast<size_t>(row)];
    if (source != cached_row) {
      cached = sample_row(source, ui.rtl());
      cached_row = source;
    }
    return cached.cells[static_cast<size_t>(column)];
  };
  const TableResult result = table(ui, "gallery.table", ui.text("gallery.tableCaption"), columns,
                                   state.table_rows, cell, state.table, 400.0f);
  if (result.sort_changed) sort_rows(state, ui.rtl());
  if (result.opened >= 0) state.opened = result.opened;
  if (state.opened >= 0)
    paragraph(ui,
              ui.screen().strings.format("gallery.opened",
                                         {{"row", format_integer(state.opened + 1, ui.language())}}),
              theme::kTextSecondary);
  pagination(ui, "gallery.pages", state.page, 20);
}

void dialog_section(Ui& ui, GalleryState& state) {
  heading(ui, ui.text("gallery.dialogs"), 2);
  copyable_value(ui, "gallery.requestNumber", ui.text("gallery.requestNumber"), "4003127745");
  if (button(ui, {"gallery.openDialog", ui.text("gallery.openDialog")})) state.confirming = true;
  if (state.confirming) {
    ModalDialog dialog(ui, "gallery.dialog", ui.text("gallery.dialogTitle"));
    paragraph(ui, ui.text("gallery.dialogText"));
    Flow flow(ui, ui.next(ui.target()));
    const Button confirm{"gallery.confirm", ui.text("gallery.confirm")};
    const Button cancel{"gallery.cancel", ui.text("gallery.cancel"), ButtonKind::Secondary};
    if (button(ui, confirm, flow.take(button_width(ui, confirm)))) {
      state.confirming = false;
      state.toasts.show(ui.text("gallery.confirmed"), ui.now());
      ui.input().request_focus("gallery.openDialog");
    }
    if (button(ui, cancel, flow.take(button_width(ui, cancel))) || dialog.escaped()) {
      state.confirming = false;
      ui.input().request_focus("gallery.openDialog");
    }
  }
  state.toasts.draw(ui);
}

}  // namespace

void gallery_navigation_sections(Ui& ui, GalleryState& state) {
  heading(ui, ui.text("gallery.steps"), 2);
  stepper(ui, "gallery.stepper",
          {ui.text("gallery.step1"), ui.text("gallery.step2"), ui.text("gallery.step3"),
           ui.text("gallery.step4")},
          state.step);

  heading(ui, ui.text("gallery.dates"), 2);
  date_field(ui, {"gallery.expiry", ui.text("gallery.expiry")}, state.expiry, state.expiry_date);

  heading(ui, ui.text("gallery.tabs"), 2);
  const std::vector<std::string> names = {ui.text("gallery.tabProfile"), ui.text("gallery.tabPassport"),
                                          ui.text("gallery.tabVisas")};
  tabs(ui, "gallery.tabs", ui.text("gallery.tabsLabel"), names, state.tab);
  {
    TabPanel panel(ui, "gallery.tabs.panel", names[static_cast<size_t>(state.tab)]);
    static const char* const kTexts[] = {"gallery.tabProfileText", "gallery.tabPassportText",
                                         "gallery.tabVisasText"};
    paragraph(ui, ui.text(kTexts[state.tab]));
  }

  table_section(ui, state);
  dialog_section(ui, state);
}

}  // namespace muqeem::ui
