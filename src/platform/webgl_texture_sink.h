#pragma once
// Glyph pages as WebGL textures: the glyphs' coverage as an alpha-only texture, which the renderer
// (webgl_renderer.cpp) multiplies the vertex colour's alpha by.
#include "ui/texture_sink.h"

namespace muqeem::platform {

class WebGlTextureSink : public ui::TextureSink {
 public:
  ImTextureID create_coverage_texture(int width, int height) override;
  void update_coverage_texture(ImTextureID texture, int x, int y, int width, int height,
                               const uint8_t* coverage, int stride) override;
};

}  // namespace muqeem::platform
