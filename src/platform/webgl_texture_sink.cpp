#include "platform/webgl_texture_sink.h"

#include <GLES3/gl3.h>

namespace muqeem::platform {
namespace {

GLuint gl_name(ImTextureID texture) {
  return static_cast<GLuint>(reinterpret_cast<intptr_t>(texture));
}

}  // namespace

ImTextureID WebGlTextureSink::create_coverage_texture(int width, int height) {
  GLuint texture = 0;
  glGenTextures(1, &texture);
  glBindTexture(GL_TEXTURE_2D, texture);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
  glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA8, width, height, 0, GL_RGBA, GL_UNSIGNED_BYTE, nullptr);
  // White without coverage, cleared by the GPU: filling and uploading 4 MB from here took 20 ms of
  // the first frame. White, so bilinear sampling at a glyph's edge never darkens it.
  GLuint framebuffer = 0;
  glGenFramebuffers(1, &framebuffer);
  glBindFramebuffer(GL_FRAMEBUFFER, framebuffer);
  glFramebufferTexture2D(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_TEXTURE_2D, texture, 0);
  glDisable(GL_SCISSOR_TEST);  // the renderer sets it again for each frame
  glClearColor(1, 1, 1, 0);
  glClear(GL_COLOR_BUFFER_BIT);
  glBindFramebuffer(GL_FRAMEBUFFER, 0);
  glDeleteFramebuffers(1, &framebuffer);
  return reinterpret_cast<ImTextureID>(static_cast<intptr_t>(texture));
}

void WebGlTextureSink::update_coverage_texture(ImTextureID texture, int x, int y, int width, int height,
                                               const uint8_t* coverage, int stride) {
  rgba_.resize(static_cast<size_t>(width) * height * 4);
  size_t out = 0;
  for (int row = 0; row < height; ++row) {
    for (int col = 0; col < width; ++col) {
      rgba_[out++] = 255;
      rgba_[out++] = 255;
      rgba_[out++] = 255;
      rgba_[out++] = coverage[row * stride + col];
    }
  }
  glBindTexture(GL_TEXTURE_2D, gl_name(texture));
  glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
  glTexSubImage2D(GL_TEXTURE_2D, 0, x, y, width, height, GL_RGBA, GL_UNSIGNED_BYTE, rgba_.data());
}

}  // namespace muqeem::platform
