#pragma once
// Digits as officers type them: Western (0-9), Arabic-Indic (٠-٩) or Extended Arabic-Indic (۰-۹, from
// Persian and Urdu keyboards). Identifiers are stored with Western digits.
#include <optional>
#include <string>
#include <string_view>

namespace muqeem::domain {

// The digits of `text` as Western digits, ignoring spaces and the marks the browser may put around
// pasted numbers (LRM, RLM); nullopt when anything else is in it.
std::optional<std::string> western_digits(std::string_view text);

}  // namespace muqeem::domain
