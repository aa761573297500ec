#pragma once
// Textures in memory, for headless tests: what the GPU would have received.
#include <cstdint>
#include <vector>

#include "ui/texture_sink.h"

namespace muqeem::test {

class FakeTextureSink : public ui::TextureSink {
 public:
  struct Texture {
    int width = 0, height = 0;
    std::vector<uint8_t> coverage;
  };

  ImTextureID create_coverage_texture(int width, int height) override {
    textures.push_back({width, height, std::vector<uint8_t>(static_cast<size_t>(width) * height, 0)});
    return reinterpret_cast<ImTextureID>(static_cast<intptr_t>(textures.size()));
  }
  void update_coverage_texture(ImTextureID texture, int x, int y, int width, int height,
                               const uint8_t* coverage, int stride) override {
    Texture& target = textures.at(static_cast<size_t>(reinterpret_cast<intptr_t>(texture)) - 1);
    for (int row = 0; row < height; ++row)
      for (int col = 0; col < width; ++col)
        target.coverage[static_cast<size_t>((y + row) * target.width + x + col)] =
            coverage[row * stride + col];
    ++updates;
  }
  int covered_pixels() const {
    int covered = 0;
    for (const auto& texture : textures)
      for (uint8_t value : texture.coverage) covered += value > 0;
    return covered;
  }

  std::vector<Texture> textures;
  int updates = 0;
};

}  // namespace muqeem::test
