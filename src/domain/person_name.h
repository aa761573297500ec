#pragma once
// A person's name as an officer types it for a new iqama: once in Arabic letters and once in Latin
// letters (DOMAIN.md: names as {ar, en}). Spaces are trimmed and runs of them made one; anything that
// is not a letter of the name's script (digits, punctuation beyond the hyphen and apostrophe of names
// like Al-Hassan and O'Neil, symbols, control characters) is refused, so what is stored is a name.
#include <string>
#include <string_view>

#include "domain/result.h"

namespace muqeem::domain {

enum class NameError {
  Empty,
  TooLong,      // more than 100 characters
  WrongLetters  // a character that does not belong in a name written in this script
};

// Arabic letters (with the Persian and Urdu ones, harakat and the tatweel) and spaces.
Result<std::string, NameError> parse_arabic_name(std::string_view text);
// A-Z, a-z, spaces, the hyphen, the apostrophe and the full stop.
Result<std::string, NameError> parse_latin_name(std::string_view text);

}  // namespace muqeem::domain
