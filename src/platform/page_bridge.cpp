#include "platform/page_bridge.h"

#include <emscripten.h>

#include <cstdint>
#include <utility>

// Implemented in page_bridge.js.
extern "C" {
void muqeem_js_ready();
void muqeem_js_draw(const uint8_t* bytes, size_t length);
void muqeem_js_semantics(const char* json);
void muqeem_js_fatal(const char* reason);
void muqeem_js_watch_pixel_ratio();
int muqeem_js_hash_size();
void muqeem_js_hash(char* buffer, int capacity);
void muqeem_js_listen_for_hash_changes();
void muqeem_js_listen_for_files();
int muqeem_js_kiosk_json_size();
void muqeem_js_kiosk_json(char* buffer, int capacity);
int muqeem_js_kiosk_asked();
void muqeem_js_kiosk_reset();
double muqeem_js_scroll_y();
int muqeem_js_stored_language();
void muqeem_js_store_language(int arabic);
void muqeem_js_copy(const char* text);
void muqeem_js_navigate(const char* hash);
void muqeem_js_print(const char* json);
void muqeem_js_download(const char* name, const char* type, const char* bytes, size_t length);
void muqeem_js_tell_other_tabs(const char* message);
void muqeem_js_listen_to_other_tabs();
void muqeem_js_listen_for_front();
void muqeem_js_listen_for_update();
void muqeem_js_apply_update();
void muqeem_js_take_early_sign_in();
}

namespace {
std::function<void()> g_hash_changed;
std::function<void(const muqeem::platform::page::DomEvent&)> g_dom_event;
std::function<void(const std::string&)> g_other_tab;
std::function<void()> g_front;
std::function<void()> g_update_ready;
std::function<void()> g_shown;
std::string g_early_sign_in;
}  // namespace

extern "C" EMSCRIPTEN_KEEPALIVE void muqeem_early_sign_in(const char* json) {
  g_early_sign_in = json ? json : "";
}

extern "C" EMSCRIPTEN_KEEPALIVE void muqeem_first_frame_shown() {
  if (g_shown) std::exchange(g_shown, nullptr)();
}

extern "C" EMSCRIPTEN_KEEPALIVE void muqeem_update_ready() {
  if (g_update_ready) g_update_ready();
}

extern "C" EMSCRIPTEN_KEEPALIVE void muqeem_came_to_front() {
  if (g_front) g_front();
}

extern "C" EMSCRIPTEN_KEEPALIVE void muqeem_other_tab_message(const char* message) {
  if (g_other_tab) g_other_tab(message ? message : "");
}

extern "C" EMSCRIPTEN_KEEPALIVE void muqeem_hash_changed() {
  if (g_hash_changed) g_hash_changed();
}

// Called by shell/overlay.js (through Module.ccall) for each event of the overlay DOM.
extern "C" EMSCRIPTEN_KEEPALIVE void muqeem_ui_event(int kind, const char* id, const char* value,
                                                     double number) {
  if (g_dom_event) g_dom_event({kind, id ? id : "", value ? value : "", number});
}

// Called by shell/overlay.js for each file chosen or dropped on a file input: its name and size,
// and its bytes, which the page frees when this returns.
extern "C" EMSCRIPTEN_KEEPALIVE void muqeem_file_event(const char* id, const char* name, double size,
                                                       const char* bytes, int length) {
  constexpr int kFile = 6;  // ui::UiEvent::Kind::File
  if (g_dom_event)
    g_dom_event(
        {kFile, id ? id : "", name ? name : "", size, std::string(bytes, static_cast<size_t>(length))});
}

namespace muqeem::platform::page {

std::string kiosk_json() {
  std::string json(static_cast<size_t>(muqeem_js_kiosk_json_size()), '\0');
  muqeem_js_kiosk_json(json.data(), static_cast<int>(json.size()));
  json.resize(json.size() - 1);
  return json;
}

bool kiosk_asked() {
  return muqeem_js_kiosk_asked() != 0;
}

void kiosk_reset() {
  muqeem_js_kiosk_reset();
}

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

void tell_other_tabs(const std::string& message) {
  muqeem_js_tell_other_tabs(message.c_str());
}

void on_other_tab_message(std::function<void(const std::string&)> callback) {
  g_other_tab = std::move(callback);
  muqeem_js_listen_to_other_tabs();
}

void on_came_to_front(std::function<void()> callback) {
  g_front = std::move(callback);
  muqeem_js_listen_for_front();
}

void on_update_ready(std::function<void()> callback) {
  g_update_ready = std::move(callback);
  muqeem_js_listen_for_update();
}

std::string take_early_sign_in() {
  g_early_sign_in.clear();
  muqeem_js_take_early_sign_in();  // answers through muqeem_early_sign_in, at once
  return std::exchange(g_early_sign_in, std::string());
}

void apply_update() {
  muqeem_js_apply_update();
}

void report_ready(std::function<void()> shown) {
  g_shown = std::move(shown);
  muqeem_js_ready();
}
void draw(const std::vector<uint8_t>& stream) {
  muqeem_js_draw(stream.data(), stream.size());
}
void report_semantics(const std::string& json) {
  muqeem_js_semantics(json.c_str());
}
void watch_pixel_ratio() {
  muqeem_js_watch_pixel_ratio();
}
float scroll_y() {
  return static_cast<float>(muqeem_js_scroll_y());
}
std::string stored_language() {
  const int stored = muqeem_js_stored_language();
  return stored == 1 ? "ar" : stored == 2 ? "en" : "";
}
void store_language(const std::string& code) {
  muqeem_js_store_language(code == "ar" ? 1 : 0);
}
void navigate(const std::string& hash) {
  muqeem_js_navigate(hash.c_str());
}
void print_document(const std::string& json) {
  muqeem_js_print(json.c_str());
}
void download(const std::string& name, const std::string& type, const std::string& bytes) {
  muqeem_js_download(name.c_str(), type.c_str(), bytes.data(), bytes.size());
}
void copy_to_clipboard(const std::string& text) {
  muqeem_js_copy(text.c_str());
}
void on_dom_event(std::function<void(const DomEvent&)> callback) {
  g_dom_event = std::move(callback);
  muqeem_js_listen_for_files();
}
void report_fatal(const std::string& reason) {
  muqeem_js_fatal(reason.c_str());
}

}  // namespace muqeem::platform::page
