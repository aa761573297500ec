// The draw stream the browser's renderer (shell/renderer.js) plays: what it says is what the canvas
// shows. Read back here word by word, as the renderer reads it.
#include "ui/draw_stream.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstring>
#include <vector>

namespace muqeem::ui {
namespace {

struct Reader {
  const std::vector<uint8_t>& bytes;
  size_t at = 0;
  uint32_t word() {
    uint32_t value = 0;
    for (int i = 0; i < 4; ++i) value |= static_cast<uint32_t>(bytes.at(at + i)) << (8 * i);
    at += 4;
    return value;
  }
  float number() {
    const uint32_t bits = word();
    float value = 0;
    std::memcpy(&value, &bits, sizeof value);
    return value;
  }
  std::vector<uint8_t> data(size_t size) {
    std::vector<uint8_t> out(bytes.begin() + static_cast<long>(at),
                             bytes.begin() + static_cast<long>(at + size));
    at += (size + 3) & ~size_t{3};
    return out;
  }
  bool done() const { return at == bytes.size(); }
};

TEST(DrawStream, AGlyphRectangleTravelsAsItsOwnPixelsOnlyRowsPacked) {
  // A page 8 bytes wide; each byte says its row and column (0xRC).
  std::vector<uint8_t> page(8 * 4);
  for (int row = 0; row < 4; ++row)
    for (int col = 0; col < 8; ++col)
      page[static_cast<size_t>(row * 8 + col)] = static_cast<uint8_t>(row * 16 + col);
  DrawStream stream;
  const ImTextureID texture = stream.create_coverage_texture(64, 64);
  stream.update_coverage_texture(texture, 5, 7, 3, 2, &page[1 * 8 + 2], 8);

  Reader read{stream.bytes()};
  EXPECT_EQ(read.word(), 1u);  // created
  const uint32_t number = read.word();
  EXPECT_NE(number, 0u);  // 0 would be no texture at all to WebGL
  EXPECT_EQ(read.word(), 64u);
  EXPECT_EQ(read.word(), 64u);
  EXPECT_EQ(read.word(), 0u);  // empty: nothing sent
  EXPECT_EQ(read.word(), 2u);  // updated
  EXPECT_EQ(read.word(), number);
  EXPECT_EQ(read.word(), 5u);
  EXPECT_EQ(read.word(), 7u);
  EXPECT_EQ(read.word(), 3u);
  EXPECT_EQ(read.word(), 2u);
  EXPECT_EQ(read.data(6), (std::vector<uint8_t>{0x12, 0x13, 0x14, 0x22, 0x23, 0x24}));
  EXPECT_TRUE(read.done());
}

TEST(DrawStream, EveryTextureHasItsOwnNumberAndAtlasPixelsTravelWithIt) {
  DrawStream stream;
  const uint8_t atlas[] = {0, 255, 128, 7, 9};
  const ImTextureID first = stream.create_texture(5, 1, atlas);
  const ImTextureID second = stream.create_coverage_texture(2, 2);
  EXPECT_NE(first, second);
  Reader read{stream.bytes()};
  read.word();
  read.word();
  read.word();
  read.word();
  EXPECT_EQ(read.word(), 1u);
  EXPECT_EQ(read.data(5), (std::vector<uint8_t>{0, 255, 128, 7, 9}));
  EXPECT_EQ(read.word(), 1u);  // the next record starts on a whole word
}

TEST(DrawStream, AFrameClipsWhereTheScreenDoesCountedFromTheBottomAtThePixelRatio) {
  ImDrawList list(nullptr);
  list.VtxBuffer.resize(4);
  list.IdxBuffer.resize(9);
  ImDrawCmd shown;
  shown.ClipRect = ImVec4(10, 5, 60, 25);  // display coordinates: left, top, right, bottom
  shown.TextureId = reinterpret_cast<ImTextureID>(static_cast<uintptr_t>(3));
  shown.ElemCount = 6;
  shown.IdxOffset = 3;
  ImDrawCmd clipped_away = shown;
  clipped_away.ClipRect = ImVec4(40, 5, 40, 25);  // no width: nothing of it shows
  list.CmdBuffer.resize(0);
  list.CmdBuffer.push_back(clipped_away);
  list.CmdBuffer.push_back(shown);

  ImDrawData data;
  data.Valid = true;
  data.CmdListsCount = 1;
  data.CmdLists.push_back(&list);
  data.DisplayPos = ImVec2(0, 0);
  data.DisplaySize = ImVec2(100, 50);
  data.FramebufferScale = ImVec2(2, 2);

  DrawStream stream;
  stream.add_frame(data, 42);
  Reader read{stream.bytes()};
  EXPECT_EQ(read.word(), 3u);  // a frame
  EXPECT_EQ(read.word(), 42u);
  EXPECT_EQ(read.word(), 200u);  // the canvas: 100 x 50 CSS pixels at a ratio of 2
  EXPECT_EQ(read.word(), 100u);
  EXPECT_EQ(read.word(), sizeof(ImDrawIdx));
  // (0, 0) is the top left corner in clip space, (100, 50) the bottom right.
  const float sx = read.number(), sy = read.number(), ox = read.number(), oy = read.number();
  EXPECT_FLOAT_EQ(0 * sx + ox, -1);
  EXPECT_FLOAT_EQ(0 * sy + oy, 1);
  EXPECT_FLOAT_EQ(100 * sx + ox, 1);
  EXPECT_FLOAT_EQ(50 * sy + oy, -1);
  EXPECT_EQ(read.word(), 1u);  // lists
  EXPECT_EQ(read.word(), 4 * sizeof(ImDrawVert));
  EXPECT_EQ(read.word(), 9 * sizeof(ImDrawIdx));
  EXPECT_EQ(read.word(), 1u);  // draws: the one that shows
  read.data(4 * sizeof(ImDrawVert));
  read.data(9 * sizeof(ImDrawIdx));
  EXPECT_EQ(read.word(), 20u);  // x: 10 CSS pixels in
  EXPECT_EQ(read.word(), 50u);  // y: 25 px from the top of 50 is 25 from the bottom, at 2x
  EXPECT_EQ(read.word(), 100u);
  EXPECT_EQ(read.word(), 40u);
  EXPECT_EQ(read.word(), 3u);
  EXPECT_EQ(read.word(), 6u);
  EXPECT_EQ(read.word(), 3 * sizeof(ImDrawIdx));
  EXPECT_TRUE(read.done());
}

TEST(DrawStream, SentBytesAreZeroedAndTheStreamStartsAgainEmpty) {
  DrawStream stream;
  const uint8_t atlas[] = {9, 8, 7, 6};
  stream.create_texture(4, 1, atlas);
  // The same storage is kept for the next frame: what it held (someone's glyphs) must not stay in it.
  const uint8_t* storage = stream.bytes().data();
  const size_t used = stream.bytes().size();
  stream.clear();
  EXPECT_TRUE(stream.empty());
  EXPECT_TRUE(std::all_of(storage, storage + used, [](uint8_t byte) { return byte == 0; }));
  stream.create_coverage_texture(4, 4);
  EXPECT_EQ(stream.bytes().size(), 5 * 4u);
}

}  // namespace
}  // namespace muqeem::ui
