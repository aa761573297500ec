#include "text/font.h"

#include <cstring>

#include <hb-ot.h>
#include <hb.h>

#include "imstb_truetype.h"

#include "text/file_bytes.h"

namespace muqeem::text {

std::unique_ptr<Font> Font::from_file(const std::string& path) {
  const auto file = file_bytes(path);
  if (!file) return nullptr;
  // Copied whole (memcpy): an element-wise char to unsigned char copy took 5 ms at start-up.
  std::vector<unsigned char> bytes(file->size());
  if (!file->empty()) std::memcpy(bytes.data(), file->data(), file->size());
  const auto slash = path.find_last_of('/');
  return from_bytes(std::move(bytes), slash == std::string::npos ? path : path.substr(slash + 1));
}

std::unique_ptr<Font> Font::from_bytes(std::vector<unsigned char> bytes, std::string name) {
  if (bytes.size() < 12) return nullptr;
  std::unique_ptr<Font> font(new Font());
  font->name_ = std::move(name);
  font->bytes_ = std::move(bytes);
  font->stb_ = std::make_unique<stbtt_fontinfo>();
  const auto* data = font->bytes_.data();
  if (stbtt_InitFont(font->stb_.get(), data, stbtt_GetFontOffsetForIndex(data, 0)) == 0) return nullptr;

  // The blob borrows the bytes the Font owns, so HarfBuzz never copies the file.
  font->hb_blob_ =
      hb_blob_create(reinterpret_cast<const char*>(data), static_cast<unsigned>(font->bytes_.size()),
                     HB_MEMORY_MODE_READONLY, nullptr, nullptr);
  font->hb_face_ = hb_face_create(font->hb_blob_, 0);
  font->units_per_em_ = static_cast<int>(hb_face_get_upem(font->hb_face_));
  font->hb_font_ = hb_font_create(font->hb_face_);
  hb_font_set_scale(font->hb_font_, font->units_per_em_, font->units_per_em_);

  hb_font_extents_t extents{};
  hb_font_get_h_extents(font->hb_font_, &extents);
  font->ascender_ = extents.ascender;
  font->descender_ = extents.descender;
  return font;
}

Font::~Font() {
  hb_font_destroy(hb_font_);
  hb_face_destroy(hb_face_);
  hb_blob_destroy(hb_blob_);
}

bool Font::has_glyph_for(char32_t code_point) const {
  hb_codepoint_t glyph = 0;
  return hb_font_get_nominal_glyph(hb_font_, code_point, &glyph) != 0;
}

}  // namespace muqeem::text
