// The toolkit at the DGA breakpoints, in both directions: the window's width class, a row of buttons
// that stacks when it does not fit, details whose label goes above the value, and the stepper's one
// line with a progress bar below 600 px. What a phone (or 400 % zoom) shows, nothing past the edge.
#include <gtest/gtest.h>

#include "ui/ui_driver.h"
#include "ui/widgets/button.h"
#include "ui/widgets/detail.h"
#include "ui/widgets/page_frame.h"
#include "ui/widgets/stepper.h"

namespace muqeem::ui {
namespace {

using test::expect_inside;
using test::UiDriver;

// A page with a stepper, two details and a row of three buttons, as a transaction's step has.
void step_page(Ui& ui, ImVec2 size) {
  begin_page(ui, size, {true});
  stepper(ui, "steps",
          {ui.text("flow.stepCode"), ui.text("flow.stepDetails"), ui.text("flow.stepVerify"),
           ui.text("flow.stepResult")},
          1);
  detail(ui, ui.text("renew.name"), "Abebe Adhikari");
  detail(ui, ui.text("renew.iqama"), "2123456789");
  Flow line(ui, ui.next(theme::kTarget));
  for (const char* key : {"flow.verify", "flow.change", "flow.resendCode"}) {
    const Button b{key, ui.text(key), ButtonKind::Secondary};
    button(ui, b, line.take(button_width(ui, b)));
  }
  end_page(ui, size);
}

TEST(Responsive, WidthClassesFollowTheDgaBreakpoints) {
  EXPECT_EQ(width_class(320), WidthClass::Compact);
  EXPECT_EQ(width_class(599), WidthClass::Compact);
  EXPECT_EQ(width_class(600), WidthClass::Medium);
  EXPECT_EQ(width_class(959), WidthClass::Medium);
  EXPECT_EQ(width_class(960), WidthClass::Expanded);
  EXPECT_EQ(width_class(1280), WidthClass::Large);
}

TEST(Responsive, At320PixelsTheStepperIsOneLineAndNothingIsPastTheEdge) {
  UiDriver narrow(step_page, {320, 640});
  const SemanticNode& current = narrow.get(Role::ListItem, "الخطوة 2 من 4: بيانات الطلب");
  EXPECT_TRUE(current.states.current);
  EXPECT_GT(current.rect.width, 250);  // the whole line says it, not a 66 px column of four
  // Every step is still listed for a screen reader, on the one line the window shows.
  EXPECT_EQ(narrow.get(Role::ListItem, "الخطوة 4 من 4: النتيجة").rect.y, current.rect.y);
  expect_inside(narrow, 320);
  narrow.set_language(Language::English);
  EXPECT_TRUE(narrow.get(Role::ListItem, "Step 2 of 4: Request details").states.current);
  expect_inside(narrow, 320);

  // Wide, the steps stand side by side, each with its name.
  UiDriver wide(step_page, {1280, 800});
  EXPECT_NE(wide.get(Role::ListItem, "الخطوة 1 من 4: رمز التحقق").rect.x,
            wide.get(Role::ListItem, "الخطوة 2 من 4: بيانات الطلب").rect.x);
}

TEST(Responsive, ARowOfButtonsThatDoesNotFitStacksInReadingOrder) {
  UiDriver narrow(step_page, {320, 640});
  const SemanticNode& first = narrow.get(Role::Button, "تحقق من البيانات");
  const SemanticNode& last = narrow.get(Role::Button, "أرسل رمزًا جديدًا");
  EXPECT_GT(last.rect.y, first.rect.y);  // a line of its own below
  EXPECT_GE(last.rect.x, 0);
  EXPECT_GT(first.rect.right(), 320 - 24);  // the first at the start side: the right in Arabic
  narrow.set_language(Language::English);
  EXPECT_LT(narrow.get(Role::Button, "Verify data").rect.x, 24);  // the left in English
  expect_inside(narrow, 320);

  UiDriver wide(step_page, {1280, 800});
  EXPECT_EQ(wide.get(Role::Button, "تحقق من البيانات").rect.y,
            wide.get(Role::Button, "أرسل رمزًا جديدًا").rect.y);
}

TEST(Responsive, ATextWiderThanItsPlaceIsReportedAndTheFooterWraps) {
  // The step page at 320 px: every text fits where it is drawn, the footer's note included.
  UiDriver narrow(step_page, {320, 640});
  EXPECT_EQ(narrow.tree().overflows, std::vector<std::string>{});
  narrow.set_language(Language::English);  // the longer note
  EXPECT_EQ(narrow.tree().overflows, std::vector<std::string>{});
  const SemanticNode* footer = nullptr;
  for (const auto& node : narrow.tree().nodes())
    if (node.role == Role::Paragraph && node.name == narrow.strings().text("page.footer")) footer = &node;
  ASSERT_NE(footer, nullptr);
  EXPECT_GT(footer->rect.height, 30);  // two lines or more
  EXPECT_LE(footer->rect.right(), 320);
  // A button squeezed below its label's width is a layout bug the tree reports.
  UiDriver squeezed(
      [](Ui& ui, ImVec2) {
        button(ui, {"b", "A label far wider than the button it is in"}, Rect{0, 0, 80, 44});
      },
      {320, 640});
  EXPECT_EQ(squeezed.tree().overflows,
            std::vector<std::string>{"A label far wider than the button it is in"});
}

TEST(Responsive, BelowSixHundredPixelsTheHeaderPutsSigningOutInAMenu) {
  for (const Language language : {Language::Arabic, Language::English}) {
    bool signed_out = false;
    UiDriver narrow(
        [&signed_out](Ui& ui, ImVec2 size) {
          if (begin_page(ui, size, {true}).sign_out) signed_out = true;
          end_page(ui, size);
        },
        {320, 640});
    narrow.set_language(language);
    const std::string menu = narrow.strings().text("page.menu");
    const std::string sign_out = narrow.strings().text("page.signOut");
    EXPECT_EQ(narrow.find(Role::Button, sign_out), nullptr);  // the name, the toggle and the menu only
    EXPECT_FALSE(narrow.get(Role::Button, menu).states.expanded);
    // The menu at the end side of the header, just before the language toggle as the line reads.
    const float toggle_x = narrow.get(Role::Button, narrow.strings().text("page.otherLanguage")).rect.x;
    EXPECT_EQ(narrow.get(Role::Button, menu).rect.x > toggle_x, language == Language::Arabic);
    narrow.click(Role::Button, menu);
    EXPECT_TRUE(narrow.get(Role::Button, menu).states.expanded);
    const SemanticNode& item = narrow.get(Role::Button, sign_out);
    EXPECT_GE(item.rect.y, kHeaderHeight - 8);  // under the header's buttons
    EXPECT_GE(item.rect.x, 0);
    EXPECT_LE(item.rect.right(), 320);
    EXPECT_EQ(narrow.focused(), item.id);  // the menu's first item takes the focus
    // Esc closes it and gives the focus back to the menu button.
    narrow.press(Role::Button, sign_out, Key::Escape);
    EXPECT_EQ(narrow.find(Role::Button, sign_out), nullptr);
    EXPECT_EQ(narrow.focused(), narrow.get(Role::Button, menu).id);
    narrow.click(Role::Button, menu);
    narrow.click(Role::Button, sign_out);
    EXPECT_TRUE(signed_out);
  }
  // Wide, signing out is a button of the header itself.
  UiDriver wide(
      [](Ui& ui, ImVec2 size) {
        begin_page(ui, size, {true});
        end_page(ui, size);
      },
      {1280, 800});
  EXPECT_NE(wide.find(Role::Button, "تسجيل الخروج"), nullptr);
  EXPECT_EQ(wide.find(Role::Button, "القائمة"), nullptr);
}

TEST(Responsive, BelowSixHundredPixelsADetailsLabelIsAboveItsValue) {
  UiDriver narrow(step_page, {400, 700});
  const SemanticNode& iqama = narrow.get(Role::Paragraph, "رقم الإقامة: 2123456789");
  EXPECT_GE(iqama.rect.height, 52);  // two lines: the label, then the value
  EXPECT_EQ(iqama.rect.width, narrow.get(Role::Paragraph, "الاسم: Abebe Adhikari").rect.width);
  UiDriver wide(step_page, {1280, 800});
  EXPECT_LT(wide.get(Role::Paragraph, "رقم الإقامة: 2123456789").rect.height, 40);  // one line, two columns
}

}  // namespace
}  // namespace muqeem::ui
