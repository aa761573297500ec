#include "domain/person_name.h"

#include <optional>

namespace muqeem::domain {
namespace {

constexpr size_t kMaxCharacters = 100;

// The next code point of UTF-8 text and its length in bytes; nullopt for a malformed sequence.
std::optional<std::pair<char32_t, size_t>> next_code_point(std::string_view text, size_t at) {
  const auto lead = static_cast<unsigned char>(text[at]);
  const size_t length = lead < 0x80           ? 1
                        : (lead >> 5) == 0x6  ? 2
                        : (lead >> 4) == 0xE  ? 3
                        : (lead >> 3) == 0x1E ? 4
                                              : 0;
  if (length == 0 || at + length > text.size()) return std::nullopt;
  char32_t code = length == 1 ? lead : lead & (0x7F >> length);
  for (size_t i = 1; i < length; ++i) {
    const auto next = static_cast<unsigned char>(text[at + i]);
    if ((next & 0xC0) != 0x80) return std::nullopt;
    code = (code << 6) | (next & 0x3F);
  }
  return std::pair{code, length};
}

bool arabic_letter(char32_t c) {
  return (c >= 0x0621 && c <= 0x063A)      // hamza to ghain
         || (c >= 0x0640 && c <= 0x0652)   // tatweel, fa to yeh, harakat
         || (c >= 0x0670 && c <= 0x06D3);  // superscript alef, Persian and Urdu letters
}

bool latin_letter(char32_t c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '-' || c == '\'' || c == '.';
}

// The marks a name may hold but cannot be made of: the hyphen, apostrophe and full stop, the tatweel
// and the harakat.
bool mark(char32_t c) {
  return c == '-' || c == '\'' || c == '.' || c == 0x0640 || (c >= 0x064B && c <= 0x0652) || c == 0x0670;
}

// The name with its spaces trimmed and collapsed, if every other character passes `letter`.
Result<std::string, NameError> parse_name(std::string_view text, bool (*letter)(char32_t)) {
  std::string out;
  size_t characters = 0, letters = 0;
  bool space = false;
  for (size_t at = 0; at < text.size();) {
    const auto point = next_code_point(text, at);
    if (!point) return NameError::WrongLetters;
    const auto [code, length] = *point;
    if (code == ' ') {
      space = !out.empty();
    } else if (letter(code)) {
      if (space) {
        out.push_back(' ');
        ++characters;
        space = false;
      }
      out.append(text.substr(at, length));
      ++characters;
      if (!mark(code)) ++letters;
    } else {
      return NameError::WrongLetters;
    }
    at += length;
  }
  if (out.empty()) return NameError::Empty;
  if (letters == 0) return NameError::WrongLetters;
  if (characters > kMaxCharacters) return NameError::TooLong;
  return out;
}

}  // namespace

Result<std::string, NameError> parse_arabic_name(std::string_view text) {
  return parse_name(text, arabic_letter);
}

Result<std::string, NameError> parse_latin_name(std::string_view text) {
  return parse_name(text, latin_letter);
}

}  // namespace muqeem::domain
