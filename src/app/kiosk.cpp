#include "app/kiosk.h"

#include <nlohmann/json.hpp>

namespace muqeem::app {
namespace {

// A whole number of seconds within [low, high]; `value` unchanged when the field is absent.
bool read_seconds(const nlohmann::json& settings, const char* name, int low, int high, int& value) {
  const auto found = settings.find(name);
  if (found == settings.end()) return true;
  if (!found->is_number_integer() || found->get<int64_t>() < low || found->get<int64_t>() > high)
    return false;
  value = found->get<int>();
  return true;
}

bool read_flag(const nlohmann::json& settings, const char* name, bool& value) {
  const auto found = settings.find(name);
  if (found == settings.end()) return true;
  if (!found->is_boolean()) return false;
  value = found->get<bool>();
  return true;
}

}  // namespace

std::optional<KioskSettings> kiosk_settings(std::string_view json_text, bool asked_in_address) {
  KioskSettings settings;
  if (json_text.find_first_not_of(" \t\r\n") == std::string_view::npos) {
    settings.on = asked_in_address;
    return settings;
  }
  const auto json = nlohmann::json::parse(json_text, nullptr, /*allow_exceptions=*/false);
  if (!json.is_object()) return std::nullopt;
  settings.on = true;
  // Five seconds to an hour of quiet; three seconds to five minutes to answer the warning.
  if (!read_seconds(json, "idleSeconds", 5, 3600, settings.idle_seconds) ||
      !read_seconds(json, "warningSeconds", 3, 300, settings.warning_seconds) ||
      !read_flag(json, "keyboard", settings.keyboard) || !read_flag(json, "printing", settings.printing))
    return std::nullopt;
  if (const auto language = json.find("language"); language != json.end()) {
    if (!language->is_string() || (*language != "ar" && *language != "en")) return std::nullopt;
    settings.language = language->get<std::string>();
  }
  return settings;
}

}  // namespace muqeem::app
