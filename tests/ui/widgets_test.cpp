// The gallery's navigation and data widgets driven headless: stepper, date field in both calendars,
// tabs, the virtualized table, pagination, the modal dialog, the toast and copying a value.
#include <gtest/gtest.h>

#include "ui/dates.h"
#include "ui/screens/gallery_screen.h"
#include "ui/ui_driver.h"

namespace muqeem::ui {
namespace {

using test::UiDriver;

class Widgets : public testing::Test {
 protected:
  int rows_in_tree() const {
    int rows = 0;
    for (const auto& node : ui_.tree().nodes())
      rows += node.role == Role::Row && node.id.rfind("gallery.table.row.", 0) == 0;
    return rows;
  }
  GalleryState state_;
  UiDriver ui_{[this](Ui& ui, ImVec2 size) { draw_gallery_screen(ui, size, state_); }};
};

TEST_F(Widgets, StepperNamesEachStepWithItsNumberAndMarksTheCurrentOne) {
  const SemanticNode& current = ui_.get(Role::ListItem, "الخطوة 2 من 4: بيانات الطلب");
  EXPECT_TRUE(current.states.current);
  EXPECT_FALSE(ui_.get(Role::ListItem, "الخطوة 1 من 4: رمز التحقق").states.current);
  // Steps run from the start side: step 1 right of step 2 in Arabic.
  EXPECT_GT(ui_.get(Role::ListItem, "الخطوة 1 من 4: رمز التحقق").rect.x, current.rect.x);
  ui_.set_language(Language::English);
  EXPECT_LT(ui_.get(Role::ListItem, "Step 1 of 4: Security code").rect.x,
            ui_.get(Role::ListItem, "Step 2 of 4: Request details").rect.x);
}

TEST_F(Widgets, DateFieldShowsTheHijriDateOfAGregorianOneAndTheOtherWayRound) {
  ui_.type(Role::TextBox, "تاريخ انتهاء الإقامة", "2026-11-22");
  // 22 November 2026 is 12 Jumada al-Akhirah 1448 in Umm al-Qura (as node's Intl, islamic-umalqura, says).
  EXPECT_NE(
      ui_.get(Role::TextBox, "تاريخ انتهاء الإقامة").description.find("الموافق 12 جمادى الآخرة 1448 هـ"),
      std::string::npos);
  ASSERT_TRUE(state_.expiry_date.has_value());
  EXPECT_EQ(state_.expiry_date->iso(), "2026-11-22");

  ui_.type(Role::TextBox, "تاريخ انتهاء الإقامة", "١٤٤٨-٠٦-١٢");  // Hijri, in Arabic-Indic digits
  ASSERT_TRUE(state_.expiry_date.has_value());
  EXPECT_EQ(state_.expiry_date->iso(), "2026-11-22");
  EXPECT_NE(ui_.get(Role::TextBox, "تاريخ انتهاء الإقامة").description.find("الموافق 22 نوفمبر 2026"),
            std::string::npos);
}

TEST_F(Widgets, DateFieldExplainsADateThatDoesNotExist) {
  ui_.type(Role::TextBox, "تاريخ انتهاء الإقامة", "2026-02-30");
  const SemanticNode& field = ui_.get(Role::TextBox, "تاريخ انتهاء الإقامة");
  EXPECT_TRUE(field.states.invalid);
  EXPECT_EQ(field.error, "أدخل تاريخًا صحيحًا بالصيغة سنة-شهر-يوم");
  EXPECT_EQ(field.value, "2026-02-30");  // kept for the person to correct
  EXPECT_FALSE(state_.expiry_date.has_value());
}

TEST_F(Widgets, TabsMoveWithArrowsTheWayTheRowReads) {
  EXPECT_TRUE(ui_.get(Role::Tab, "البيانات الشخصية").states.selected);
  EXPECT_NE(ui_.find(Role::TabPanel, "البيانات الشخصية"), nullptr);
  // In Arabic the next tab is to the left: the left arrow goes to it.
  ui_.press(Role::Tab, "البيانات الشخصية", Key::Left);
  EXPECT_TRUE(ui_.get(Role::Tab, "جواز السفر").states.selected);
  EXPECT_EQ(ui_.focused(), "gallery.tabs.1");
  EXPECT_NE(ui_.find(Role::TabPanel, "جواز السفر"), nullptr);
  EXPECT_LT(ui_.get(Role::Tab, "جواز السفر").rect.x, ui_.get(Role::Tab, "البيانات الشخصية").rect.x);
  ui_.press(Role::Tab, "جواز السفر", Key::End);
  EXPECT_TRUE(ui_.get(Role::Tab, "التأشيرات").states.selected);
  ui_.click(Role::Tab, "البيانات الشخصية");
  EXPECT_TRUE(ui_.get(Role::Tab, "البيانات الشخصية").states.selected);
}

TEST_F(Widgets, TableOfTenThousandRowsPutsOnlyTheRowsInViewInTheTree) {
  const SemanticNode* table = ui_.find(Role::Table, "المقيمون");
  ASSERT_NE(table, nullptr);
  EXPECT_EQ(table->count, 10000);
  const int visible = rows_in_tree();
  EXPECT_GE(visible, 7);
  EXPECT_LE(visible, 9);                          // 352 px of body at 44 px a row
  ui_.press_id("gallery.table.row.0", Key::End);  // the table's Tab stop: its first row
  EXPECT_EQ(state_.table.selected, 9999);
  EXPECT_NE(ui_.by_id("gallery.table.row.9999"), nullptr);
  EXPECT_EQ(ui_.by_id("gallery.table.row.0"), nullptr);
  EXPECT_EQ(ui_.focused(), "gallery.table.row.9999");
  EXPECT_LE(rows_in_tree(), 9);
}

TEST_F(Widgets, TableScrollsToTheOffsetThePageReports) {
  ui::UiEvent scroll{ui::UiEvent::Kind::Scroll, "gallery.table"};
  scroll.offset = 44.0f * 5000;
  // Posted like the overlay's scroll event; the driver renders the frames after it.
  ui_.post_event(scroll);
  EXPECT_NE(ui_.by_id("gallery.table.row.5000"), nullptr);
  EXPECT_EQ(ui_.by_id("gallery.table.row.4990"), nullptr);
  EXPECT_EQ(ui_.by_id("gallery.table.row.4999"), nullptr);
}

TEST_F(Widgets, SortingByAColumnOrdersTheRowsAndSaysSoToScreenReaders) {
  ui_.click(Role::Button, "رقم الإقامة");  // the iqama column's header
  const auto first_iqama = [&] {
    const int row = ui_.tree().index_of("gallery.table.row.0");
    return ui_.tree().nodes()[static_cast<size_t>(row) + 2].name;  // row, name cell, iqama cell
  };
  const std::string ascending = first_iqama();
  EXPECT_EQ(ui_.get(Role::ColumnHeader, "رقم الإقامة").sort, "ascending");
  ui_.click(Role::Button, "رقم الإقامة");
  EXPECT_EQ(ui_.get(Role::ColumnHeader, "رقم الإقامة").sort, "descending");
  EXPECT_GT(first_iqama(), ascending);
}

TEST_F(Widgets, OpeningARowByClickOrEnterReportsIt) {
  ui_.click_id("gallery.table.row.0");
  EXPECT_EQ(state_.opened, 0);
  EXPECT_NE(ui_.find(Role::Paragraph, "فتحت الصف 1"), nullptr);
  ui_.press_id("gallery.table.row.0", Key::Down);
  ui_.press_id("gallery.table.row.1", Key::Down);
  EXPECT_EQ(state_.table.selected, 2);
  EXPECT_EQ(ui_.focused(), "gallery.table.row.2");
  ui_.press_id("gallery.table.row.2", Key::Enter);
  EXPECT_NE(ui_.find(Role::Paragraph, "فتحت الصف 3"), nullptr);
}

TEST_F(Widgets, PaginationMovesAndMarksTheCurrentPage) {
  EXPECT_TRUE(ui_.get(Role::Button, "الصفحة 1").states.current);
  EXPECT_TRUE(ui_.get(Role::Button, "السابق").states.disabled);
  ui_.click(Role::Button, "التالي");
  EXPECT_TRUE(ui_.get(Role::Button, "الصفحة 2").states.current);
  ui_.click(Role::Button, "الصفحة 20");
  EXPECT_EQ(state_.page, 19);
  EXPECT_TRUE(ui_.get(Role::Button, "التالي").states.disabled);
  EXPECT_EQ(ui_.find(Role::Button, "الصفحة 10"), nullptr);  // far pages fold into "…"
}

TEST_F(Widgets, ModalDialogTakesFocusTrapsTabAndClosesWithEscape) {
  ui_.click(Role::Button, "تجديد الإقامة");
  const SemanticNode& dialog = ui_.get(Role::Dialog, "تأكيد تجديد الإقامة");
  EXPECT_TRUE(dialog.states.modal);
  EXPECT_EQ(ui_.focused(), "gallery.confirm");
  // Tab cycles inside: confirm, cancel, confirm.
  ui_.tab();
  EXPECT_EQ(ui_.focused(), "gallery.cancel");
  ui_.tab();
  EXPECT_EQ(ui_.focused(), "gallery.confirm");
  ui_.tab(false);
  EXPECT_EQ(ui_.focused(), "gallery.cancel");
  ui_.press(Role::Dialog, "تأكيد تجديد الإقامة", Key::Escape);
  EXPECT_EQ(ui_.find(Role::Dialog, "تأكيد تجديد الإقامة"), nullptr);
  EXPECT_EQ(ui_.focused(), "gallery.openDialog");  // back where it was opened
}

TEST_F(Widgets, ConfirmingShowsAToastThatGoesAwayByItself) {
  ui_.click(Role::Button, "تجديد الإقامة");
  ui_.click(Role::Button, "تأكيد");
  EXPECT_NE(ui_.find(Role::Status, "تم التأكيد"), nullptr);
  ui_.set_now(Toasts::kSeconds + 1);
  EXPECT_EQ(ui_.find(Role::Status, "تم التأكيد"), nullptr);
}

TEST_F(Widgets, CopyingARequestNumberPutsItOnTheClipboardAndSaysCopied) {
  ui_.click(Role::Button, "نسخ رقم الطلب");
  EXPECT_EQ(ui_.last_copied(), "4003127745");
  EXPECT_NE(ui_.find(Role::Button, "تم النسخ"), nullptr);
  ui_.set_now(4);
  EXPECT_NE(ui_.find(Role::Button, "نسخ رقم الطلب"), nullptr);
}

}  // namespace
}  // namespace muqeem::ui

namespace muqeem::ui {
namespace {

TEST(Dates, BothCalendarsInWordsAsOfficersReadThem) {
  const Catalogue arabic =
      Catalogue::load(test::source_path("assets/i18n/ar.json"), Language::Arabic).value();
  const Catalogue english =
      Catalogue::load(test::source_path("assets/i18n/en.json"), Language::English).value();
  // 21 February 2028 is 25 Ramadan 1449 (node's Intl, islamic-umalqura, says 9/25/1449).
  EXPECT_EQ(format_both_calendars("2028-02-21", "1449-09-25", arabic), "21 فبراير 2028 (25 رمضان 1449 هـ)");
  EXPECT_EQ(format_both_calendars("2028-02-21", "1449-09-25", english),
            "21 February 2028 (25 Ramadan 1449 AH)");
  EXPECT_EQ(format_both_calendars("2028-02-21", "", english), "21 February 2028");
  EXPECT_EQ(format_both_calendars("not a date", "", english), "not a date");  // shown as it came
}

}  // namespace
}  // namespace muqeem::ui
