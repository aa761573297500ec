// The four typefaces are loaded from a folder, or from wherever a caller finds them by name (the
// browser's rehearsal of the start has them in memory); a missing one is named, never half a set.
#include "text/font_set.h"

#include <gtest/gtest.h>

#include <map>
#include <string>
#include <vector>

#include "test_paths.h"
#include "text/file_bytes.h"

namespace muqeem::text {
namespace {

std::map<std::string, std::vector<unsigned char>> fonts_in_memory() {
  std::map<std::string, std::vector<unsigned char>> files;
  for (const char* file : {"IBMPlexSansArabic-Regular.ttf", "IBMPlexSansArabic-Bold.ttf",
                           "IBMPlexSans-Regular.ttf", "IBMPlexSans-Bold.ttf"}) {
    const auto bytes = file_bytes(test::font_path(file));
    if (bytes) files[file].assign(bytes->begin(), bytes->end());
  }
  return files;
}

TEST(FontSet, FontsFoundInMemoryMakeTheSameSetAsTheFolder) {
  auto files = fonts_in_memory();
  ASSERT_EQ(files.size(), 4u);
  std::vector<std::string> asked;
  const auto set = FontSet::load([&](const std::string& file) {
    asked.push_back(file);
    return Font::from_bytes(files.at(file), file);
  });
  const auto from_folder = FontSet::load(test::font_dir());
  ASSERT_NE(set, nullptr);
  ASSERT_NE(from_folder, nullptr);
  EXPECT_EQ(asked.size(), 4u);
  for (const auto weight : {Weight::Regular, Weight::Bold}) {
    EXPECT_TRUE(set->arabic(weight).has_glyph_for(U'م'));
    EXPECT_TRUE(set->latin(weight).has_glyph_for(U'A'));
    EXPECT_EQ(set->arabic(weight).ascender(), from_folder->arabic(weight).ascender());
    EXPECT_EQ(set->latin(weight).units_per_em(), from_folder->latin(weight).units_per_em());
  }
  // Bold is not regular under another name.
  EXPECT_NE(set->arabic(Weight::Bold).name(), set->arabic(Weight::Regular).name());
}

TEST(FontSet, AFontNotFoundIsNamedAndNoSetIsMade) {
  auto files = fonts_in_memory();
  files.erase("IBMPlexSans-Bold.ttf");
  std::string missing;
  const auto set = FontSet::load(
      [&](const std::string& file) -> std::unique_ptr<Font> {
        const auto found = files.find(file);
        return found == files.end() ? nullptr : Font::from_bytes(found->second, file);
      },
      &missing);
  EXPECT_EQ(set, nullptr);
  EXPECT_EQ(missing, "IBMPlexSans-Bold.ttf");
}

TEST(FontSet, BytesThatAreNotAFontAreNotTakenForOne) {
  std::string missing;
  const auto set = FontSet::load(
      [](const std::string& file) {
        return Font::from_bytes({'n', 'o', 't', ' ', 'a', ' ', 'f', 'o', 'n', 't'}, file);
      },
      &missing);
  EXPECT_EQ(set, nullptr);
  EXPECT_EQ(missing, "IBMPlexSansArabic-Regular.ttf");
}

}  // namespace
}  // namespace muqeem::text
