#pragma once
// Routes: every screen has a URL fragment ("#/", "#/specimen?text=…"), so links, the back button and
// tests can reach it. Parsing is plain string work, tested natively.
#include <map>
#include <string>
#include <string_view>

namespace muqeem::app {

enum class Screen {
  Welcome,       // #/welcome: the product's name and what it is for
  Specimen,      // #/specimen?text=…
  Gallery,       // #/gallery
  SignIn,        // #/sign-in
  Dashboard,     // #/
  Residents,     // #/residents?q=…&expiring=30&nationality=IND
  ResidentFile,  // #/residents/2123456789
  RenewIqama,    // #/services/renew-iqama?iqama=2123456789
  Verify,        // #/verify?code=…: what a printed document's QR code opens (public)
};

// Screens that show an establishment's data: they need a session.
bool needs_session(Screen screen);

struct Route {
  Screen screen = Screen::Dashboard;
  std::map<std::string, std::string> params;  // decoded query parameters
  std::string resource;                       // the path's last part where it names one (an iqama)

  // The parameter's value, or `fallback` when it is absent.
  const std::string& param(const std::string& name, const std::string& fallback) const;
};

// Parses a location hash such as "#/specimen?text=%D9%85%D9%82%D9%8A%D9%85&size=48". Unknown paths
// lead to the dashboard; malformed escapes are kept as typed rather than dropped.
Route parse_route(std::string_view hash);

}  // namespace muqeem::app
