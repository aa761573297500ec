#pragma once
// A page of a list as the API sends it, Spring-style ({content, page, size, totalElements}), read with
// a reader for its items; nullopt when the page or any item is not what the contract says.
#include <optional>
#include <vector>

#include <nlohmann/json.hpp>

#include "api/json_fields.h"

namespace muqeem::api {

template <typename Page, typename ReadItem>
std::optional<Page> read_page(const nlohmann::json& body, ReadItem read_item) {
  Page page;
  const auto content = body.is_object() ? body.find("content") : body.end();
  if (content == body.end() || !content->is_array() || !fields::read(body, "page", page.page) ||
      !fields::read(body, "size", page.size) || !fields::read(body, "totalElements", page.total_elements))
    return std::nullopt;
  for (const auto& item : *content) {
    auto value = read_item(item);
    if (!value) return std::nullopt;
    page.content.push_back(std::move(*value));
  }
  return page;
}

}  // namespace muqeem::api
