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

// Reads a catalogue's JSON straight into its map, checking it as it goes, without making the JSON
// document first: at start-up the browser runs this before any of the wasm is optimised, and the
// document's allocations and the copy out of it were most of the time it took.
class CatalogueReader {
 public:
  using json = nlohmann::json;
  explicit CatalogueReader(std::unordered_map<std::string, std::string>& strings) : strings_(strings) {}

  bool start_object(std::size_t) {
    ++depth_;
    has_other_ = false;
    return depth_ <= 2;  // the catalogue, or one key's plural forms
  }
  bool end_object() {
    --depth_;
    return depth_ != 1 || has_other_;  // a plural must have its "other" form
  }
  bool key(std::string& name) {
    if (depth_ == 1) {
      // '#' separates a plural key from its form in all(), so a plain key must not contain it.
      if (name.find('#') != std::string::npos) return false;
      key_ = std::move(name);
      // A key given twice is a mistake in the catalogue: which value was meant? (The tests read both.)
      return strings_.count(key_) == 0 && strings_.count(key_ + "#other") == 0;
    }
    if (std::find(kPluralForms.begin(), kPluralForms.end(), name) == kPluralForms.end()) return false;
    has_other_ = has_other_ || name == "other";
    form_ = std::move(name);
    return true;
  }
  bool string(std::string& text) {
    if (depth_ == 1)
      strings_.insert_or_assign(key_, std::move(text));
    else if (depth_ == 2)
      strings_.insert_or_assign(key_ + "#" + form_, std::move(text));
    return depth_ != 0;
  }
  // Nothing else belongs in a catalogue.
  bool null() { return false; }
  bool boolean(bool) { return false; }
  bool number_integer(json::number_integer_t) { return false; }
  bool number_unsigned(json::number_unsigned_t) { return false; }
  bool number_float(json::number_float_t, const std::string&) { return false; }
  bool binary(json::binary_t&) { return false; }
  bool start_array(std::size_t) { return false; }
  bool end_array() { return false; }
  bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception&) { return false; }

 private:
  std::unordered_map<std::string, std::string>& strings_;
  int depth_ = 0;
  bool has_other_ = false;
  std::string key_;
  std::string form_;
};

}  // namespace

const char* language_code(Language language) {
  return language == Language::Arabic ? "ar" : "en";
}

std::optional<Catalogue> Catalogue::parse(std::string_view json_text, Language language) {
  Catalogue catalogue;
  catalogue.language_ = language;
  CatalogueReader reader(catalogue.strings_);
  if (!nlohmann::json::sax_parse(json_text, &reader)) return std::nullopt;
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
