// Our shaping against HarfBuzz's own command-line shaper, run at test time on the same font file with
// the same direction and surrounding text: glyph ids, clusters, offsets and advances must be equal.
// Debian's hb-shape is HarfBuzz 6.0.0, we compile 10.2.0; no difference has shown up for these fonts.
#include <gtest/gtest.h>

#include <unistd.h>
#include <array>
#include <cstdio>
#include <fstream>
#include <nlohmann/json.hpp>
#include <string>

#include "test_paths.h"
#include "text/font.h"
#include "text/shaped_line.h"

namespace muqeem::text {
namespace {

std::string utf8_of(const std::u32string& text, size_t start, size_t length) {
  std::string out;
  for (size_t i = start; i < start + length && i < text.size(); ++i) {
    const char32_t c = text[i];
    if (c < 0x80) {
      out.push_back(static_cast<char>(c));
    } else if (c < 0x800) {
      out.push_back(static_cast<char>(0xC0 | (c >> 6)));
      out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
    } else if (c < 0x10000) {
      out.push_back(static_cast<char>(0xE0 | (c >> 12)));
      out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
      out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
    } else {
      out.push_back(static_cast<char>(0xF0 | (c >> 18)));
      out.push_back(static_cast<char>(0x80 | ((c >> 12) & 0x3F)));
      out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
      out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
    }
  }
  return out;
}

std::string write_temp(const std::string& name, const std::string& content) {
  // ctest runs tests in parallel processes: the process id keeps their files apart.
  const std::string path = testing::TempDir() + std::to_string(getpid()) + "-" + name;
  std::ofstream(path, std::ios::binary) << content;
  return path;
}

// hb-shape's JSON output for one run, with the text around it as context.
nlohmann::json hb_shape(const std::string& font_file, const ShapedRun& run, const std::u32string& text) {
  const std::string text_file = write_temp("run.txt", utf8_of(text, run.text_start, run.text_length));
  // Clusters in hb-shape's output count from the start of the run, ours from the start of the line.
  std::string command = "hb-shape --no-glyph-names --output-format=json --font-file='" + font_file +
                        "' --text-file='" + text_file +
                        "' --direction=" + (run.right_to_left ? "rtl" : "ltr");
  // Context goes in as an argument; $(cat) keeps the shell from ever parsing the text itself.
  const auto context_argument = [](const char* flag, const std::string& file) {
    return std::string(" ") + flag + "=\"$(cat '" + file + "')\"";
  };
  if (run.text_start > 0) {
    command += context_argument("--text-before", write_temp("before.txt", utf8_of(text, 0, run.text_start)));
  }
  const size_t end = run.text_start + run.text_length;
  if (end < text.size()) {
    command +=
        context_argument("--text-after", write_temp("after.txt", utf8_of(text, end, text.size() - end)));
  }
  std::string output;
  if (FILE* pipe = popen(command.c_str(), "r")) {
    std::array<char, 4096> buffer{};
    size_t n = 0;
    while ((n = fread(buffer.data(), 1, buffer.size(), pipe)) > 0) output.append(buffer.data(), n);
    pclose(pipe);
  }
  return nlohmann::json::parse(output, nullptr, false);
}

void expect_same_as_hb_shape(const std::string& font_file, const std::string& utf8, Direction direction) {
  const auto font = Font::from_file(font_file);
  ASSERT_NE(font, nullptr) << font_file;
  const ShapedLine line = shape_line(utf8, *font, direction);
  ASSERT_FALSE(line.runs.empty());
  for (const auto& run : line.runs) {
    const auto reference = hb_shape(font_file, run, line.text);
    ASSERT_TRUE(reference.is_array()) << "hb-shape gave no JSON for \"" << utf8 << "\"";
    ASSERT_EQ(reference.size(), run.glyphs.size()) << utf8;
    for (size_t i = 0; i < run.glyphs.size(); ++i) {
      const auto& ours = run.glyphs[i];
      const auto& theirs = reference[i];
      SCOPED_TRACE(utf8 + " glyph " + std::to_string(i));
      EXPECT_EQ(ours.glyph_id, theirs["g"].get<uint32_t>());
      EXPECT_EQ(ours.cluster - run.text_start, theirs["cl"].get<uint32_t>());
      EXPECT_EQ(ours.x_offset, theirs["dx"].get<int>());
      EXPECT_EQ(ours.y_offset, theirs["dy"].get<int>());
      EXPECT_EQ(ours.x_advance, theirs["ax"].get<int>());
    }
  }
}

nlohmann::json catalogue(const std::string& language) {
  std::ifstream in(test::source_path("assets/i18n/" + language + ".json"));
  return nlohmann::json::parse(in);
}

TEST(HbShape, ProductNameInBoldArabicMatchesHarfBuzzTool) {
  expect_same_as_hb_shape(test::font_path("IBMPlexSansArabic-Bold.ttf"),
                          catalogue("ar")["app.name"].get<std::string>(), Direction::RightToLeft);
}

TEST(HbShape, EveryArabicCatalogueStringMatchesHarfBuzzTool) {
  const auto strings = catalogue("ar");
  for (const auto& [key, value] : strings.items()) {
    expect_same_as_hb_shape(test::font_path("IBMPlexSansArabic-Regular.ttf"), value.get<std::string>(),
                            Direction::RightToLeft);
  }
}

TEST(HbShape, EveryEnglishCatalogueStringMatchesHarfBuzzTool) {
  const auto strings = catalogue("en");
  for (const auto& [key, value] : strings.items()) {
    expect_same_as_hb_shape(test::font_path("IBMPlexSans-Regular.ttf"), value.get<std::string>(),
                            Direction::LeftToRight);
  }
}

TEST(HbShape, MixedArabicDigitsAndLatinRunsMatchHarfBuzzToolWithContext) {
  const std::string font = test::font_path("IBMPlexSansArabic-Regular.ttf");
  for (const char* text : {"رقم الإقامة 2123456789", "الرسوم 650.00 ريال", "جوال 0551234567 (المنشأة)",
                           "تأشيرة خروج وعودة Muqeem Web", "لا إله"}) {
    expect_same_as_hb_shape(font, text, Direction::RightToLeft);
  }
}

}  // namespace
}  // namespace muqeem::text
