#pragma once
// Percent-encoding (RFC 3986) for paths, query strings and location hashes.
#include <map>
#include <optional>
#include <string>
#include <string_view>

namespace muqeem::api {

// Decodes %XX escapes; nullopt when an escape is broken ("%", "%4", "%zz").
std::optional<std::string> percent_decode(std::string_view text);

// "a=1&b=%D9%85" to {a: 1, b: م}. A broken escape is kept as typed rather than dropped.
std::map<std::string, std::string> parse_query(std::string_view query);

}  // namespace muqeem::api
