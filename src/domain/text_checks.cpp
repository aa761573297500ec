#include "domain/text_checks.h"

#include <cctype>
#include <string>

namespace muqeem::domain {
namespace {

bool ascii_alnum(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) != 0;
}

// Decodes the code point starting at `at` (valid UTF-8 assumed) and moves past it.
char32_t next_code_point(std::string_view utf8, size_t& at) {
  const auto byte = [&](size_t i) { return static_cast<unsigned char>(utf8[i]); };
  const unsigned char lead = byte(at);
  const int length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
  char32_t value = length == 1 ? lead : length == 2 ? lead & 0x1F : length == 3 ? lead & 0x0F : lead & 0x07;
  for (int i = 1; i < length && at + i < utf8.size(); ++i) value = (value << 6) | (byte(at + i) & 0x3F);
  at += length;
  return value;
}

bool is_control(char32_t c) {
  // C0, DEL and C1 controls; the bidi embeddings, overrides and isolates that can make text read
  // differently from what it says (U+202A-U+202E, U+2066-U+2069).
  return c < 0x20 || (c >= 0x7F && c <= 0x9F) || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
}

}  // namespace

size_t code_points(std::string_view utf8) {
  size_t count = 0;
  for (unsigned char c : utf8) count += (c & 0xC0) != 0x80;
  return count;
}

bool is_plain_text(std::string_view utf8, bool multiline) {
  for (size_t at = 0; at < utf8.size();) {
    const char32_t c = next_code_point(utf8, at);
    if (multiline && (c == '\n' || c == '\r' || c == '\t')) continue;
    if (is_control(c)) return false;
  }
  return true;
}

bool is_name(std::string_view utf8) {
  static constexpr std::string_view kPunctuation = " .-'&(),/";
  bool letter = false;
  for (size_t at = 0; at < utf8.size();) {
    const char32_t c = next_code_point(utf8, at);
    if (is_control(c)) return false;
    if (c >= 0x80 || std::isalpha(static_cast<int>(c))) {
      letter = true;  // any script's letters (and its marks) are beyond ASCII
    } else if (!std::isdigit(static_cast<int>(c)) &&
               kPunctuation.find(static_cast<char>(c)) == std::string_view::npos) {
      return false;
    }
  }
  return letter;
}

bool is_email_address(std::string_view text) {
  const size_t at = text.find('@');
  if (text.size() > 254 || at == std::string_view::npos || at == 0 ||
      text.find('@', at + 1) != std::string_view::npos)
    return false;
  for (char c : text.substr(0, at))
    if (c <= 0x20 || c >= 0x7F || std::string_view("\"(),:;<>[\\]").find(c) != std::string_view::npos)
      return false;
  const std::string_view domain = text.substr(at + 1);
  if (domain.empty() || domain.find('.') == std::string_view::npos || domain.front() == '.' ||
      domain.back() == '.' || domain.find("..") != std::string_view::npos)
    return false;
  for (char c : domain)
    if (!ascii_alnum(c) && c != '-' && c != '.') return false;
  return true;
}

}  // namespace muqeem::domain
