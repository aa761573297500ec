#include "app/route.h"

#include "api/url.h"

namespace muqeem::app {

const std::string& Route::param(const std::string& name, const std::string& fallback) const {
  const auto found = params.find(name);
  return found == params.end() ? fallback : found->second;
}

bool needs_session(Screen screen) {
  return screen == Screen::Dashboard || screen == Screen::Residents || screen == Screen::ResidentFile ||
         screen == Screen::RenewIqama;
}

Route parse_route(std::string_view hash) {
  if (!hash.empty() && hash.front() == '#') hash.remove_prefix(1);
  const size_t question = hash.find('?');
  const std::string_view path = hash.substr(0, question);
  Route route;
  if (path == "/welcome") route.screen = Screen::Welcome;
  if (path == "/specimen") route.screen = Screen::Specimen;
  if (path == "/gallery") route.screen = Screen::Gallery;
  if (path == "/sign-in") route.screen = Screen::SignIn;
  if (path == "/residents") route.screen = Screen::Residents;
  if (path.rfind("/residents/", 0) == 0 && path.size() > 11) {
    route.screen = Screen::ResidentFile;
    route.resource = api::percent_decode(path.substr(11)).value_or(std::string(path.substr(11)));
  }
  if (path == "/services/renew-iqama") route.screen = Screen::RenewIqama;
  if (path == "/verify") route.screen = Screen::Verify;
  if (question == std::string_view::npos) return route;
  route.params = api::parse_query(hash.substr(question + 1));
  return route;
}

}  // namespace muqeem::app
