#pragma once
// What the GPU is to draw, as bytes another thread can take: textures made and updated, then frames
// of ImGui's draw data. The browser draws on a worker (shell/renderer.js), so no call the page's own
// thread makes ever waits on the GPU process (with software GL, making a context or finishing a frame
// held the page's thread 100 ms and more at start-up).
//
// The stream is a sequence of records of 32-bit little-endian words; byte data (pixels, vertices,
// indices) is padded to a whole word. Every record starts with its kind:
//   Create  texture, width, height, has_pixels, [width x height coverage bytes]
//   Update  texture, x, y, width, height, [width x height coverage bytes, rows packed]
//   Frame   number, width, height, index_bytes, projection (4 floats: x and y scales, then
//           offsets), lists, then per list: vertex_bytes, index_bytes_total, draws, the vertices,
//           the indices, and per draw: scissor x, y (from the bottom, as GL counts), width, height,
//           texture, elements, index offset in bytes.
// A texture is a number the stream gives (ImTextureID), the renderer's own name for it kept there.
#include <cstdint>
#include <vector>

#include "imgui.h"
#include "ui/texture_sink.h"

namespace muqeem::ui {

class DrawStream final : public TextureSink {
 public:
  enum class Record : uint32_t { Create = 1, Update = 2, Frame = 3 };

  // A texture of coverage, empty, or with `width` x `height` bytes of it (ImGui's own atlas).
  ImTextureID create_texture(int width, int height, const uint8_t* coverage);
  ImTextureID create_coverage_texture(int width, int height) override;
  void update_coverage_texture(ImTextureID texture, int x, int y, int width, int height,
                               const uint8_t* coverage, int stride) override;
  // A frame of `data`, at the canvas's size in pixels (display size times framebuffer scale).
  void add_frame(const ImDrawData& data, uint32_t number);

  const std::vector<uint8_t>& bytes() const { return bytes_; }
  bool empty() const { return bytes_.empty(); }
  // Once the bytes are sent: they are zeroed (the pixels drew someone's name) and the stream starts
  // again, keeping its capacity.
  void clear();

 private:
  void word(uint32_t value);
  void set_word(size_t at, uint32_t value);  // a word written before, now known
  void number(float value);
  void data(const void* from, size_t size);

  std::vector<uint8_t> bytes_;
  uint32_t next_texture_ = 1;
};

}  // namespace muqeem::ui
