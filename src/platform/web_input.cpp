#include "platform/web_input.h"

#include <emscripten/emscripten.h>
#include <emscripten/html5.h>

#include <cstring>
#include <utility>

#include "imgui.h"

namespace muqeem::platform {
namespace {

constexpr const char* kCanvas = "#canvas";
std::function<void()> g_on_activity;

void activity() {
  if (g_on_activity) g_on_activity();
}

ImGuiKey key_for_code(const char* code) {
  static const std::pair<const char*, ImGuiKey> keys[] = {
      {"Tab", ImGuiKey_Tab},
      {"ArrowLeft", ImGuiKey_LeftArrow},
      {"ArrowRight", ImGuiKey_RightArrow},
      {"ArrowUp", ImGuiKey_UpArrow},
      {"ArrowDown", ImGuiKey_DownArrow},
      {"PageUp", ImGuiKey_PageUp},
      {"PageDown", ImGuiKey_PageDown},
      {"Home", ImGuiKey_Home},
      {"End", ImGuiKey_End},
      {"Insert", ImGuiKey_Insert},
      {"Delete", ImGuiKey_Delete},
      {"Backspace", ImGuiKey_Backspace},
      {"Space", ImGuiKey_Space},
      {"Enter", ImGuiKey_Enter},
      {"NumpadEnter", ImGuiKey_KeypadEnter},
      {"Escape", ImGuiKey_Escape},
      {"ControlLeft", ImGuiKey_LeftCtrl},
      {"ControlRight", ImGuiKey_RightCtrl},
      {"ShiftLeft", ImGuiKey_LeftShift},
      {"ShiftRight", ImGuiKey_RightShift},
      {"AltLeft", ImGuiKey_LeftAlt},
      {"AltRight", ImGuiKey_RightAlt},
      {"MetaLeft", ImGuiKey_LeftSuper},
      {"MetaRight", ImGuiKey_RightSuper},
  };
  for (const auto& [name, key] : keys)
    if (std::strcmp(code, name) == 0) return key;
  // KeyA..KeyZ and Digit0..Digit9 by position, so shortcuts work whatever the keyboard layout.
  if (std::strncmp(code, "Key", 3) == 0 && code[3] >= 'A' && code[3] <= 'Z' && code[4] == '\0')
    return static_cast<ImGuiKey>(ImGuiKey_A + (code[3] - 'A'));
  if (std::strncmp(code, "Digit", 5) == 0 && code[5] >= '0' && code[5] <= '9' && code[6] == '\0')
    return static_cast<ImGuiKey>(ImGuiKey_0 + (code[5] - '0'));
  return ImGuiKey_None;
}

void add_modifiers(bool ctrl, bool shift, bool alt, bool meta) {
  ImGuiIO& io = ImGui::GetIO();
  io.AddKeyEvent(ImGuiMod_Ctrl, ctrl);
  io.AddKeyEvent(ImGuiMod_Shift, shift);
  io.AddKeyEvent(ImGuiMod_Alt, alt);
  io.AddKeyEvent(ImGuiMod_Super, meta);
}

// When a finger last left the screen: the mouse events a browser makes up after a tap come within
// moments of it.
double g_touch_ended_ms = -1e9;

EM_BOOL on_touch_end(int, const EmscriptenTouchEvent*, void*) {
  g_touch_ended_ms = emscripten_get_now();
  return EM_FALSE;
}

EM_BOOL on_mouse(int type, const EmscriptenMouseEvent* event, void*) {
  ImGuiIO& io = ImGui::GetIO();
  io.AddMouseSourceEvent(ImGuiMouseSource_Mouse);
  // Client coordinates: the canvas fills the window, and the pointer is often over the overlay's
  // controls rather than the canvas itself.
  io.AddMousePosEvent(static_cast<float>(event->clientX), static_cast<float>(event->clientY));
  // DOM buttons: 0 left, 1 middle, 2 right; ImGui: 0 left, 1 right, 2 middle.
  const int button = event->button == 1 ? 2 : event->button == 2 ? 1 : event->button;
  if (type == EMSCRIPTEN_EVENT_MOUSEDOWN) io.AddMouseButtonEvent(button, true);
  if (type == EMSCRIPTEN_EVENT_MOUSEUP) io.AddMouseButtonEvent(button, false);
  // After a tap nothing hovers: a finger is not a pointer left resting on the control it pressed.
  const bool tapped = emscripten_get_now() - g_touch_ended_ms < 1000;
  if (type == EMSCRIPTEN_EVENT_MOUSELEAVE || (type == EMSCRIPTEN_EVENT_MOUSEUP && tapped))
    io.AddMousePosEvent(-FLT_MAX, -FLT_MAX);
  activity();
  return EM_FALSE;
}

EM_BOOL on_wheel(int, const EmscriptenWheelEvent* event, void*) {
  // Pixels, lines or pages to ImGui's "lines" (about 40 CSS pixels each); down and right are negative.
  const double unit = event->deltaMode == DOM_DELTA_PIXEL  ? 40.0
                      : event->deltaMode == DOM_DELTA_LINE ? 1.0
                                                           : 10.0;
  ImGui::GetIO().AddMouseWheelEvent(static_cast<float>(-event->deltaX / unit),
                                    static_cast<float>(-event->deltaY / unit));
  activity();
  return EM_FALSE;  // the browser scrolls the page itself
}

EM_BOOL on_touch(int type, const EmscriptenTouchEvent* event, void*) {
  if (event->numTouches < 1) return EM_FALSE;
  const EmscriptenTouchPoint& touch = event->touches[0];
  ImGuiIO& io = ImGui::GetIO();
  io.AddMouseSourceEvent(ImGuiMouseSource_TouchScreen);
  io.AddMousePosEvent(static_cast<float>(touch.targetX), static_cast<float>(touch.targetY));
  if (type == EMSCRIPTEN_EVENT_TOUCHSTART) io.AddMouseButtonEvent(0, true);
  if (type == EMSCRIPTEN_EVENT_TOUCHEND || type == EMSCRIPTEN_EVENT_TOUCHCANCEL)
    io.AddMouseButtonEvent(0, false);
  activity();
  return EM_FALSE;
}

EM_BOOL on_key(int type, const EmscriptenKeyboardEvent* event, void*) {
  add_modifiers(event->ctrlKey, event->shiftKey, event->altKey, event->metaKey);
  const ImGuiKey key = key_for_code(event->code);
  if (key != ImGuiKey_None) ImGui::GetIO().AddKeyEvent(key, type == EMSCRIPTEN_EVENT_KEYDOWN);
  activity();
  // Text itself is typed into the browser's own <input> elements, never through these events, so
  // the browser keeps every key (Tab for the overlay DOM, shortcuts, Arabic layouts).
  return EM_FALSE;
}

EM_BOOL on_focus(int type, const EmscriptenFocusEvent*, void*) {
  ImGui::GetIO().AddFocusEvent(type == EMSCRIPTEN_EVENT_FOCUS);
  activity();
  return EM_FALSE;
}

EM_BOOL on_scroll(int, const EmscriptenUiEvent*, void*) {
  activity();  // the browser scrolls the page; the next frame draws at the new offset
  return EM_FALSE;
}

EM_BOOL on_resize(int, const EmscriptenUiEvent*, void*) {
  activity();
  return EM_FALSE;
}

}  // namespace

void install_input_handlers(std::function<void()> on_activity) {
  g_on_activity = std::move(on_activity);
  emscripten_set_mousedown_callback(EMSCRIPTEN_EVENT_TARGET_DOCUMENT, nullptr, EM_FALSE, on_mouse);
  emscripten_set_mouseup_callback(EMSCRIPTEN_EVENT_TARGET_DOCUMENT, nullptr, EM_FALSE, on_mouse);
  emscripten_set_mousemove_callback(EMSCRIPTEN_EVENT_TARGET_DOCUMENT, nullptr, EM_FALSE, on_mouse);
  emscripten_set_mouseleave_callback(EMSCRIPTEN_EVENT_TARGET_DOCUMENT, nullptr, EM_FALSE, on_mouse);
  emscripten_set_wheel_callback(EMSCRIPTEN_EVENT_TARGET_DOCUMENT, nullptr, EM_FALSE, on_wheel);
  // The page's scroll event is fired at the document; emscripten drops events that reach its target
  // by bubbling, so on the window a scroll by keyboard, focus or a touch fling was never drawn.
  emscripten_set_scroll_callback(EMSCRIPTEN_EVENT_TARGET_DOCUMENT, nullptr, EM_FALSE, on_scroll);
  emscripten_set_touchstart_callback(kCanvas, nullptr, EM_FALSE, on_touch);
  emscripten_set_touchmove_callback(kCanvas, nullptr, EM_FALSE, on_touch);
  emscripten_set_touchend_callback(kCanvas, nullptr, EM_FALSE, on_touch);
  emscripten_set_touchcancel_callback(kCanvas, nullptr, EM_FALSE, on_touch);
  // Taps on the overlay's controls too (the canvas's own handlers see only taps on the canvas).
  emscripten_set_touchend_callback(EMSCRIPTEN_EVENT_TARGET_DOCUMENT, nullptr, EM_FALSE, on_touch_end);
  emscripten_set_keydown_callback(EMSCRIPTEN_EVENT_TARGET_WINDOW, nullptr, EM_FALSE, on_key);
  emscripten_set_keyup_callback(EMSCRIPTEN_EVENT_TARGET_WINDOW, nullptr, EM_FALSE, on_key);
  emscripten_set_focus_callback(EMSCRIPTEN_EVENT_TARGET_WINDOW, nullptr, EM_FALSE, on_focus);
  emscripten_set_blur_callback(EMSCRIPTEN_EVENT_TARGET_WINDOW, nullptr, EM_FALSE, on_focus);
  emscripten_set_resize_callback(EMSCRIPTEN_EVENT_TARGET_WINDOW, nullptr, EM_FALSE, on_resize);
}

}  // namespace muqeem::platform
