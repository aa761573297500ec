#pragma once
// What a password must be when a user sets one (activating an account): 8 to 128 characters, with
// at least one letter and one digit, and not containing the username. Each rule on its own, so a
// form can say which are met while the person types; the server accepts only a password meeting all.
#include <string_view>

namespace muqeem::domain {

struct PasswordChecks {
  bool length = false;       // 8 to 128 characters
  bool letter = false;       // a letter, of any script
  bool digit = false;        // a digit
  bool no_username = false;  // does not contain the username
  bool plain = false;        // no control characters
  bool all() const { return length && letter && digit && no_username && plain; }
};

PasswordChecks check_password(std::string_view password, std::string_view username);
bool acceptable_password(std::string_view password, std::string_view username);

}  // namespace muqeem::domain
