#pragma once
// The product's typefaces (DGA Platforms Code): IBM Plex Sans Arabic for Arabic, IBM Plex Sans for
// Latin, each in regular and bold, loaded from one folder of subset TrueType files.
#include <functional>
#include <memory>
#include <string>

#include "text/font.h"

namespace muqeem::text {

enum class Weight { Regular, Bold };

class FontSet {
 public:
  // nullptr, with the missing file's name in `missing`, when a font cannot be loaded.
  static std::unique_ptr<FontSet> load(const std::string& folder, std::string* missing = nullptr);
  // The same from wherever `open` finds a file by its name (IBMPlexSansArabic-Regular.ttf, …): the
  // browser's rehearsal of the start has the fonts in memory (src/platform/rehearsal.cpp).
  using Opener = std::function<std::unique_ptr<Font>(const std::string& file)>;
  static std::unique_ptr<FontSet> load(const Opener& open, std::string* missing = nullptr);

  const Font& arabic(Weight weight) const { return weight == Weight::Bold ? *arabic_bold_ : *arabic_; }
  const Font& latin(Weight weight) const { return weight == Weight::Bold ? *latin_bold_ : *latin_; }

 private:
  std::unique_ptr<Font> arabic_, arabic_bold_, latin_, latin_bold_;
};

}  // namespace muqeem::text
