// The gallery driven headless through its semantic tree, as a person uses it: every widget's
// behaviour, focus order in both languages and directions, and errors wired to their fields.
#include "ui/screens/gallery_screen.h"

#include <gtest/gtest.h>

#include "ui/ui_driver.h"

namespace muqeem::ui {
namespace {

using test::UiDriver;

class Gallery : public testing::Test {
 protected:
  GalleryState state_;
  UiDriver ui_{[this](Ui& ui, ImVec2 size) { draw_gallery_screen(ui, size, state_); }};
};

TEST_F(Gallery, EveryControlHasAnAccessibleNameInTheCurrentLanguage) {
  for (const Language language : {Language::Arabic, Language::English}) {
    ui_.set_language(language);
    int controls = 0;
    for (const auto& node : ui_.tree().nodes()) {
      if (!is_focusable(node) && node.role != Role::Radio && node.role != Role::TextBox) continue;
      if (node.role == Role::Row) continue;  // a row is named by its cells
      ++controls;
      EXPECT_FALSE(node.name.empty()) << role_name(node.role) << " " << node.id;
      EXPECT_FALSE(node.id.empty()) << node.name;
      // Controls are named in the UI's language; only the toggle names the other language, in it.
      const bool toggle = node.id == "page.language";
      const char* expected = (language == Language::Arabic) != toggle ? "ar" : "en";
      EXPECT_EQ(node.language, expected) << node.name;
    }
    EXPECT_GE(controls, 14);
  }
}

TEST_F(Gallery, PressingThePrimaryButtonCountsInArabicPluralForms) {
  EXPECT_NE(ui_.find(Role::Paragraph, "لم تضغط «تحقق من البيانات» بعد"), nullptr);
  ui_.click(Role::Button, "تحقق من البيانات");
  EXPECT_NE(ui_.find(Role::Paragraph, "ضغطت «تحقق من البيانات» مرة واحدة"), nullptr);
  ui_.click(Role::Button, "تحقق من البيانات");
  EXPECT_NE(ui_.find(Role::Paragraph, "ضغطت «تحقق من البيانات» مرتين"), nullptr);
  ui_.click(Role::Button, "تحقق من البيانات");
  EXPECT_NE(ui_.find(Role::Paragraph, "ضغطت «تحقق من البيانات» 3 مرات"), nullptr);
}

TEST_F(Gallery, DisabledAndBusyButtonsIgnoreActivation) {
  const SemanticNode& disabled = ui_.get(Role::Button, "غير متاح");
  EXPECT_TRUE(disabled.states.disabled);
  const SemanticNode& busy = ui_.get(Role::Button, "جارٍ الإرسال");
  EXPECT_TRUE(busy.states.busy);
  ui_.click(Role::Button, "غير متاح");
  ui_.click(Role::Button, "جارٍ الإرسال");
  EXPECT_EQ(state_.presses, 0);
  // Neither is a Tab stop that does nothing.
  for (const SemanticNode* node : ui_.tree().focus_order()) EXPECT_NE(node->name, "غير متاح");
}

TEST_F(Gallery, TabOrderIsReadingOrderRightToLeftInArabicAndLeftToRightInEnglish) {
  // The name field comes first in reading order: right of the iqama field in Arabic, left in English.
  const auto order_of = [&](const std::string& id) {
    const auto order = ui_.tree().focus_order();
    for (size_t i = 0; i < order.size(); ++i)
      if (order[i]->id == id) return static_cast<int>(i);
    return -1;
  };
  for (const Language language : {Language::Arabic, Language::English}) {
    ui_.set_language(language);
    const SemanticNode* name = ui_.by_id("gallery.name");
    const SemanticNode* iqama = ui_.by_id("gallery.iqama");
    ASSERT_TRUE(name && iqama);
    EXPECT_LT(order_of("gallery.name"), order_of("gallery.iqama"));
    EXPECT_EQ(name->rect.y, iqama->rect.y);
    if (language == Language::Arabic) {
      EXPECT_GT(name->rect.x, iqama->rect.x);
    } else {
      EXPECT_LT(name->rect.x, iqama->rect.x);
    }
  }
}

TEST_F(Gallery, TabAndShiftTabWalkTheSameOrderBothWays) {
  std::vector<std::string> forward;
  for (size_t i = 0; i < ui_.tree().focus_order().size(); ++i) {
    ui_.tab(true);
    forward.push_back(ui_.focused());
  }
  ASSERT_GE(forward.size(), 10u);
  EXPECT_EQ(forward.front(), "page.language");  // the header comes first
  std::vector<std::string> backward;
  for (size_t i = 1; i < forward.size(); ++i) {
    ui_.tab(false);
    backward.push_back(ui_.focused());
  }
  std::vector<std::string> expected(forward.rbegin() + 1, forward.rend());
  EXPECT_EQ(backward, expected);
}

TEST_F(Gallery, IdentifierFieldTurnsArabicIndicDigitsWesternAndKeepsOtherCharacters) {
  ui_.type(Role::TextBox, "رقم الإقامة", "٢١٢٣٤٥٦٧٨٩");
  EXPECT_EQ(ui_.get(Role::TextBox, "رقم الإقامة").value, "2123456789");
  EXPECT_EQ(state_.iqama, "2123456789");
  EXPECT_EQ(ui_.get(Role::TextBox, "رقم الإقامة").input, InputKind::Digits);

  ui_.type(Role::TextBox, "رقم الإقامة", "21x");
  const SemanticNode& field = ui_.get(Role::TextBox, "رقم الإقامة");
  EXPECT_EQ(field.value, "21x");  // nothing typed is lost
  EXPECT_TRUE(field.states.invalid);
  EXPECT_EQ(field.error, "أدخل أرقامًا فقط");
}

TEST_F(Gallery, IdentifierFieldStopsAtItsLength) {
  ui_.type(Role::TextBox, "رقم الإقامة", "212345678901234");
  EXPECT_EQ(ui_.get(Role::TextBox, "رقم الإقامة").value, "2123456789");
}

TEST_F(Gallery, CheckingAnEmptyFormShowsASummaryLinkedToEachInvalidField) {
  EXPECT_EQ(ui_.find(Role::Alert, "يوجد خطأ في البيانات"), nullptr);
  ui_.click(Role::Button, "تحقق من النموذج");
  const SemanticNode& summary = ui_.get(Role::Alert, "يوجد خطأ في البيانات");
  // Focus goes to the summary's first link, so it is read at once: the page is told in the first
  // frame that has the link.
  EXPECT_EQ(ui_.focused(), "gallery.errors.0");
  EXPECT_EQ(ui_.tree().focus_request, "gallery.errors.0");
  const SemanticNode& name = ui_.get(Role::TextBox, "الاسم");
  EXPECT_TRUE(name.states.invalid);
  EXPECT_TRUE(name.states.required);
  EXPECT_EQ(name.error, "أدخل الاسم");
  EXPECT_EQ(ui_.get(Role::TextBox, "رقم الإقامة").error, "رقم الإقامة غير صحيح");
  EXPECT_EQ(ui_.get(Role::RadioGroup, "مدة التجديد").error, "اختر مدة التجديد");

  const SemanticNode& link = ui_.get(Role::Link, "أدخل الاسم");
  EXPECT_GT(link.rect.y, summary.rect.y);
  EXPECT_LT(link.rect.y, name.rect.y);  // the summary is at the top of the form
  ui_.click(Role::Link, "رقم الإقامة غير صحيح");
  EXPECT_EQ(ui_.focused(), "gallery.iqama");
  EXPECT_EQ(ui_.tree().focus_request, "");  // asked once, in the frame the link was activated

  // Fixing a field removes its error and its link; the rest stay.
  ui_.type(Role::TextBox, "الاسم", "Mohammed Rahman");
  EXPECT_FALSE(ui_.get(Role::TextBox, "الاسم").states.invalid);
  EXPECT_EQ(ui_.find(Role::Link, "أدخل الاسم"), nullptr);
  EXPECT_NE(ui_.find(Role::Link, "اختر مدة التجديد"), nullptr);
}

TEST_F(Gallery, PasswordCanBeShownAndHiddenAgain) {
  ui_.type(Role::TextBox, "كلمة المرور", "Muqeem@2026");
  EXPECT_EQ(ui_.get(Role::TextBox, "كلمة المرور").input, InputKind::Password);
  ui_.click(Role::Button, "إظهار");
  EXPECT_EQ(ui_.get(Role::TextBox, "كلمة المرور").input, InputKind::Text);
  EXPECT_EQ(ui_.get(Role::TextBox, "كلمة المرور").value, "Muqeem@2026");
  ui_.click(Role::Button, "إخفاء");
  EXPECT_EQ(ui_.get(Role::TextBox, "كلمة المرور").input, InputKind::Password);
}

TEST_F(Gallery, RadioGroupIsOneTabStopAndArrowsMoveTheChoice) {
  const auto radios_in_order = [&] {
    int count = 0;
    for (const SemanticNode* node : ui_.tree().focus_order()) count += node->role == Role::Radio;
    return count;
  };
  EXPECT_EQ(radios_in_order(), 1);
  ui_.click(Role::Radio, "6 أشهر");
  EXPECT_TRUE(ui_.get(Role::Radio, "6 أشهر").states.checked);
  EXPECT_FALSE(ui_.get(Role::Radio, "3 أشهر").states.checked);
  EXPECT_EQ(radios_in_order(), 1);
  ui_.press(Role::Radio, "6 أشهر", Key::Down);
  EXPECT_TRUE(ui_.get(Role::Radio, "9 أشهر").states.checked);
  EXPECT_EQ(ui_.focused(), "gallery.duration.2");
  ui_.press(Role::Radio, "9 أشهر", Key::Up);
  ui_.press(Role::Radio, "6 أشهر", Key::Up);
  ui_.press(Role::Radio, "3 أشهر", Key::Up);  // wraps round, as the browser does
  EXPECT_TRUE(ui_.get(Role::Radio, "12 شهرًا").states.checked);
}

TEST_F(Gallery, CheckboxTogglesUnlessDisabled) {
  ui_.click(Role::Checkbox, "أقر بصحة البيانات");
  EXPECT_TRUE(ui_.get(Role::Checkbox, "أقر بصحة البيانات").states.checked);
  ui_.click(Role::Checkbox, "أقر بصحة البيانات");
  EXPECT_FALSE(ui_.get(Role::Checkbox, "أقر بصحة البيانات").states.checked);
  ui_.click(Role::Checkbox, "إرسال نسخة بالبريد (غير متاح)");
  EXPECT_FALSE(ui_.get(Role::Checkbox, "إرسال نسخة بالبريد (غير متاح)").states.checked);
}

TEST_F(Gallery, ASelectClickedAndTypedIntoBetweenTwoFramesOffersTheMatches) {
  // A quick officer (or a test) clicks the select and types before the next frame is drawn.
  const std::string id = ui_.get(Role::ComboBox, "الجنسية").id;
  ui_.post_together({{ui::UiEvent::Kind::Focus, id},
                     {ui::UiEvent::Kind::Activate, id},
                     {ui::UiEvent::Kind::SetValue, id, "مص"}});
  EXPECT_TRUE(ui_.get(Role::ComboBox, "الجنسية").states.expanded);
  EXPECT_NE(ui_.find(Role::Option, "مصر"), nullptr);
}

TEST_F(Gallery, AnOptionClickedThenAnotherFieldWithinOneFrameLeavesFocusInThatField) {
  // The select takes focus back when an option is chosen; a person who clicks the next field before
  // the app's next frame must stay there, not be pulled back (and type into the select).
  ui_.type(Role::ComboBox, "الجنسية", "ال");
  const std::string select = ui_.get(Role::ComboBox, "الجنسية").id;
  const std::string option = ui_.get(Role::Option, "الهند").id;
  const std::string next = ui_.get(Role::TextBox, "رقم الإقامة").id;
  ui_.post_together({{ui::UiEvent::Kind::Activate, option},
                     {ui::UiEvent::Kind::Blur, select},
                     {ui::UiEvent::Kind::Focus, next},
                     {ui::UiEvent::Kind::SetValue, next, "21"}});
  EXPECT_EQ(ui_.get(Role::ComboBox, "الجنسية").value, "الهند");
  EXPECT_FALSE(ui_.get(Role::ComboBox, "الجنسية").states.expanded);
  EXPECT_EQ(ui_.focused(), next);
  EXPECT_NE(ui_.tree().focus_request, select);
  EXPECT_EQ(ui_.get(Role::TextBox, "رقم الإقامة").value, "21");
  // Chosen alone, the option still gives focus back to its select.
  ui_.type(Role::ComboBox, "الجنسية", "مص");
  ui_.click(Role::Option, "مصر");
  EXPECT_EQ(ui_.focused(), select);
}

TEST_F(Gallery, SelectFiltersAsYouTypeIgnoringHamzaAndChoosesWithArrowsAndEnter) {
  ui_.type(Role::ComboBox, "الجنسية", "اندو");  // typed without the hamza of إندونيسيا
  EXPECT_TRUE(ui_.get(Role::ComboBox, "الجنسية").states.expanded);
  ASSERT_NE(ui_.find(Role::Option, "إندونيسيا"), nullptr);
  EXPECT_EQ(ui_.find(Role::Option, "الهند"), nullptr);
  ui_.press(Role::ComboBox, "الجنسية", Key::Enter);
  EXPECT_FALSE(ui_.get(Role::ComboBox, "الجنسية").states.expanded);
  EXPECT_EQ(ui_.get(Role::ComboBox, "الجنسية").value, "إندونيسيا");

  ui_.type(Role::ComboBox, "الجنسية", "ال");
  EXPECT_TRUE(ui_.get(Role::Option, "الهند").states.selected);  // the first match is highlighted
  ui_.press(Role::ComboBox, "الجنسية", Key::Down);
  EXPECT_TRUE(ui_.get(Role::Option, "الفلبين").states.selected);
  ui_.press(Role::ComboBox, "الجنسية", Key::Escape);  // Esc closes and keeps the earlier choice
  EXPECT_FALSE(ui_.get(Role::ComboBox, "الجنسية").states.expanded);
  EXPECT_EQ(ui_.get(Role::ComboBox, "الجنسية").value, "إندونيسيا");
}

TEST_F(Gallery, SelectChoosesAnOptionByClickAndSaysWhenNothingMatches) {
  ui_.type(Role::ComboBox, "الجنسية", "xyz");
  EXPECT_EQ(ui_.find(Role::Option, "الهند"), nullptr);
  ui_.type(Role::ComboBox, "الجنسية", "");
  ui_.click(Role::Option, "مصر");
  EXPECT_EQ(ui_.get(Role::ComboBox, "الجنسية").value, "مصر");
  EXPECT_EQ(ui_.focused(), "gallery.nationality");
}

TEST_F(Gallery, MessagesAreAnnouncedByUrgency) {
  EXPECT_NE(ui_.find(Role::Status, "تم تجديد الإقامة بنجاح"), nullptr);
  EXPECT_NE(ui_.find(Role::Alert, "تعذّر الاتصال بالخادم"), nullptr);
  EXPECT_EQ(ui_.get(Role::Alert, "تعذّر الاتصال بالخادم").description,
            "تحقق من اتصالك ثم أعد المحاولة. لم يُحفظ شيء.");
}

TEST_F(Gallery, HeaderPutsTheProductNameAtTheStartSideAndTheToggleAtTheEnd) {
  const SemanticNode& name = ui_.get(Role::Paragraph, "مقيم");
  const SemanticNode& toggle = ui_.get(Role::Button, "English");
  EXPECT_EQ(toggle.language, "en");
  EXPECT_GT(name.rect.x, toggle.rect.x);
  ui_.set_language(Language::English);
  EXPECT_LT(ui_.get(Role::Paragraph, "Muqeem").rect.x, ui_.get(Role::Button, "العربية").rect.x);
  EXPECT_EQ(ui_.tree().language, "en");
}

TEST_F(Gallery, EveryTargetIsAtLeast44PixelsTall) {
  for (const auto& node : ui_.tree().nodes())
    if (is_focusable(node) || node.role == Role::Radio) {
      EXPECT_GE(node.rect.height, 44.0f) << node.name;
    }
}

}  // namespace
}  // namespace muqeem::ui
