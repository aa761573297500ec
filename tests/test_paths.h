#pragma once
// Where the tests find the repository's files and the fonts the bootstrap made.
#include <string>

namespace muqeem::test {

inline std::string source_path(const std::string& relative) {
  return std::string(MUQEEM_SOURCE_DIR) + "/" + relative;
}
inline std::string font_path(const std::string& file) {
  return std::string(MUQEEM_FONT_DIR) + "/" + file;
}
inline const char* font_dir() {
  return MUQEEM_FONT_DIR;
}

}  // namespace muqeem::test
