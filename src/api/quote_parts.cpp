#include "api/quote_parts.h"

#include <nlohmann/json.hpp>

#include "api/json_fields.h"

namespace muqeem::api {

using fields::read;

void to_json(nlohmann::json& j, const FeeLine& value) {
  j = {{"code", value.code}, {"label", value.label}, {"amountHalalas", value.amount_halalas}};
}

bool read_fee_lines(const nlohmann::json& body, const char* key, std::vector<FeeLine>& out) {
  const auto items = body.is_object() ? body.find(key) : body.end();
  if (items == body.end() || !items->is_array()) return false;
  for (const auto& item : *items) {
    FeeLine line;
    if (!read(item, "code", line.code) || !read(item, "label", line.label) ||
        !read(item, "amountHalalas", line.amount_halalas))
      return false;
    out.push_back(std::move(line));
  }
  return true;
}

bool read_coded_list(const nlohmann::json& body, const char* key, std::vector<Coded>& out) {
  const auto items = body.is_object() ? body.find(key) : body.end();
  if (items == body.end() || !items->is_array()) return false;
  for (const auto& item : *items) {
    Coded coded;
    if (!read(item, "code", coded.code) || !read(item, "ar", coded.ar) || !read(item, "en", coded.en))
      return false;
    out.push_back(std::move(coded));
  }
  return true;
}

}  // namespace muqeem::api
