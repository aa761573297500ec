#include "text/font_set.h"

namespace muqeem::text {

std::unique_ptr<FontSet> FontSet::load(const std::string& folder, std::string* missing) {
  return load([&folder](const std::string& file) { return Font::from_file(folder + "/" + file); }, missing);
}

std::unique_ptr<FontSet> FontSet::load(const Opener& open, std::string* missing) {
  auto set = std::make_unique<FontSet>();
  const struct {
    std::unique_ptr<Font>& slot;
    const char* file;
  } files[] = {
      {set->arabic_, "IBMPlexSansArabic-Regular.ttf"},
      {set->arabic_bold_, "IBMPlexSansArabic-Bold.ttf"},
      {set->latin_, "IBMPlexSans-Regular.ttf"},
      {set->latin_bold_, "IBMPlexSans-Bold.ttf"},
  };
  for (const auto& entry : files) {
    entry.slot = open(entry.file);
    if (!entry.slot) {
      if (missing) *missing = entry.file;
      return nullptr;
    }
  }
  return set;
}

}  // namespace muqeem::text
