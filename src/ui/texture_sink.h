#pragma once
// How the UI gets glyph pages onto the GPU without knowing the GPU: the platform implements this with
// WebGL textures; headless tests implement it in memory.
#include <cstdint>

#include "imgui.h"

namespace muqeem::ui {

class TextureSink {
 public:
  virtual ~TextureSink() = default;
  // A new texture of coverage values, white where covered, initially empty.
  virtual ImTextureID create_coverage_texture(int width, int height) = 0;
  // Copies a rectangle of 8-bit coverage (row stride in bytes) into the texture at (x, y).
  virtual void update_coverage_texture(ImTextureID texture, int x, int y, int width, int height,
                                       const uint8_t* coverage, int stride) = 0;
};

}  // namespace muqeem::ui
