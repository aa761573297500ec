#pragma once
// User-facing strings by key, one catalogue per language (assets/i18n/<lang>.json). Code never embeds
// user-facing text; it asks the catalogue.
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>

namespace muqeem::ui {

enum class Language { Arabic, English };

const char* language_code(Language language);  // "ar" or "en"

class Catalogue {
 public:
  // A value is a string, or an object of CLDR plural forms ("zero", "one", "two", "few", "many",
  // "other") that must include "other". nullopt for anything else, a key containing '#', or a key
  // given twice (which value was meant?).
  static std::optional<Catalogue> parse(std::string_view json_text, Language language);
  static std::optional<Catalogue> load(const std::string& path, Language language);

  // The string for a key (a plural's "other" form); the key itself when it is missing, so the gap
  // shows instead of hiding.
  const std::string& text(const std::string& key) const;
  // The form the language's CLDR cardinal rules choose for count ("other" when that form is absent),
  // with {count} replaced by the formatted number.
  std::string plural(const std::string& key, long long count) const;
  // text(key) with each {name} replaced by its value; unknown placeholders are left showing.
  std::string format(const std::string& key,
                     std::initializer_list<std::pair<std::string_view, std::string>> args) const;

  bool has(const std::string& key) const;
  Language language() const { return language_; }
  // Every string: plain ones by key, plural forms as "key#form" (e.g. "residents.count#few").
  const std::unordered_map<std::string, std::string>& all() const { return strings_; }

 private:
  Language language_ = Language::Arabic;
  std::unordered_map<std::string, std::string> strings_;
  mutable std::unordered_map<std::string, std::string> missing_;
};

}  // namespace muqeem::ui
