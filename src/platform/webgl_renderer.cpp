#include "platform/webgl_renderer.h"

#include <cstddef>
#include <cstdint>

#include "imgui.h"

namespace muqeem::platform {
namespace {

// The vertex colour with its alpha times the texture's: the coverage of a glyph page, or of ImGui's
// atlas, whose white pixel is what shapes sample. (ImGui's own backend multiplies by a whole RGBA
// texel, white where there is coverage: the same colour, from four times the bytes.)
constexpr const char* kVertexShader = R"(#version 300 es
layout(location = 0) in vec2 position;
layout(location = 1) in vec2 uv;
layout(location = 2) in vec4 color;
layout(location = 3) in vec4 projection;  // display to clip space: x and y scales, then offsets
out vec2 frag_uv;
out vec4 frag_color;
void main() {
  frag_uv = uv;
  frag_color = color;
  gl_Position = vec4(position * projection.xy + projection.zw, 0.0, 1.0);
})";

constexpr const char* kFragmentShader = R"(#version 300 es
precision mediump float;
uniform sampler2D page;
in vec2 frag_uv;
in vec4 frag_color;
out vec4 out_color;
void main() {
  out_color = vec4(frag_color.rgb, frag_color.a * texture(page, frag_uv).a);
})";

// The vertex attributes' locations, as the vertex shader fixes them.
constexpr GLuint kPosition = 0, kUv = 1, kColor = 2, kProjection = 3;

GLuint compile(GLenum kind, const char* source) {
  const GLuint shader = glCreateShader(kind);
  glShaderSource(shader, 1, &source, nullptr);
  glCompileShader(shader);
  return shader;
}

}  // namespace

void WebGlRenderer::init() {
  // Nothing is read back from WebGL here: each read waits for the GPU process to finish compiling
  // (over 100 ms with software GL). Attributes have fixed locations, the projection is a constant
  // attribute rather than a uniform (no location to ask for), and whether the program linked is
  // asked once the start-up is over (web_app.cpp).
  const GLuint vertex = compile(GL_VERTEX_SHADER, kVertexShader);
  const GLuint fragment = compile(GL_FRAGMENT_SHADER, kFragmentShader);
  program_ = glCreateProgram();
  glAttachShader(program_, vertex);
  glAttachShader(program_, fragment);
  glLinkProgram(program_);
  glDeleteShader(vertex);
  glDeleteShader(fragment);

  glGenVertexArrays(1, &vertex_array_);
  glBindVertexArray(vertex_array_);
  glGenBuffers(1, &vertices_);
  glGenBuffers(1, &indices_);
  glBindBuffer(GL_ARRAY_BUFFER, vertices_);
  glBindBuffer(GL_ELEMENT_ARRAY_BUFFER, indices_);  // part of the vertex array's state
  const auto attribute = [](GLuint location, GLint size, GLenum type, GLboolean normalized,
                            std::size_t offset) {
    glEnableVertexAttribArray(location);
    glVertexAttribPointer(location, size, type, normalized, sizeof(ImDrawVert),
                          reinterpret_cast<const void*>(offset));
  };
  attribute(kPosition, 2, GL_FLOAT, GL_FALSE, offsetof(ImDrawVert, pos));
  attribute(kUv, 2, GL_FLOAT, GL_FALSE, offsetof(ImDrawVert, uv));
  attribute(kColor, 4, GL_UNSIGNED_BYTE, GL_TRUE, offsetof(ImDrawVert, col));

  // ImGui's own atlas, as coverage like the glyph pages: its white pixel is what shapes sample.
  ImGuiIO& io = ImGui::GetIO();
  unsigned char* pixels = nullptr;
  int width = 0, height = 0;
  io.Fonts->GetTexDataAsAlpha8(&pixels, &width, &height);
  glGenTextures(1, &font_texture_);
  glBindTexture(GL_TEXTURE_2D, font_texture_);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
  glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
  glTexImage2D(GL_TEXTURE_2D, 0, GL_ALPHA, width, height, 0, GL_ALPHA, GL_UNSIGNED_BYTE, pixels);
  io.Fonts->SetTexID(reinterpret_cast<ImTextureID>(static_cast<intptr_t>(font_texture_)));
  io.BackendRendererName = "muqeem_webgl2";
}

bool WebGlRenderer::linked() const {
  GLint status = GL_FALSE;
  glGetProgramiv(program_, GL_LINK_STATUS, &status);
  return status == GL_TRUE;
}

void WebGlRenderer::set_state(int width, int height) {
  glViewport(0, 0, width, height);
  glEnable(GL_BLEND);
  glBlendEquation(GL_FUNC_ADD);
  glBlendFuncSeparate(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA, GL_ONE, GL_ONE_MINUS_SRC_ALPHA);
  glDisable(GL_CULL_FACE);
  glDisable(GL_DEPTH_TEST);
  glDisable(GL_STENCIL_TEST);
  glEnable(GL_SCISSOR_TEST);
  glUseProgram(program_);
  glActiveTexture(GL_TEXTURE0);
  glBindVertexArray(vertex_array_);
  glBindBuffer(GL_ARRAY_BUFFER, vertices_);
}

void WebGlRenderer::render(const ImDrawData& data) {
  const int width = static_cast<int>(data.DisplaySize.x * data.FramebufferScale.x);
  const int height = static_cast<int>(data.DisplaySize.y * data.FramebufferScale.y);
  if (width <= 0 || height <= 0) return;
  glDisable(GL_SCISSOR_TEST);  // the clear covers the whole canvas; set_state scissors again
  glClearColor(1, 1, 1, 1);
  glClear(GL_COLOR_BUFFER_BIT);
  set_state(width, height);
  // Display coordinates to clip space, y down.
  const float left = data.DisplayPos.x, right = data.DisplayPos.x + data.DisplaySize.x;
  const float top = data.DisplayPos.y, bottom = data.DisplayPos.y + data.DisplaySize.y;
  glVertexAttrib4f(kProjection, 2.0f / (right - left), 2.0f / (top - bottom), (right + left) / (left - right),
                   (top + bottom) / (bottom - top));

  const ImVec2 offset = data.DisplayPos;
  const ImVec2 scale = data.FramebufferScale;
  for (int list = 0; list < data.CmdListsCount; ++list) {
    const ImDrawList& commands = *data.CmdLists[list];
    glBufferData(GL_ARRAY_BUFFER, static_cast<GLsizeiptr>(commands.VtxBuffer.Size) * sizeof(ImDrawVert),
                 commands.VtxBuffer.Data, GL_STREAM_DRAW);
    glBufferData(GL_ELEMENT_ARRAY_BUFFER,
                 static_cast<GLsizeiptr>(commands.IdxBuffer.Size) * sizeof(ImDrawIdx),
                 commands.IdxBuffer.Data, GL_STREAM_DRAW);
    for (const ImDrawCmd& command : commands.CmdBuffer) {
      if (command.UserCallback != nullptr) {
        if (command.UserCallback == ImDrawCallback_ResetRenderState)
          set_state(width, height);
        else
          command.UserCallback(&commands, &command);
        continue;
      }
      const ImVec2 min((command.ClipRect.x - offset.x) * scale.x, (command.ClipRect.y - offset.y) * scale.y);
      const ImVec2 max((command.ClipRect.z - offset.x) * scale.x, (command.ClipRect.w - offset.y) * scale.y);
      if (max.x <= min.x || max.y <= min.y) continue;
      // GL counts rows from the bottom.
      glScissor(static_cast<GLint>(min.x), static_cast<GLint>(static_cast<float>(height) - max.y),
                static_cast<GLsizei>(max.x - min.x), static_cast<GLsizei>(max.y - min.y));
      glBindTexture(GL_TEXTURE_2D, static_cast<GLuint>(reinterpret_cast<intptr_t>(command.GetTexID())));
      glDrawElements(
          GL_TRIANGLES, static_cast<GLsizei>(command.ElemCount),
          sizeof(ImDrawIdx) == 2 ? GL_UNSIGNED_SHORT : GL_UNSIGNED_INT,
          reinterpret_cast<const void*>(static_cast<intptr_t>(command.IdxOffset * sizeof(ImDrawIdx))));
    }
  }
}

}  // namespace muqeem::platform
