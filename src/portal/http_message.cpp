#include "portal/http_message.h"

#include <cctype>

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

const std::string& Response::header(const std::string& name) const {
  static const std::string none;
  const auto found = headers.find(name);
  return found == headers.end() ? none : found->second;
}

}  // namespace muqeem::portal
