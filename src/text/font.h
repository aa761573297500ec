#pragma once
// One font file, opened twice over the same bytes: by HarfBuzz for shaping and by stb_truetype for
// rasterizing glyphs by index. Both read the same outlines and metrics, so advances agree.
#include <memory>
#include <string>
#include <vector>

struct hb_blob_t;
struct hb_face_t;
struct hb_font_t;
struct stbtt_fontinfo;

namespace muqeem::text {

class Font {
 public:
  // nullptr when the file cannot be read or is not a TrueType/OpenType font.
  static std::unique_ptr<Font> from_file(const std::string& path);
  static std::unique_ptr<Font> from_bytes(std::vector<unsigned char> bytes, std::string name);
  ~Font();
  Font(const Font&) = delete;
  Font& operator=(const Font&) = delete;

  const std::string& name() const { return name_; }
  // HarfBuzz font at a scale of one unit per font unit: shaping results are in font units.
  hb_font_t* harfbuzz() const { return hb_font_; }
  const stbtt_fontinfo& rasterizer() const { return *stb_; }
  int units_per_em() const { return units_per_em_; }
  // Typographic ascender (positive, above the baseline) and descender (negative), in font units.
  int ascender() const { return ascender_; }
  int descender() const { return descender_; }
  bool has_glyph_for(char32_t code_point) const;

 private:
  Font() = default;

  std::string name_;
  std::vector<unsigned char> bytes_;
  hb_blob_t* hb_blob_ = nullptr;
  hb_face_t* hb_face_ = nullptr;
  hb_font_t* hb_font_ = nullptr;
  std::unique_ptr<stbtt_fontinfo> stb_;
  int units_per_em_ = 1000;
  int ascender_ = 0;
  int descender_ = 0;
};

}  // namespace muqeem::text
