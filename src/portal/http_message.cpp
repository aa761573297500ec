#include "portal/http_message.h"

#include <cctype>
#include <cstdlib>

namespace muqeem::portal {

const std::string& Request::header(const std::string& lower_case_name) const {
  static const std::string none;
  const auto found = headers.find(lower_case_name);
  return found == headers.end() ? none : found->second;
}

void Request::set_header(const std::string& name, std::string value) {
  std::string lower = name;
  for (auto& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  headers[lower] = std::move(value);
}

bool Request::accepts_encoding(std::string_view coding) const {
  const std::string& accepted = header("accept-encoding");
  size_t start = 0;
  while (start < accepted.size()) {
    size_t end = accepted.find(',', start);
    if (end == std::string::npos) end = accepted.size();
    std::string_view item(accepted.data() + start, end - start);
    while (!item.empty() && item.front() == ' ') item.remove_prefix(1);
    const size_t semicolon = item.find(';');
    std::string_view name = item.substr(0, semicolon);
    while (!name.empty() && name.back() == ' ') name.remove_suffix(1);
    if (name == coding) {
      if (semicolon == std::string_view::npos) return true;
      const size_t q = item.find("q=", semicolon);
      return q == std::string_view::npos || std::strtod(std::string(item.substr(q + 2)).c_str(), nullptr) > 0;
    }
    start = end + 1;
  }
  return false;
}

const std::string& Response::header(const std::string& name) const {
  static const std::string none;
  const auto found = headers.find(name);
  return found == headers.end() ? none : found->second;
}

}  // namespace muqeem::portal
