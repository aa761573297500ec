#pragma once
// Maps a request to a response: the web app's files, and (as the portal API grows) /api/v1/...
// Every response leaves with the security headers (the page's, or the API's stricter few).
#include "portal/api_routes.h"
#include "portal/http_message.h"
#include "portal/static_site.h"

namespace muqeem::portal {

class Router {
 public:
  explicit Router(StaticSite site, PortalServices* services = nullptr)
      : site_(std::move(site)), services_(services) {}

  Response handle(const Request& request) const;

  // The largest request body a route accepts: 1 MiB, except the routes that take attachments. A
  // larger body is answered 413; the HTTP server refuses it from its Content-Length before reading it.
  size_t body_limit(const std::string& method, const std::string& path) const;
  size_t largest_body_limit() const;

 private:
  StaticSite site_;
  PortalServices* services_;  // the API; without it only the site is served
};

// Content-Security-Policy and friends, for the app's page and files.
void add_security_headers(Response& response);
// Those for the API's JSON answers: nothing in them may load, run or be framed.
void add_api_security_headers(Response& response);

// The 413 problem for a body larger than its route accepts, with the security headers.
Response body_too_large();

}  // namespace muqeem::portal
