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
  // Coverage only (the renderer takes a texture's alpha): a quarter of RGBA's bytes to upload and no
  // conversion. WebGL starts a texture with no coverage anywhere, without anything sent or cleared.
  glTexImage2D(GL_TEXTURE_2D, 0, GL_ALPHA, width, height, 0, GL_ALPHA, GL_UNSIGNED_BYTE, nullptr);
  return reinterpret_cast<ImTextureID>(static_cast<intptr_t>(texture));
}

void WebGlTextureSink::update_coverage_texture(ImTextureID texture, int x, int y, int width, int height,
                                               const uint8_t* coverage, int stride) {
  glBindTexture(GL_TEXTURE_2D, gl_name(texture));
  glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
  glPixelStorei(GL_UNPACK_ROW_LENGTH, stride);  // the rectangle straight from the atlas page
  glTexSubImage2D(GL_TEXTURE_2D, 0, x, y, width, height, GL_ALPHA, GL_UNSIGNED_BYTE, coverage);
  glPixelStorei(GL_UNPACK_ROW_LENGTH, 0);
}

}  // namespace muqeem::platform
