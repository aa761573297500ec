#include "ui/draw_stream.h"

#include <algorithm>
#include <cmath>
#include <cstring>

namespace muqeem::ui {
namespace {

uint32_t texture_number(ImTextureID texture) {
  return static_cast<uint32_t>(reinterpret_cast<uintptr_t>(texture));
}

}  // namespace

void DrawStream::set_word(size_t at, uint32_t value) {
  // Little-endian whatever the host: the browser's typed arrays are.
  for (size_t i = 0; i < 4; ++i) bytes_[at + i] = static_cast<uint8_t>(value >> (8 * i));
}

void DrawStream::word(uint32_t value) {
  bytes_.resize(bytes_.size() + 4);
  set_word(bytes_.size() - 4, value);
}

void DrawStream::number(float value) {
  uint32_t bits = 0;
  std::memcpy(&bits, &value, sizeof bits);
  word(bits);
}

void DrawStream::data(const void* from, size_t size) {
  const size_t at = bytes_.size();
  bytes_.resize(at + ((size + 3) & ~size_t{3}), 0);
  if (size > 0) std::memcpy(bytes_.data() + at, from, size);
}

ImTextureID DrawStream::create_texture(int width, int height, const uint8_t* coverage) {
  const uint32_t texture = next_texture_++;
  word(static_cast<uint32_t>(Record::Create));
  word(texture);
  word(static_cast<uint32_t>(width));
  word(static_cast<uint32_t>(height));
  word(coverage ? 1 : 0);
  if (coverage) data(coverage, static_cast<size_t>(width) * static_cast<size_t>(height));
  return reinterpret_cast<ImTextureID>(static_cast<uintptr_t>(texture));
}

ImTextureID DrawStream::create_coverage_texture(int width, int height) {
  return create_texture(width, height, nullptr);
}

void DrawStream::update_coverage_texture(ImTextureID texture, int x, int y, int width, int height,
                                         const uint8_t* coverage, int stride) {
  word(static_cast<uint32_t>(Record::Update));
  word(texture_number(texture));
  word(static_cast<uint32_t>(x));
  word(static_cast<uint32_t>(y));
  word(static_cast<uint32_t>(width));
  word(static_cast<uint32_t>(height));
  // The rectangle's rows, packed: the renderer uploads them as they come.
  const size_t row = static_cast<size_t>(width);
  const size_t at = bytes_.size();
  bytes_.resize(at + ((row * static_cast<size_t>(height) + 3) & ~size_t{3}), 0);
  for (int line = 0; line < height; ++line)
    std::memcpy(bytes_.data() + at + row * static_cast<size_t>(line),
                coverage + static_cast<size_t>(line) * static_cast<size_t>(stride), row);
}

void DrawStream::add_frame(const ImDrawData& data_in, uint32_t frame) {
  // The canvas's backing store: CSS size x device pixel ratio, to the nearest pixel.
  const int width = static_cast<int>(std::lround(data_in.DisplaySize.x * data_in.FramebufferScale.x));
  const int height = static_cast<int>(std::lround(data_in.DisplaySize.y * data_in.FramebufferScale.y));
  word(static_cast<uint32_t>(Record::Frame));
  word(frame);
  word(static_cast<uint32_t>(std::max(width, 0)));
  word(static_cast<uint32_t>(std::max(height, 0)));
  word(sizeof(ImDrawIdx));
  // Display coordinates to clip space, y down.
  const float left = data_in.DisplayPos.x, right = data_in.DisplayPos.x + data_in.DisplaySize.x;
  const float top = data_in.DisplayPos.y, bottom = data_in.DisplayPos.y + data_in.DisplaySize.y;
  const bool drawable = width > 0 && height > 0;
  number(drawable ? 2.0f / (right - left) : 0);
  number(drawable ? 2.0f / (top - bottom) : 0);
  number(drawable ? (right + left) / (left - right) : 0);
  number(drawable ? (top + bottom) / (bottom - top) : 0);
  word(drawable ? static_cast<uint32_t>(data_in.CmdListsCount) : 0);
  if (!drawable) return;

  const ImVec2 offset = data_in.DisplayPos;
  const ImVec2 scale = data_in.FramebufferScale;
  for (int list = 0; list < data_in.CmdListsCount; ++list) {
    const ImDrawList& commands = *data_in.CmdLists[list];
    const size_t vertex_bytes = static_cast<size_t>(commands.VtxBuffer.Size) * sizeof(ImDrawVert);
    const size_t index_bytes = static_cast<size_t>(commands.IdxBuffer.Size) * sizeof(ImDrawIdx);
    word(static_cast<uint32_t>(vertex_bytes));
    word(static_cast<uint32_t>(index_bytes));
    const size_t draws_at = bytes_.size();
    word(0);  // how many draws follow: counted as they are written
    data(commands.VtxBuffer.Data, vertex_bytes);
    data(commands.IdxBuffer.Data, index_bytes);
    uint32_t draws = 0;
    // Only draws that show: no callbacks (the renderer sets its whole state for each draw anyway),
    // nothing clipped away.
    for (const ImDrawCmd& command : commands.CmdBuffer) {
      if (command.UserCallback != nullptr) continue;
      const float min_x = (command.ClipRect.x - offset.x) * scale.x;
      const float min_y = (command.ClipRect.y - offset.y) * scale.y;
      const float max_x = (command.ClipRect.z - offset.x) * scale.x;
      const float max_y = (command.ClipRect.w - offset.y) * scale.y;
      if (max_x <= min_x || max_y <= min_y || command.ElemCount == 0) continue;
      word(static_cast<uint32_t>(static_cast<int>(min_x)));
      word(static_cast<uint32_t>(static_cast<int>(static_cast<float>(height) - max_y)));
      word(static_cast<uint32_t>(static_cast<int>(max_x - min_x)));
      word(static_cast<uint32_t>(static_cast<int>(max_y - min_y)));
      word(texture_number(command.GetTexID()));
      word(command.ElemCount);
      word(static_cast<uint32_t>(command.IdxOffset * sizeof(ImDrawIdx)));
      ++draws;
    }
    set_word(draws_at, draws);
  }
}

void DrawStream::clear() {
  std::fill(bytes_.begin(), bytes_.end(), uint8_t{0});
  bytes_.clear();
}

}  // namespace muqeem::ui
