#pragma once
// What the C++ side tells the page (shell/loader.js and shell/overlay.js read it). The readiness
// object, window.muqeem, is documented in README.md ("The page's readiness object").
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace muqeem::platform::page {

// The first frame is drawn: once it is on screen, the page takes over from the loading screen
// (window.muqeem.ready becomes true, with the first tree) and then calls `shown`.
void report_ready(std::function<void()> shown);
// What to draw (ui/draw_stream.h), for shell/renderer.js: on its worker, or in the page where the
// browser cannot draw on a worker. window.muqeem.frames counts the frames it has drawn.
void draw(const std::vector<uint8_t>& stream);
// The semantic tree changed: window.muqeem.semantics, mirrored into the overlay DOM.
void report_semantics(const std::string& json);
// Redraw when the device pixel ratio changes (browser zoom, another screen).
void watch_pixel_ratio();
// Kiosk mode: kiosk.json's text as the loader fetched it ("" when the site has none), whether the
// address asked for ?kiosk=1, and the page's part of a reset (storage, the clipboard).
std::string kiosk_json();
bool kiosk_asked();
void kiosk_reset();
// The page's location hash ("#/specimen?…"), and a callback for when it changes (links, back button).
std::string location_hash();
void on_hash_change(std::function<void()> callback);
// How far the page is scrolled down, in CSS pixels; a callback for when it scrolls.
float scroll_y();
// The language the person chose last time on this device ("ar", "en" or empty), and remembering it.
std::string stored_language();
void store_language(const std::string& code);
// The overlay DOM's events (focus, click, input, keys) as they reach the C++ side.
struct DomEvent {
  int kind = 0;  // ui::UiEvent::Kind
  std::string id;
  std::string value;
  double number = 0;  // the key (ui::Key), the scroll offset or a file's size
  std::string bytes;  // a chosen file's bytes (or their beginning, for one too large to read)
};
void on_dom_event(std::function<void(const DomEvent&)> callback);
// Moves to another route: sets location.hash, so Back and Forward work.
void navigate(const std::string& hash);
// Lays out `json` (a print document: title, lines, QR…) as a printable page and opens the browser's
// print dialog.
void print_document(const std::string& json);
// Hands the browser a file to save (a Blob behind a download link): its name, MIME type and bytes.
void download(const std::string& name, const std::string& type, const std::string& bytes);
// Puts text on the system clipboard (a request number the person copies).
void copy_to_clipboard(const std::string& text);
// The page's other tabs (a BroadcastChannel of this origin): a message for them, and theirs for us.
void tell_other_tabs(const std::string& message);
void on_other_tab_message(std::function<void(const std::string&)> callback);
// The page came in front: shown again (visibilitychange) or its window focused.
void on_came_to_front(std::function<void()> callback);
// A new build of the site is ready (shell/offline.js: its service worker waits): the callback runs
// once. apply_update() lets the new build take over and reloads the page.
void on_update_ready(std::function<void()> callback);
void apply_update();
// The page's early sign-in form (shell/early_sign_in.js), as JSON, or empty when it was not shown;
// from now on it takes no more typing, and it goes when the app's first frame is on screen.
std::string take_early_sign_in();
// The app cannot start; the page shows a bilingual message. `reason` is for the console and support.
void report_fatal(const std::string& reason);

}  // namespace muqeem::platform::page
