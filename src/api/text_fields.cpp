#include "api/text_fields.h"

#include <nlohmann/json.hpp>

#include "domain/text_checks.h"

namespace muqeem::api::fields {

std::string checked_text(const nlohmann::json& body, const char* key, const Bilingual& label, TextRule rule,
                         std::vector<FieldError>& errors, const std::string& path) {
  const std::string field = path.empty() ? key : path;
  const auto found = body.is_object() ? body.find(key) : body.end();
  if (found == body.end() || found->is_null()) {
    if (rule.required) errors.push_back({field, {label.ar + " مطلوب", label.en + " is required"}});
    return {};
  }
  if (!found->is_string()) {
    errors.push_back({field, {label.ar + " يجب أن يكون نصًا", label.en + " must be text"}});
    return {};
  }
  std::string text = found->get<std::string>();
  if (text.empty() && rule.required) {
    errors.push_back({field, {label.ar + " مطلوب", label.en + " is required"}});
  } else if (domain::code_points(text) > rule.max_characters) {
    const std::string limit = std::to_string(rule.max_characters);
    errors.push_back({field,
                      {label.ar + " أطول من " + limit + " حرفًا، اختصره",
                       label.en + " is longer than " + limit + " characters; shorten it"}});
  } else if (!domain::is_plain_text(text, rule.multiline)) {
    errors.push_back({field,
                      {label.ar + " يحتوي على رموز تحكم غير مسموح بها، احذفها",
                       label.en + " contains control characters; remove them"}});
  } else {
    return text;
  }
  return {};
}

FieldError not_offered(const std::string& field, const Bilingual& label) {
  return {field, {"اختر " + label.ar + " من القائمة", "Choose " + label.en + " from the list offered"}};
}

}  // namespace muqeem::api::fields
