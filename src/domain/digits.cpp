#include "domain/digits.h"

namespace muqeem::domain {

std::optional<std::string> western_digits(std::string_view text) {
  std::string out;
  size_t i = 0;
  while (i < text.size()) {
    const auto byte = static_cast<unsigned char>(text[i]);
    if (byte >= '0' && byte <= '9') {
      out.push_back(static_cast<char>(byte));
      ++i;
    } else if (byte == ' ') {
      ++i;
    } else if (i + 1 < text.size() && (byte == 0xD9 || byte == 0xDB)) {
      // U+0660..U+0669 are D9 A0..D9 A9; U+06F0..U+06F9 are DB B0..DB B9.
      const auto next = static_cast<unsigned char>(text[i + 1]);
      if (byte == 0xD9 && next >= 0xA0 && next <= 0xA9) {
        out.push_back(static_cast<char>('0' + (next - 0xA0)));
      } else if (byte == 0xDB && next >= 0xB0 && next <= 0xB9) {
        out.push_back(static_cast<char>('0' + (next - 0xB0)));
      } else {
        return std::nullopt;
      }
      i += 2;
    } else if (text.substr(i, 3) == "\xE2\x80\x8E" || text.substr(i, 3) == "\xE2\x80\x8F") {
      i += 3;  // LRM / RLM
    } else {
      return std::nullopt;
    }
  }
  return out;
}

}  // namespace muqeem::domain
