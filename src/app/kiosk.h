#pragma once
// Kiosk mode (issue 17), switched on by the deployment, never by the person at the screen: a
// `kiosk.json` beside the site, or `?kiosk=1` in the address (then the defaults). Its settings: how
// long a screen may stay untouched before the "are you still there?" warning, how long the warning
// counts down before the kiosk resets for the next person, the language the start screen opens in,
// whether the on-screen keyboard shows, and whether printing is allowed.
#include <optional>
#include <string>
#include <string_view>

namespace muqeem::app {

struct KioskSettings {
  bool on = false;
  int idle_seconds = 90;
  int warning_seconds = 30;
  std::string language;  // "ar" or "en"; empty: the kiosk's visitors choose, Arabic first
  bool keyboard = true;
  bool printing = true;
};

// From kiosk.json's text (empty when the site has none) and whether the address asked for a kiosk.
// Fields it lacks keep their defaults; a value out of range (a second, a day) is refused whole, so a
// typo never makes a kiosk that resets mid-sentence: nullopt, and the caller says so.
std::optional<KioskSettings> kiosk_settings(std::string_view json_text, bool asked_in_address);

}  // namespace muqeem::app
