#pragma once
// Draws Dear ImGui's draw data with WebGL 2. In place of ImGui's OpenGL 3 backend, which reads back
// some twenty pieces of GL state before every frame to restore them after: in a browser each read
// waits for the GPU process to finish the frames before (26 ms a frame on this machine's software
// GL, the start-up's longest tasks). The app owns its context, so there is nothing to restore: each
// frame sets the state it draws with, uploads and draws, and reads nothing back.
#include <GLES3/gl3.h>

struct ImDrawData;

namespace muqeem::platform {

class WebGlRenderer {
 public:
  // Starts compiling the shaders and uploads ImGui's font atlas, without waiting for either.
  void init();
  // Whether the shaders compiled and linked. A read back: it waits for everything the GPU process
  // has queued, so the caller asks once, as late as it can.
  bool linked() const;
  // Clears the canvas to the page's white and draws `data` over it.
  void render(const ImDrawData& data);

 private:
  void set_state(int width, int height);

  GLuint program_ = 0;
  GLuint vertex_array_ = 0;
  GLuint vertices_ = 0;
  GLuint indices_ = 0;
  GLuint font_texture_ = 0;
};

}  // namespace muqeem::platform
