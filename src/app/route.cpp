#include "app/route.h"

#include "api/url.h"

namespace muqeem::app {
namespace {

// Malformed escapes are kept as typed rather than dropped: a specimen of "100%" shows "100%".
std::string decode(std::string_view text) {
  return api::percent_decode(text).value_or(std::string(text));
}

}  // namespace

const std::string& Route::param(const std::string& name, const std::string& fallback) const {
  const auto found = params.find(name);
  return found == params.end() ? fallback : found->second;
}

Route parse_route(std::string_view hash) {
  if (!hash.empty() && hash.front() == '#') hash.remove_prefix(1);
  const size_t question = hash.find('?');
  const std::string_view path = hash.substr(0, question);
  Route route;
  if (path == "/specimen") route.screen = Screen::Specimen;
  if (question == std::string_view::npos) return route;
  std::string_view query = hash.substr(question + 1);
  while (!query.empty()) {
    const size_t amp = query.find('&');
    const std::string_view pair = query.substr(0, amp);
    const size_t equals = pair.find('=');
    if (!pair.empty()) {
      route.params[decode(pair.substr(0, equals))] =
          equals == std::string_view::npos ? std::string() : decode(pair.substr(equals + 1));
    }
    if (amp == std::string_view::npos) break;
    query.remove_prefix(amp + 1);
  }
  return route;
}

}  // namespace muqeem::app
