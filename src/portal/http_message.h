#pragma once
// HTTP requests and responses as plain values: the router maps one to the other with no sockets in
// it, so the same router runs behind cpp-httplib, inside tests, and in-process in the browser.
#include <map>
#include <string>
#include <string_view>

namespace muqeem::portal {

struct Request {
  std::string method = "GET";
  std::string path = "/";                      // percent-encoded, without the query string
  std::map<std::string, std::string> query;    // decoded query parameters
  std::map<std::string, std::string> headers;  // names in lower case
  std::string body;
  std::string remote_address;  // the client's IP address as the socket saw it; "" in-process

  const std::string& header(const std::string& lower_case_name) const;  // "" when absent
  void set_header(const std::string& name, std::string value);          // stored under the lower-case name
  // True when Accept-Encoding names `coding` ("br", "gzip") with a weight above zero.
  bool accepts_encoding(std::string_view coding) const;
};

struct Response {
  int status = 200;
  std::map<std::string, std::string> headers;  // names as sent
  std::string body;

  const std::string& header(const std::string& name) const;  // "" when absent
};

}  // namespace muqeem::portal
