#pragma once
// Reading one field of a JSON object without exceptions (the browser build has none), for the DTOs'
// readers: false (or an error naming the field) when it is missing or of another type.
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "api/dto.h"

namespace muqeem::api::fields {

inline bool read(const nlohmann::json& j, const char* key, std::string& out) {
  const auto found = j.is_object() ? j.find(key) : j.end();
  if (found == j.end() || !found->is_string()) return false;
  out = found->get<std::string>();
  return true;
}

template <typename Number>
bool read(const nlohmann::json& j, const char* key, Number& out) {
  const auto found = j.is_object() ? j.find(key) : j.end();
  if (found == j.end() || !found->is_number_integer()) return false;
  out = found->get<Number>();
  return true;
}

inline bool read(const nlohmann::json& j, const char* key, bool& out) {
  const auto found = j.is_object() ? j.find(key) : j.end();
  if (found == j.end() || !found->is_boolean()) return false;
  out = found->get<bool>();
  return true;
}

inline bool read(const nlohmann::json& j, const char* key, Bilingual& out) {
  const auto found = j.is_object() ? j.find(key) : j.end();
  return found != j.end() && read(*found, "ar", out.ar) && read(*found, "en", out.en);
}

inline bool read(const nlohmann::json& j, const char* key, Coded& out) {
  const auto found = j.is_object() ? j.find(key) : j.end();
  return found != j.end() && read(*found, "code", out.code) && read(*found, "ar", out.ar) &&
         read(*found, "en", out.en);
}

// A Spring-style page ({content, page, size, totalElements}) of items that have a to_json.
template <typename Page>
nlohmann::json page_json(const Page& value) {
  nlohmann::json page = nlohmann::json::object();  // member by member: see to_json(Bilingual) in dto.cpp
  page["content"] = value.content;
  page["page"] = value.page;
  page["size"] = value.size;
  page["totalElements"] = value.total_elements;
  return page;
}

// Reads such a page, each item with `read_item(json, Item&) -> bool`; false when anything in it is
// not what the contract promises.
template <typename Page, typename ReadItem>
bool read_page(const nlohmann::json& body, Page& page, ReadItem read_item) {
  if (!read(body, "page", page.page) || !read(body, "size", page.size) ||
      !read(body, "totalElements", page.total_elements))
    return false;
  const auto content = body.find("content");
  if (content == body.end() || !content->is_array()) return false;
  for (const auto& item : *content) {
    typename decltype(page.content)::value_type value;
    if (!read_item(item, value)) return false;
    page.content.push_back(std::move(value));
  }
  return true;
}

// A required, non-empty string field of a request; otherwise a bilingual error naming it.
inline std::string required_text(const nlohmann::json& body, const char* field, const Bilingual& label,
                                 std::vector<FieldError>& errors) {
  const auto found = body.is_object() ? body.find(field) : body.end();
  if (found == body.end() || !found->is_string() || found->get<std::string>().empty()) {
    errors.push_back({field, {label.ar + " مطلوب", label.en + " is required"}});
    return {};
  }
  return found->get<std::string>();
}

}  // namespace muqeem::api::fields
