#pragma once
// How the portal client builds its requests (for the files that split PortalClient's endpoints).
#include <nlohmann/json.hpp>
#include <string>

#include "api/transport.h"

namespace muqeem::api::detail {

// Files take longer to send than a form: a few megabytes over a slow link.
inline constexpr int kUploadTimeoutMs = 120000;

// Text for a URL's path segment or query value.
std::string percent_encode(const std::string& text);
// A GET, with nothing but the target.
HttpRequest get(const std::string& target);
// A list's target: `path` with the page asked for and its size (more parameters follow with '&').
std::string paged(const std::string& path, int page, int size);
// A JSON POST.
HttpRequest post_json(const std::string& target, const nlohmann::json& body);
// A state change: JSON, with the Idempotency-Key the caller made once for the transaction.
HttpRequest transaction(const std::string& target, const nlohmann::json& body, const std::string& key);

}  // namespace muqeem::api::detail
