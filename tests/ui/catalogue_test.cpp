#include "ui/catalogue.h"

#include <gtest/gtest.h>

#include "test_paths.h"
#include "text/font_set.h"
#include "text/utf8.h"

namespace muqeem::ui {
namespace {

Catalogue load(const char* language) {
  const Language lang = std::string_view(language) == "ar" ? Language::Arabic : Language::English;
  auto catalogue = Catalogue::load(test::source_path(std::string("assets/i18n/") + language + ".json"), lang);
  EXPECT_TRUE(catalogue.has_value()) << language;
  return catalogue.value_or(Catalogue{});
}

// A plural's forms differ by language ("residents.count#few" is Arabic only); its key must not.
std::string message_key(const std::string& key) {
  return key.substr(0, key.find('#'));
}

TEST(Catalogue, ArabicAndEnglishHaveTheSameKeysAndNoEmptyString) {
  const Catalogue arabic = load("ar"), english = load("en");
  ASSERT_FALSE(arabic.all().empty());
  for (const auto& [key, value] : arabic.all()) {
    EXPECT_TRUE(english.has(message_key(key))) << key << " is missing from en.json";
    EXPECT_FALSE(value.empty()) << key;
  }
  for (const auto& [key, value] : english.all()) {
    EXPECT_TRUE(arabic.has(message_key(key))) << key << " is missing from ar.json";
    EXPECT_FALSE(value.empty()) << key;
  }
}

bool is_arabic_letter(char32_t c) {
  return (c >= 0x0600 && c <= 0x06FF) || (c >= 0xFB50 && c <= 0xFEFF);
}

// No tofu: every character of every string has a glyph in the font that language is drawn with.
TEST(Catalogue, FontsCoverEveryCharacterOfEveryString) {
  const auto fonts = text::FontSet::load(test::font_dir());
  ASSERT_NE(fonts, nullptr);
  const struct {
    const char* language;
    text::Weight weight;
    const text::Font& font;
  } cases[] = {{"ar", text::Weight::Regular, fonts->arabic(text::Weight::Regular)},
               {"ar", text::Weight::Bold, fonts->arabic(text::Weight::Bold)},
               {"en", text::Weight::Regular, fonts->latin(text::Weight::Regular)},
               {"en", text::Weight::Bold, fonts->latin(text::Weight::Bold)}};
  for (const auto& entry : cases) {
    const Catalogue catalogue = load(entry.language);
    for (const auto& [key, value] : catalogue.all()) {
      for (char32_t c : text::decode_utf8(value)) {
        // Arabic words in English strings (the toggle's "العربية") are drawn in the Arabic font.
        const text::Font& font = is_arabic_letter(c) ? fonts->arabic(entry.weight) : entry.font;
        EXPECT_TRUE(font.has_glyph_for(c))
            << font.name() << " lacks U+" << std::hex << static_cast<uint32_t>(c) << " of " << key;
      }
    }
    // Numbers are substituted at run time, in Western digits in both languages.
    for (char c : std::string_view("-0123456789,.")) {
      EXPECT_TRUE(entry.font.has_glyph_for(static_cast<char32_t>(c))) << entry.font.name() << " lacks " << c;
    }
  }
}

TEST(Catalogue, MissingKeyShowsTheKeyInsteadOfNothing) {
  const auto catalogue = Catalogue::parse(R"({"app.name": "مقيم"})", Language::Arabic);
  ASSERT_TRUE(catalogue);
  EXPECT_EQ(catalogue->text("app.name"), "مقيم");
  EXPECT_EQ(catalogue->text("no.such.key"), "no.such.key");
}

TEST(Catalogue, RejectsAnythingButAnObjectOfStringsOrPluralForms) {
  for (const char* json :
       {"[1, 2]", R"({"a": 1})", "{not json", R"({"a": ["x"]})",
        R"({"a": {"one": "x"}})",                    // no "other"
        R"({"a": {"several": "x", "other": "y"}})",  // not a CLDR category
        R"({"a": {"one": 1, "other": "y"}})", R"({"a": {"other": {"other": "y"}}})", R"({"a#b": "x"})",
        R"("x")", "null", R"({"a": {}})", R"({"a": "x"} trailing)", R"({"a": "x")",
        // A key given twice: which value was meant?
        R"({"a": "x", "a": "y"})", R"({"a": {"one": "x", "other": "y"}, "a": "z"})",
        R"({"a": "z", "a": {"one": "x", "other": "y"}})"}) {
    EXPECT_FALSE(Catalogue::parse(json, Language::Arabic)) << json;
  }
}

constexpr const char* kArabicResidents = R"({"residents.count": {
  "zero": "لا يوجد مقيمون", "one": "مقيم واحد", "two": "مقيمان",
  "few": "{count} مقيمين", "many": "{count} مقيمًا", "other": "{count} مقيم"}})";

TEST(Catalogue, ArabicPluralFollowsCldrCategories) {
  const auto ar = Catalogue::parse(kArabicResidents, Language::Arabic);
  ASSERT_TRUE(ar);
  const std::pair<long long, const char*> cases[] = {
      {0, "لا يوجد مقيمون"}, {1, "مقيم واحد"},      {2, "مقيمان"},       {3, "3 مقيمين"},
      {10, "10 مقيمين"},     {11, "11 مقيمًا"},      {99, "99 مقيمًا"},    {100, "100 مقيم"},
      {101, "101 مقيم"},     {102, "102 مقيم"},     {103, "103 مقيمين"}, {111, "111 مقيمًا"},
      {1000, "1,000 مقيم"},  {3210, "3,210 مقيمين"}};
  for (const auto& [count, expected] : cases)
    EXPECT_EQ(ar->plural("residents.count", count), expected) << count;
}

TEST(Catalogue, EnglishPluralIsOneOrOther) {
  const auto en = Catalogue::parse(
      R"({"residents.count": {"one": "{count} resident", "other": "{count} residents"}})", Language::English);
  ASSERT_TRUE(en);
  EXPECT_EQ(en->plural("residents.count", 0), "0 residents");
  EXPECT_EQ(en->plural("residents.count", 1), "1 resident");
  EXPECT_EQ(en->plural("residents.count", 2), "2 residents");
  EXPECT_EQ(en->plural("residents.count", 3000), "3,000 residents");
}

TEST(Catalogue, MissingPluralFormFallsBackToOther) {
  const auto ar =
      Catalogue::parse(R"({"visas": {"one": "تأشيرة واحدة", "other": "{count} تأشيرة"}})", Language::Arabic);
  ASSERT_TRUE(ar);
  EXPECT_EQ(ar->plural("visas", 1), "تأشيرة واحدة");
  EXPECT_EQ(ar->plural("visas", 0), "0 تأشيرة");
  EXPECT_EQ(ar->plural("visas", 2), "2 تأشيرة");
  EXPECT_EQ(ar->plural("visas", 5), "5 تأشيرة");
  EXPECT_EQ(ar->plural("visas", 50), "50 تأشيرة");
}

TEST(Catalogue, PluralEntryReadsAsItsOtherFormAndListsEveryForm) {
  const auto ar = Catalogue::parse(kArabicResidents, Language::Arabic);
  ASSERT_TRUE(ar);
  EXPECT_TRUE(ar->has("residents.count"));
  EXPECT_EQ(ar->text("residents.count"), "{count} مقيم");
  EXPECT_EQ(ar->all().size(), 6u);
  EXPECT_EQ(ar->all().at("residents.count#few"), "{count} مقيمين");
  EXPECT_EQ(ar->plural("no.such.key", 3), "no.such.key");
}

TEST(Catalogue, FormatFillsNamedPlaceholders) {
  const auto ar = Catalogue::parse(R"({"iqama.renewed": "جُدّدت إقامة {name} حتى {date}"})", Language::Arabic);
  ASSERT_TRUE(ar);
  EXPECT_EQ(ar->format("iqama.renewed", {{"name", "أحمد"}, {"date", "1447/09/01"}}),
            "جُدّدت إقامة أحمد حتى 1447/09/01");
  // A value is not itself searched for placeholders, and a placeholder without a value stays visible.
  EXPECT_EQ(ar->format("iqama.renewed", {{"name", "{date}"}}), "جُدّدت إقامة {date} حتى {date}");
}

}  // namespace
}  // namespace muqeem::ui
