#pragma once
// Base64 (RFC 4648, standard alphabet, padded): how a support request's attachments travel inside
// its JSON, so every transport (fetch, native HTTP, in-process) carries them the same way.
#include <optional>
#include <string>
#include <string_view>

namespace muqeem::api {

std::string base64_encode(std::string_view bytes);
// nullopt for anything but canonical padded base64 (no white space, no URL-safe letters).
std::optional<std::string> base64_decode(std::string_view text);

}  // namespace muqeem::api
