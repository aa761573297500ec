#pragma once
// Glyph pages as WebGL textures: white RGBA with the glyph coverage in alpha, which is what Dear
// ImGui's shader multiplies by the vertex colour.
#include <vector>

#include "ui/texture_sink.h"

namespace muqeem::platform {

class WebGlTextureSink : public ui::TextureSink {
 public:
  ImTextureID create_coverage_texture(int width, int height) override;
  void update_coverage_texture(ImTextureID texture, int x, int y, int width, int height,
                               const uint8_t* coverage, int stride) override;

 private:
  std::vector<uint8_t> rgba_;  // scratch for widening coverage to RGBA
};

}  // namespace muqeem::platform
