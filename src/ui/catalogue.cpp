#include "ui/catalogue.h"

#include <algorithm>
#include <array>
#include <nlohmann/json.hpp>

#include "text/file_bytes.h"
#include "ui/number_format.h"

namespace muqeem::ui {
namespace {

constexpr std::array<std::string_view, 6> kPluralForms = {"zero", "one", "two", "few", "many", "other"};

// CLDR cardinal plural rules (unicode.org/cldr, plurals.xml) for integers.
std::string_view plural_form(Language language, long long count) {
  const unsigned long long n =
      count < 0 ? 0ULL - static_cast<unsigned long long>(count) : static_cast<unsigned long long>(count);
  if (language == Language::English) return n == 1 ? "one" : "other";
  if (n == 0) return "zero";
  if (n == 1) return "one";
  if (n == 2) return "two";
  if (n % 100 >= 3 && n % 100 <= 10) return "few";
  if (n % 100 >= 11) return "many";
  return "other";
}

std::string substitute(std::string_view pattern,
                       std::initializer_list<std::pair<std::string_view, std::string>> args) {
  std::string out;
  size_t i = 0;
  while (i < pattern.size()) {
    const size_t open = pattern.find('{', i);
    const size_t close = open == std::string_view::npos ? open : pattern.find('}', open);
    if (close == std::string_view::npos) break;
    const std::string_view name = pattern.substr(open + 1, close - open - 1);
    const auto arg = std::find_if(args.begin(), args.end(), [&](const auto& a) { return a.first == name; });
    out += pattern.substr(i, open - i);
    if (arg != args.end()) {
      out += arg->second;
    } else {
      out += pattern.substr(open, close - open + 1);
    }
    i = close + 1;
  }
  out += pattern.substr(i);
  return out;
}

}  // namespace

const char* language_code(Language language) {
  return language == Language::Arabic ? "ar" : "en";
}

std::optional<Catalogue> Catalogue::parse(std::string_view json_text, Language language) {
  const auto json = nlohmann::json::parse(json_text, nullptr, /*allow_exceptions=*/false);
  if (!json.is_object()) return std::nullopt;
  Catalogue catalogue;
  catalogue.language_ = language;
  for (const auto& [key, value] : json.items()) {
    // '#' separates a plural key from its form in all(), so a plain key must not contain it.
    if (key.find('#') != std::string::npos) return std::nullopt;
    if (value.is_string()) {
      catalogue.strings_.emplace(key, value.get<std::string>());
      continue;
    }
    if (!value.is_object() || !value.contains("other")) return std::nullopt;
    for (const auto& [form, text] : value.items()) {
      const bool known = std::find(kPluralForms.begin(), kPluralForms.end(), form) != kPluralForms.end();
      if (!known || !text.is_string()) return std::nullopt;
      catalogue.strings_.emplace(key + "#" + form, text.get<std::string>());
    }
  }
  return catalogue;
}

std::optional<Catalogue> Catalogue::load(const std::string& path, Language language) {
  const auto text = text::file_bytes(path);
  if (!text) return std::nullopt;
  return parse(*text, language);
}

const std::string& Catalogue::text(const std::string& key) const {
  if (auto found = strings_.find(key); found != strings_.end()) return found->second;
  if (auto found = strings_.find(key + "#other"); found != strings_.end()) return found->second;
  return missing_.try_emplace(key, key).first->second;
}

std::string Catalogue::plural(const std::string& key, long long count) const {
  const auto found = strings_.find(key + "#" + std::string(plural_form(language_, count)));
  const std::string& pattern = found != strings_.end() ? found->second : text(key);
  return substitute(pattern, {{"count", format_integer(count, language_)}});
}

std::string Catalogue::format(const std::string& key,
                              std::initializer_list<std::pair<std::string_view, std::string>> args) const {
  return substitute(text(key), args);
}

bool Catalogue::has(const std::string& key) const {
  return strings_.count(key) != 0 || strings_.count(key + "#other") != 0;
}

}  // namespace muqeem::ui
