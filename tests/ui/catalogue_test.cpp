#include "ui/catalogue.h"

#include <gtest/gtest.h>

#include "test_paths.h"
#include "text/font_set.h"
#include "text/utf8.h"

namespace muqeem::ui {
namespace {

Catalogue load(const char* language) {
  auto catalogue = Catalogue::load(test::source_path(std::string("assets/i18n/") + language + ".json"));
  EXPECT_TRUE(catalogue.has_value()) << language;
  return catalogue.value_or(Catalogue{});
}

TEST(Catalogue, ArabicAndEnglishHaveTheSameKeysAndNoEmptyString) {
  const Catalogue arabic = load("ar"), english = load("en");
  ASSERT_FALSE(arabic.all().empty());
  for (const auto& [key, value] : arabic.all()) {
    EXPECT_TRUE(english.has(key)) << key << " is missing from en.json";
    EXPECT_FALSE(value.empty()) << key;
  }
  for (const auto& [key, value] : english.all()) {
    EXPECT_TRUE(arabic.has(key)) << key << " is missing from ar.json";
    EXPECT_FALSE(value.empty()) << key;
  }
}

// No tofu: every character of every string has a glyph in the font that language is drawn with.
TEST(Catalogue, FontsCoverEveryCharacterOfEveryString) {
  const auto fonts = text::FontSet::load(test::font_dir());
  ASSERT_NE(fonts, nullptr);
  const struct {
    const char* language;
    const text::Font& font;
  } cases[] = {{"ar", fonts->arabic(text::Weight::Regular)},
               {"ar", fonts->arabic(text::Weight::Bold)},
               {"en", fonts->latin(text::Weight::Regular)},
               {"en", fonts->latin(text::Weight::Bold)}};
  for (const auto& entry : cases) {
    const Catalogue catalogue = load(entry.language);
    for (const auto& [key, value] : catalogue.all()) {
      for (char32_t c : text::decode_utf8(value)) {
        EXPECT_TRUE(entry.font.has_glyph_for(c))
            << entry.font.name() << " lacks U+" << std::hex << static_cast<uint32_t>(c) << " of " << key;
      }
    }
  }
}

TEST(Catalogue, MissingKeyShowsTheKeyInsteadOfNothing) {
  const auto catalogue = Catalogue::parse(R"({"app.name": "مقيم"})");
  ASSERT_TRUE(catalogue);
  EXPECT_EQ(catalogue->text("app.name"), "مقيم");
  EXPECT_EQ(catalogue->text("no.such.key"), "no.such.key");
}

TEST(Catalogue, RejectsAnythingButAnObjectOfStrings) {
  EXPECT_FALSE(Catalogue::parse("[1, 2]"));
  EXPECT_FALSE(Catalogue::parse(R"({"a": 1})"));
  EXPECT_FALSE(Catalogue::parse("{not json"));
}

}  // namespace
}  // namespace muqeem::ui
