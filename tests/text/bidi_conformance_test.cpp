// Unicode's own bidi conformance suite, BidiCharacterTest.txt (from the FriBidi sources, so its
// Unicode version matches FriBidi's tables), run through our bidi stage: FriBidi's resolved levels,
// then our rule L1 per line and our L2 reordering. Every case must give Unicode's levels and order.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "test_paths.h"
#include "text/bidi_paragraph.h"

namespace muqeem::text {
namespace {

struct Case {
  int line_number = 0;
  std::u32string text;
  Direction direction = Direction::Auto;
  int paragraph_level = 0;
  std::vector<int> levels;  // -1 where the character is removed by rule X9 ("x")
  std::vector<uint32_t> order;
};

std::vector<std::string> split(const std::string& text, char separator) {
  std::vector<std::string> parts;
  std::stringstream stream(text);
  std::string part;
  while (std::getline(stream, part, separator)) parts.push_back(part);
  return parts;
}

std::vector<Case> read_cases(const std::string& path) {
  std::ifstream in(path);
  std::vector<Case> cases;
  std::string line;
  int number = 0;
  while (std::getline(in, line)) {
    ++number;
    if (line.empty() || line[0] == '#') continue;
    const auto fields = split(line, ';');
    if (fields.size() < 5) continue;
    Case c;
    c.line_number = number;
    std::stringstream code_points(fields[0]);
    std::string hex;
    while (code_points >> hex) c.text.push_back(static_cast<char32_t>(std::stoul(hex, nullptr, 16)));
    const int direction = std::stoi(fields[1]);
    c.direction = direction == 0   ? Direction::LeftToRight
                  : direction == 1 ? Direction::RightToLeft
                                   : Direction::Auto;
    c.paragraph_level = std::stoi(fields[2]);
    std::stringstream levels(fields[3]);
    std::string level;
    while (levels >> level) c.levels.push_back(level == "x" ? -1 : std::stoi(level));
    std::stringstream order(fields[4]);
    uint32_t index = 0;
    while (order >> index) c.order.push_back(index);
    cases.push_back(std::move(c));
  }
  return cases;
}

// Empty when the case passes; otherwise what differed.
std::string check(const Case& c) {
  const BidiParagraph paragraph(c.text, c.direction);
  if (paragraph.base_level() != c.paragraph_level)
    return "paragraph level " + std::to_string(paragraph.base_level());
  const auto levels = paragraph.line_levels(0, c.text.size());
  for (size_t i = 0; i < c.levels.size(); ++i) {
    if (c.levels[i] >= 0 && levels[i] != c.levels[i])
      return "level of character " + std::to_string(i) + " is " + std::to_string(levels[i]);
  }
  std::vector<uint32_t> order;
  for (uint32_t index : paragraph.visual_order(0, c.text.size()))
    if (c.levels[index] >= 0) order.push_back(index);  // characters X9 removed have no place in the order
  if (order != c.order) {
    std::string got;
    for (uint32_t index : order) got += std::to_string(index) + " ";
    return "visual order " + got;
  }
  return {};
}

TEST(BidiConformance, EveryCaseOfBidiCharacterTestPasses) {
  const auto cases =
      read_cases(test::source_path("third_party/src/fribidi/test/unicode-conformance/BidiCharacterTest.txt"));
  ASSERT_GT(cases.size(), 90000u) << "BidiCharacterTest.txt missing or truncated";
  int failures = 0;
  for (const Case& c : cases) {
    const std::string problem = check(c);
    if (problem.empty()) continue;
    if (++failures <= 10) ADD_FAILURE() << "BidiCharacterTest.txt line " << c.line_number << ": " << problem;
  }
  std::cout << cases.size() - static_cast<size_t>(failures) << " of " << cases.size()
            << " BidiCharacterTest cases pass\n";
  EXPECT_EQ(failures, 0);
}

}  // namespace
}  // namespace muqeem::text
