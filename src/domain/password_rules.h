#pragma once
// What a password must be when a user sets one (activating an account): 8 to 128 characters, with
// at least one letter and one digit, and not containing the username.
#include <string_view>

namespace muqeem::domain {

bool acceptable_password(std::string_view password, std::string_view username);

}  // namespace muqeem::domain
