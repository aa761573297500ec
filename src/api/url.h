#pragma once
// Percent-encoding (RFC 3986) for paths, query strings and location hashes.
#include <optional>
#include <string>
#include <string_view>

namespace muqeem::api {

// Decodes %XX escapes; nullopt when an escape is broken ("%", "%4", "%zz").
std::optional<std::string> percent_decode(std::string_view text);

}  // namespace muqeem::api
