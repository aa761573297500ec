#include "platform/page_bridge.h"

#include <emscripten.h>

#include <utility>

// Implemented in page_bridge.js.
extern "C" {
void muqeem_js_ready();
void muqeem_js_frame(double frames);
void muqeem_js_semantics(const char* json);
void muqeem_js_fatal(const char* reason);
void muqeem_js_watch_pixel_ratio();
int muqeem_js_hash_size();
void muqeem_js_hash(char* buffer, int capacity);
void muqeem_js_listen_for_hash_changes();
}

namespace {
std::function<void()> g_hash_changed;
}  // namespace

extern "C" EMSCRIPTEN_KEEPALIVE void muqeem_hash_changed() {
  if (g_hash_changed) g_hash_changed();
}

namespace muqeem::platform::page {

std::string location_hash() {
  std::string hash(static_cast<size_t>(muqeem_js_hash_size()), '\0');
  muqeem_js_hash(hash.data(), static_cast<int>(hash.size()));
  hash.resize(hash.size() - 1);  // the terminating NUL
  return hash;
}

void on_hash_change(std::function<void()> callback) {
  g_hash_changed = std::move(callback);
  muqeem_js_listen_for_hash_changes();
}

void report_ready() {
  muqeem_js_ready();
}
void report_frame(double frames_rendered) {
  muqeem_js_frame(frames_rendered);
}
void report_semantics(const std::string& json) {
  muqeem_js_semantics(json.c_str());
}
void watch_pixel_ratio() {
  muqeem_js_watch_pixel_ratio();
}
void report_fatal(const std::string& reason) {
  muqeem_js_fatal(reason.c_str());
}

}  // namespace muqeem::platform::page
