#include "portal/http_message.h"

namespace muqeem::portal {

const std::string& Request::header(const std::string& lower_case_name) const {
  static const std::string none;
  const auto found = headers.find(lower_case_name);
  return found == headers.end() ? none : found->second;
}

const std::string& Response::header(const std::string& name) const {
  static const std::string none;
  const auto found = headers.find(name);
  return found == headers.end() ? none : found->second;
}

}  // namespace muqeem::portal
