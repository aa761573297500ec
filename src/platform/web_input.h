#pragma once
// Browser input (mouse, touch, wheel, keyboard, focus, resize) into Dear ImGui's event queue, through
// emscripten's html5 API. Every event asks the app for a few frames.
#include <functional>

namespace muqeem::platform {

// `on_activity` is called after each event that may change what is on screen.
void install_input_handlers(std::function<void()> on_activity);

}  // namespace muqeem::platform
