#include "app/route.h"

namespace muqeem::app {
namespace {

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

std::string percent_decode(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size(); ++i) {
    const int high = text[i] == '%' && i + 2 < text.size() ? hex_value(text[i + 1]) : -1;
    const int low = high >= 0 ? hex_value(text[i + 2]) : -1;
    if (low >= 0) {
      out.push_back(static_cast<char>(high * 16 + low));
      i += 2;
    } else {
      out.push_back(text[i]);
    }
  }
  return out;
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
      route.params[percent_decode(pair.substr(0, equals))] =
          equals == std::string_view::npos ? std::string() : percent_decode(pair.substr(equals + 1));
    }
    if (amp == std::string_view::npos) break;
    query.remove_prefix(amp + 1);
  }
  return route;
}

}  // namespace muqeem::app
