#include "ui/catalogue.h"

#include <fstream>
#include <iterator>
#include <nlohmann/json.hpp>

namespace muqeem::ui {

const char* language_code(Language language) {
  return language == Language::Arabic ? "ar" : "en";
}

std::optional<Catalogue> Catalogue::parse(std::string_view json_text) {
  const auto json = nlohmann::json::parse(json_text, nullptr, /*allow_exceptions=*/false);
  if (!json.is_object()) return std::nullopt;
  Catalogue catalogue;
  for (const auto& [key, value] : json.items()) {
    if (!value.is_string()) return std::nullopt;
    catalogue.strings_.emplace(key, value.get<std::string>());
  }
  return catalogue;
}

std::optional<Catalogue> Catalogue::load(const std::string& path) {
  std::ifstream in(path);
  if (!in) return std::nullopt;
  const std::string text{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
  return parse(text);
}

const std::string& Catalogue::text(const std::string& key) const {
  if (auto found = strings_.find(key); found != strings_.end()) return found->second;
  return missing_.try_emplace(key, key).first->second;
}

}  // namespace muqeem::ui
