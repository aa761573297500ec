#pragma once
// Reading the text fields of a request that people type into (descriptions, names, e-mail
// addresses): a string, within a length in characters, without control characters; each problem a
// bilingual error naming the field, for the UI to show under it.
#include <cstddef>
#include <string>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "api/dto.h"

namespace muqeem::api::fields {

struct TextRule {
  size_t max_characters = 100;
  bool required = true;    // absent or "" is an error; otherwise both read as ""
  bool multiline = false;  // line breaks and tabs allowed
};

// `key` is looked up in `body`; errors name `path` (e.g. "attachments[1].fileName"), or `key`.
std::string checked_text(const nlohmann::json& body, const char* key, const Bilingual& label, TextRule rule,
                         std::vector<FieldError>& errors, const std::string& path = "");

// The same error wording for a field whose value is not one of those offered.
FieldError not_offered(const std::string& field, const Bilingual& label);

}  // namespace muqeem::api::fields
