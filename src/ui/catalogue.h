#pragma once
// User-facing strings by key, one catalogue per language (assets/i18n/<lang>.json). Code never embeds
// user-facing text; it asks the catalogue.
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

namespace muqeem::ui {

enum class Language { Arabic, English };

const char* language_code(Language language);  // "ar" or "en"

class Catalogue {
 public:
  // nullopt when the text is not a JSON object of strings.
  static std::optional<Catalogue> parse(std::string_view json_text);
  static std::optional<Catalogue> load(const std::string& path);

  // The string for a key; the key itself when it is missing, so the gap shows instead of hiding.
  const std::string& text(const std::string& key) const;
  bool has(const std::string& key) const { return strings_.count(key) != 0; }
  const std::unordered_map<std::string, std::string>& all() const { return strings_; }

 private:
  std::unordered_map<std::string, std::string> strings_;
  mutable std::unordered_map<std::string, std::string> missing_;
};

}  // namespace muqeem::ui
