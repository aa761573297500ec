#include "domain/password_rules.h"

#include <algorithm>
#include <cctype>

#include "domain/text_checks.h"

namespace muqeem::domain {

PasswordChecks check_password(std::string_view password, std::string_view username) {
  const size_t length = code_points(password);
  const auto has = [password](int (*kind)(int)) {
    return std::any_of(password.begin(), password.end(),
                       [kind](char c) { return kind(static_cast<unsigned char>(c)) != 0; });
  };
  PasswordChecks checks;
  checks.length = length >= 8 && length <= 128;
  // Letters of any script count: a byte beyond ASCII belongs to one.
  checks.letter = has(std::isalpha) || std::any_of(password.begin(), password.end(), [](char c) {
                    return static_cast<unsigned char>(c) >= 0x80;
                  });
  checks.digit = has(std::isdigit);
  checks.no_username = username.empty() || password.find(username) == std::string_view::npos;
  checks.plain = is_plain_text(password, false);
  return checks;
}

bool acceptable_password(std::string_view password, std::string_view username) {
  return check_password(password, username).all();
}

}  // namespace muqeem::domain
