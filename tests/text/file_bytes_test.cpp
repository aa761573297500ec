// Fonts and catalogues are read whole, bytes as they are (a font is full of zero bytes), and a file
// that is not there is said, not taken for an empty one.
#include "text/file_bytes.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <string>

#include "test_paths.h"

namespace muqeem::text {
namespace {

TEST(FileBytes, AFontIsReadWholeWithItsZeroBytes) {
  const auto path = test::font_path("IBMPlexSansArabic-Regular.ttf");
  const auto bytes = file_bytes(path);
  ASSERT_TRUE(bytes.has_value());
  std::FILE* file = std::fopen(path.c_str(), "rb");
  ASSERT_NE(file, nullptr);
  std::fseek(file, 0, SEEK_END);
  const long size = std::ftell(file);
  std::fclose(file);
  EXPECT_EQ(static_cast<long>(bytes->size()), size);
  EXPECT_NE(bytes->find('\0'), std::string::npos);
  EXPECT_EQ(bytes->substr(0, 4), std::string("\0\1\0\0", 4));  // a TrueType font's version tag
}

TEST(FileBytes, AnEmptyFileIsEmptyAndAMissingOneIsNothing) {
  const std::string empty = ::testing::TempDir() + "muqeem-empty.json";
  std::fclose(std::fopen(empty.c_str(), "wb"));
  const auto read = file_bytes(empty);
  ASSERT_TRUE(read.has_value());
  EXPECT_TRUE(read->empty());
  EXPECT_FALSE(file_bytes(::testing::TempDir() + "muqeem-no-such-file.json").has_value());
}

}  // namespace
}  // namespace muqeem::text
