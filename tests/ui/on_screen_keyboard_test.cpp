// The kiosk's on-screen keyboard, headless: its layouts against the standard keyboards they follow,
// glyphs for every key, and the keyboard as a person meets it in the semantic tree: when it shows,
// which keys a field gets, keys a finger can hit, shift, switching, hiding and Enter.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <vector>

#include "text/font_set.h"
#include "text/utf8.h"
#include "ui/keyboard_layouts.h"
#include "ui/ui_driver.h"
#include "ui/widgets/button.h"
#include "ui/widgets/field.h"
#include "ui/widgets/on_screen_keyboard.h"

namespace muqeem::ui {
namespace {

using test::UiDriver;

std::string row_text(const KeyRow& row) {
  std::string text;
  for (const KeyCap& key : row)
    if (key.action == KeyAction::Type) text += key.text;
  return text;
}

std::string all_text(const std::vector<KeyRow>& rows) {
  std::string text;
  for (const KeyRow& row : rows) text += row_text(row);
  return text;
}

bool types(const std::vector<KeyRow>& rows, const std::string& text) {
  for (const KeyRow& row : rows)
    for (const KeyCap& key : row)
      if (key.action == KeyAction::Type && key.text == text) return true;
  return false;
}

TEST(KeyboardLayouts, ArabicLettersSitWhereTheStandardArabicKeyboardHasThem) {
  const auto rows = keyboard_rows(KeyboardLayout::Arabic, false);
  ASSERT_GE(rows.size(), 4u);
  EXPECT_EQ(rows[0].front().text, "ذ");  // left of the digits
  EXPECT_EQ(row_text(rows[1]), "ضصثقفغعهخحجد");
  EXPECT_EQ(row_text(rows[2]), "شسيبلاتنمكط");
  EXPECT_EQ(row_text(rows[3]), "ئءؤرلاىةوزظ");
  EXPECT_TRUE(types(rows, "لا")) << "لا is one key, typing both letters";
  for (const char* digit : {"٠", "١", "٢", "٣", "٤", "٥", "٦", "٧", "٨", "٩"})
    EXPECT_TRUE(types(rows, digit)) << digit;
}

TEST(KeyboardLayouts, ShiftGivesTheHamzaFormsOfAlefUnderTheirUnshiftedNeighbours) {
  const auto plain = keyboard_rows(KeyboardLayout::Arabic, false);
  const auto shifted = keyboard_rows(KeyboardLayout::Arabic, true);
  for (const char* form : {"أ", "إ", "آ", "لأ", "لإ", "لآ"}) EXPECT_TRUE(types(shifted, form)) << form;
  // On the standard layout Shift+H (ا) is أ, Shift+B (لا) is لآ: the same places here.
  const auto place = [](const std::vector<KeyRow>& rows, const std::string& text) {
    for (size_t r = 0; r < rows.size(); ++r)
      for (size_t c = 0; c < rows[r].size(); ++c)
        if (rows[r][c].text == text) return std::pair(r, c);
    return std::pair(size_t{99}, size_t{99});
  };
  EXPECT_EQ(place(shifted, "أ"), place(plain, "ا"));
  EXPECT_EQ(place(shifted, "لآ"), place(plain, "لا"));
  EXPECT_EQ(place(shifted, "إ"), place(plain, "غ"));
}

TEST(KeyboardLayouts, EnglishIsQwertyAndShiftCapitalises) {
  const auto rows = keyboard_rows(KeyboardLayout::English, false);
  EXPECT_EQ(row_text(rows[1]), "qwertyuiop");
  EXPECT_EQ(row_text(rows[2]), "asdfghjkl");
  EXPECT_EQ(row_text(keyboard_rows(KeyboardLayout::English, true)[1]), "QWERTYUIOP");
  // What usernames, e-mails and the demo's password need.
  for (const char* c : {".", "-", "1"}) EXPECT_TRUE(types(rows, c)) << c;
  for (const char* c : {"@", "_", "M"})
    EXPECT_TRUE(types(keyboard_rows(KeyboardLayout::English, true), c)) << c;
}

TEST(KeyboardLayouts, TheDigitsPadHasDigitsOnlyAndASlashForDates) {
  const std::string pad = all_text(keyboard_rows(KeyboardLayout::Digits, false));
  std::string sorted = pad;
  std::sort(sorted.begin(), sorted.end());
  EXPECT_EQ(sorted, "0123456789");
  EXPECT_TRUE(types(keyboard_rows(KeyboardLayout::Digits, false, /*date=*/true), "/"));
}

TEST(KeyboardLayouts, EveryKeyHasAGlyphInTheFontItIsDrawnWith) {
  const auto fonts = text::FontSet::load(test::font_dir());
  ASSERT_NE(fonts, nullptr);
  for (const auto layout : {KeyboardLayout::Arabic, KeyboardLayout::English, KeyboardLayout::Digits}) {
    for (const bool shifted : {false, true}) {
      for (char32_t c : text::decode_utf8(all_text(keyboard_rows(layout, shifted, true)))) {
        const bool arabic = (c >= 0x600 && c <= 0x6FF);
        const text::Font& font =
            arabic ? fonts->arabic(text::Weight::Regular) : fonts->latin(text::Weight::Regular);
        EXPECT_TRUE(font.has_glyph_for(c))
            << font.name() << " lacks U+" << std::hex << static_cast<uint32_t>(c);
      }
    }
  }
}

// A form as a kiosk shows it: a name, an iqama number, a password and the form's button; then the
// keyboard, as the app draws it after the page.
class OnScreenKeyboardTest : public testing::Test {
 protected:
  const SemanticNode* keyboard() const { return ui_.find(Role::Group, ui_.strings().text("keyboard.name")); }
  const SemanticNode* key(const std::string& name) const { return ui_.find(Role::Button, name); }
  void focus(const std::string& id) { ui_.post_event({UiEvent::Kind::Focus, id}); }

  std::string name_, iqama_, password_, code_;
  int sent_ = 0;
  OnScreenKeyboard keyboard_;
  UiDriver ui_{[this](Ui& ui, ImVec2 size) {
                 ui.push_box(24, size.x - 48, 24);
                 text_field(ui, {"form.name", "الاسم"}, name_);
                 identifier_field(ui, {"form.iqama", "رقم الإقامة"}, iqama_);
                 password_field(ui, {"form.password", "كلمة المرور"}, password_);
                 Field code{"form.code", "الرمز الظاهر في الصورة"};
                 code.input = InputKind::Code;
                 text_field(ui, code, code_);
                 Button send{"form.send", "إرسال"};
                 send.default_action = true;
                 if (button(ui, send)) ++sent_;
                 ui.pop_box();
                 keyboard_.draw(ui);
               },
               {1080, 1920}};
};

TEST_F(OnScreenKeyboardTest, ShowsOnlyWhileAFieldHasFocusAtTheBottomWithKeysAFingerCanHit) {
  EXPECT_EQ(keyboard(), nullptr);
  focus("form.name");
  const SemanticNode* group = keyboard();
  ASSERT_NE(group, nullptr);
  EXPECT_NEAR(group->rect.bottom(), 1920, 0.5f);
  // Arabic letters for a name on an Arabic page; each key a button named by what it types.
  const SemanticNode* letter = key("ب");
  ASSERT_NE(letter, nullptr);
  EXPECT_EQ(letter->types, "ب");
  EXPECT_EQ(letter->language, "ar");
  EXPECT_TRUE(letter->key);
  ASSERT_NE(key("لا"), nullptr);
  EXPECT_EQ(key("لا")->types, "لا");
  const SemanticNode* erase = key(ui_.strings().text("keyboard.erase"));
  ASSERT_NE(erase, nullptr);
  EXPECT_TRUE(erase->erases);
  ASSERT_NE(key(ui_.strings().text("keyboard.space")), nullptr);
  EXPECT_EQ(key(ui_.strings().text("keyboard.space"))->types, " ");
  int keys = 0;
  for (const auto& node : ui_.tree().nodes()) {
    if (!node.key) continue;
    ++keys;
    EXPECT_GE(node.rect.width, OnScreenKeyboard::kMinKey) << node.name;
    EXPECT_GE(node.rect.height, OnScreenKeyboard::kMinKey) << node.name;
    EXPECT_GE(node.rect.x, 0) << node.name;
    EXPECT_LE(node.rect.right(), 1080) << node.name;
    EXPECT_FALSE(node.name.empty());
  }
  EXPECT_GT(keys, 40);
  // Focus moving to the form's button puts it away.
  focus("form.send");
  EXPECT_EQ(keyboard(), nullptr);
}

// On a window narrower than the keys at their kiosk size (a tablet or a phone upright), every key is
// still on screen, smaller, as a phone's keyboard: never a key cut off at either side. Neighbours stay
// at least 24 px apart (WCAG 2.5.8) and keys keep their height for a finger.
TEST_F(OnScreenKeyboardTest, OnANarrowWindowEveryKeyIsOnScreenAndKeysStayApartForAFinger) {
  for (const float width : {760.0f, 600.0f, 412.0f, 320.0f}) {
    ui_.resize({width, 800});
    for (const char* field : {"form.name", "form.password", "form.iqama"}) {
      focus(field);
      ASSERT_NE(keyboard(), nullptr) << field;
      std::vector<const SemanticNode*> keys;
      for (const auto& node : ui_.tree().nodes())
        if (node.key) keys.push_back(&node);
      EXPECT_GT(keys.size(), 10u) << field;
      for (const SemanticNode* node : keys) {
        EXPECT_GE(node->rect.x, 0) << width << " " << field << " " << node->name;
        EXPECT_LE(node->rect.right(), width) << width << " " << field << " " << node->name;
        EXPECT_GE(node->rect.height, OnScreenKeyboard::kMinKey) << width << " " << node->name;
      }
      // Keys side by side in a row: their left edges at least 24 px apart.
      for (size_t i = 1; i < keys.size(); ++i) {
        if (keys[i]->rect.y != keys[i - 1]->rect.y) continue;
        EXPECT_GE(std::abs(keys[i]->rect.x - keys[i - 1]->rect.x), 24.0f)
            << width << " " << field << " " << keys[i]->name;
      }
    }
  }
  // Too narrow for "English letters", the switch key says "ABC", and is named by both.
  focus("form.name");
  ASSERT_NE(key("ABC · " + ui_.strings().text("keyboard.toEnglish")), nullptr);
  // Wide again, the keys are their kiosk size, and the switch key says it whole.
  ui_.resize({1080, 1920});
  focus("form.name");
  EXPECT_GE(key("ب")->rect.width, OnScreenKeyboard::kMinKey);
  EXPECT_NE(key(ui_.strings().text("keyboard.toEnglish")), nullptr);
}

TEST_F(OnScreenKeyboardTest, NumberFieldsGetTheDigitsPadPasswordsAndCodesLatinLetters) {
  focus("form.iqama");
  ASSERT_NE(keyboard(), nullptr);
  for (const char* digit : {"0", "1", "9"}) ASSERT_NE(key(digit), nullptr) << digit;
  EXPECT_EQ(key("ب"), nullptr);
  EXPECT_EQ(key("q"), nullptr);
  focus("form.password");
  EXPECT_NE(key("q"), nullptr);
  EXPECT_EQ(key("ب"), nullptr);
  focus("form.code");  // the captcha's letters are Latin on an Arabic page too
  EXPECT_NE(key("q"), nullptr);
}

TEST_F(OnScreenKeyboardTest, ShiftCapitalisesOneLetterAndSwitchingChangesLanguage) {
  focus("form.password");
  ui_.click(Role::Button, ui_.strings().text("keyboard.shift"));
  ASSERT_NE(key("M"), nullptr);
  EXPECT_EQ(key("M")->types, "M");
  ui_.click(Role::Button, "M");
  EXPECT_NE(key("m"), nullptr) << "one capital, then small letters again";
  ui_.click(Role::Button, "الحروف العربية");
  EXPECT_NE(key("ب"), nullptr);
  ui_.click(Role::Button, ui_.strings().text("keyboard.shift"));
  EXPECT_NE(key("أ"), nullptr);
  ui_.click(Role::Button, "الحروف الإنجليزية");
  EXPECT_NE(key("q"), nullptr);
  EXPECT_EQ(ui_.focused(), "form.password") << "keys never take focus from the field";
}

TEST_F(OnScreenKeyboardTest, HideKeepsItAwayUntilTheFieldIsTouchedAndEnterSendsTheForm) {
  focus("form.name");
  ui_.click(Role::Button, ui_.strings().text("keyboard.hideName"));
  EXPECT_EQ(keyboard(), nullptr);
  ui_.click_id("form.name");  // touching the field again
  ASSERT_NE(keyboard(), nullptr);
  ui_.click(Role::Button, ui_.strings().text("keyboard.enter"));
  ui_.render();
  EXPECT_EQ(sent_, 1);
}

TEST_F(OnScreenKeyboardTest, EnglishPageNamesItsKeysInEnglishAndStartsWithEnglishLetters) {
  ui_.set_language(Language::English);
  focus("form.name");
  ASSERT_NE(ui_.find(Role::Group, "On-screen keyboard"), nullptr);
  EXPECT_NE(key("Space"), nullptr);
  EXPECT_NE(key("Delete"), nullptr);
  EXPECT_NE(key("q"), nullptr);
  ui_.click(Role::Button, "Arabic letters");
  EXPECT_NE(key("ض"), nullptr);
}

}  // namespace
}  // namespace muqeem::ui
