#include "domain/password_rules.h"

#include <algorithm>
#include <cctype>

#include "domain/text_checks.h"

namespace muqeem::domain {

bool acceptable_password(std::string_view password, std::string_view username) {
  const size_t length = code_points(password);
  const auto has = [password](int (*kind)(int)) {
    return std::any_of(password.begin(), password.end(),
                       [kind](char c) { return kind(static_cast<unsigned char>(c)) != 0; });
  };
  // Letters of any script count: a byte beyond ASCII belongs to one.
  const bool letter = has(std::isalpha) || std::any_of(password.begin(), password.end(), [](char c) {
                        return static_cast<unsigned char>(c) >= 0x80;
                      });
  return length >= 8 && length <= 128 && letter && has(std::isdigit) && is_plain_text(password, false) &&
         (username.empty() || password.find(username) == std::string_view::npos);
}

}  // namespace muqeem::domain
