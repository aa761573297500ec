#pragma once
// Routes: every screen has a URL fragment ("#/", "#/specimen?text=…"), so links, the back button and
// tests can reach it. Parsing is plain string work, tested natively.
#include <map>
#include <string>
#include <string_view>

namespace muqeem::app {

enum class Screen { Home, Specimen, Gallery };

struct Route {
  Screen screen = Screen::Home;
  std::map<std::string, std::string> params;  // decoded query parameters

  // The parameter's value, or `fallback` when it is absent.
  const std::string& param(const std::string& name, const std::string& fallback) const;
};

// Parses a location hash such as "#/specimen?text=%D9%85%D9%82%D9%8A%D9%85&size=48". Unknown paths
// lead home; malformed escapes are kept as typed rather than dropped.
Route parse_route(std::string_view hash);

}  // namespace muqeem::app
