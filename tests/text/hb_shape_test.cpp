// Our shaping against HarfBuzz's own command-line shaper, run at test time: for every run our layout
// makes, hb-shape gets the same font file, direction, script and surrounding paragraph text, and our
// glyph ids, clusters, offsets and advances must equal what it prints. Debian's hb-shape is HarfBuzz
// 6.0.0, we compile 10.2.0; no difference has shown up for these fonts and strings, so none is excused.
#include <gtest/gtest.h>

#include <unistd.h>
#include <array>
#include <cstdio>
#include <fstream>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "test_paths.h"
#include "text/layout_fixture.h"
#include "text/utf8.h"

namespace muqeem::text {
namespace {

std::string utf8_of(const std::u32string& text, size_t start, size_t length) {
  return encode_utf8(std::u32string_view(text).substr(start, length));
}

std::string write_temp(const std::string& name, const std::string& content) {
  // ctest runs tests in parallel processes: the process id keeps their files apart.
  const std::string path = testing::TempDir() + std::to_string(getpid()) + "-" + name;
  std::ofstream(path, std::ios::binary) << content;
  return path;
}

// hb-shape's JSON output for one run, with the text around it as context.
nlohmann::json hb_shape(const LineRun& run, const std::u32string& text) {
  const std::string font_file = test::font_path(run.font->name());
  const std::string script(reinterpret_cast<const char*>(run.script_tag), 4);
  const std::string text_file = write_temp("run.txt", utf8_of(text, run.start, run.end - run.start));
  // Clusters in hb-shape's output count from the start of the run, ours from the start of the text.
  std::string command = "hb-shape --no-glyph-names --output-format=json --font-file='" + font_file +
                        "' --text-file='" + text_file +
                        "' --direction=" + (run.right_to_left ? "rtl" : "ltr") + " --script=" + script;
  // Context goes in as an argument; $(cat) keeps the shell from ever parsing the text itself.
  const auto context_argument = [](const char* flag, const std::string& file) {
    return std::string(" ") + flag + "=\"$(cat '" + file + "')\"";
  };
  if (run.start > run.context_start) {
    command += context_argument(
        "--text-before",
        write_temp("before.txt", utf8_of(text, run.context_start, run.start - run.context_start)));
  }
  if (run.end < run.context_end) {
    command += context_argument("--text-after",
                                write_temp("after.txt", utf8_of(text, run.end, run.context_end - run.end)));
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

void expect_same_as_hb_shape(const std::string& utf8, Direction direction, Weight weight = Weight::Regular) {
  const TextLayout laid_out = test::layout(utf8, direction, 0, 0, weight);
  size_t runs = 0;
  for (const auto& line : laid_out.lines()) {
    for (const auto& run : line.runs) {
      ++runs;
      const auto reference = hb_shape(run, laid_out.text());
      ASSERT_TRUE(reference.is_array()) << "hb-shape gave no JSON for \"" << utf8 << "\"";
      ASSERT_EQ(reference.size(), run.glyphs.size()) << utf8;
      for (size_t i = 0; i < run.glyphs.size(); ++i) {
        const auto& ours = run.glyphs[i];
        const auto& theirs = reference[i];
        SCOPED_TRACE(utf8 + " glyph " + std::to_string(i) + " in " + run.font->name());
        EXPECT_EQ(ours.glyph_id, theirs["g"].get<uint32_t>());
        EXPECT_EQ(ours.cluster - run.start, theirs["cl"].get<uint32_t>());
        EXPECT_EQ(ours.x_offset, theirs["dx"].get<int>());
        EXPECT_EQ(ours.y_offset, theirs["dy"].get<int>());
        EXPECT_EQ(ours.x_advance, theirs["ax"].get<int>());
      }
    }
  }
  EXPECT_GT(runs, 0u) << utf8;
}

nlohmann::json catalogue(const std::string& language) {
  std::ifstream in(test::source_path("assets/i18n/" + language + ".json"));
  return nlohmann::json::parse(in);
}

// Every string of a catalogue: plain messages, and each form of the plural ones.
std::vector<std::string> strings_of(const nlohmann::json& catalogue) {
  std::vector<std::string> strings;
  for (const auto& [key, value] : catalogue.items()) {
    if (value.is_object()) {
      for (const auto& [form, text] : value.items()) strings.push_back(text.get<std::string>());
    } else {
      strings.push_back(value.get<std::string>());
    }
  }
  return strings;
}

TEST(HbShape, ProductNameInBoldArabicMatchesHarfBuzzTool) {
  expect_same_as_hb_shape(catalogue("ar")["app.name"].get<std::string>(), Direction::RightToLeft,
                          Weight::Bold);
}

TEST(HbShape, EveryArabicCatalogueStringMatchesHarfBuzzTool) {
  for (const std::string& value : strings_of(catalogue("ar"))) {
    expect_same_as_hb_shape(value, Direction::RightToLeft);
    expect_same_as_hb_shape(value, Direction::RightToLeft, Weight::Bold);
  }
}

TEST(HbShape, EveryEnglishCatalogueStringMatchesHarfBuzzTool) {
  for (const std::string& value : strings_of(catalogue("en"))) {
    expect_same_as_hb_shape(value, Direction::LeftToRight);
    expect_same_as_hb_shape(value, Direction::LeftToRight, Weight::Bold);
  }
}

// Identifiers, phone numbers, dates and amounts inside Arabic and English sentences: several runs in
// two fonts, each shaped with its neighbours as context.
TEST(HbShape, MixedArabicLatinAndDigitRunsMatchHarfBuzzToolWithContext) {
  for (const char* text :
       {"رقم الإقامة 2123456789", "الجوال ‎+966 55 123 4567", "جوال 0551234567 (المنشأة)",
        "تاريخ الانتهاء 1447/05/12هـ (2025-11-03)", "الرسوم 650.00 ريال", "المبلغ SAR 1,250.50",
        "تأشيرة خروج وعودة Muqeem Web", "لا إله إلا الله", "مُقِيم"}) {
    expect_same_as_hb_shape(text, Direction::RightToLeft);
  }
  for (const char* text :
       {"Resident محمد علي renewed", "Iqama 2123456789 expires ١٤٤٧/٠٥/١٢", "Fee: 650 ر.س"}) {
    expect_same_as_hb_shape(text, Direction::LeftToRight);
  }
}

}  // namespace
}  // namespace muqeem::text
