#pragma once
// What the C++ side tells the page (shell/loader.js and shell/overlay.js read it). The readiness
// object, window.muqeem, is documented in README.md ("The page's readiness object").
#include <functional>
#include <string>

namespace muqeem::platform::page {

// The first frame is on screen: window.muqeem.ready becomes true.
void report_ready();
// One more frame was rendered: window.muqeem.frames.
void report_frame(double frames_rendered);
// The semantic tree changed: window.muqeem.semantics, mirrored into the overlay DOM.
void report_semantics(const std::string& json);
// Redraw when the device pixel ratio changes (browser zoom, another screen).
void watch_pixel_ratio();
// The page's location hash ("#/specimen?…"), and a callback for when it changes (links, back button).
std::string location_hash();
void on_hash_change(std::function<void()> callback);
// The app cannot start; the page shows a bilingual message. `reason` is for the console and support.
void report_fatal(const std::string& reason);

}  // namespace muqeem::platform::page
