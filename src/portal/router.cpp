#include "portal/router.h"

#include <algorithm>
#include <nlohmann/json.hpp>

#include "portal/tawasul_routes.h"

namespace muqeem::portal {
namespace {

// RFC 9457 problem details with the bilingual title every API error carries.
Response problem(int status, const std::string& type, const std::string& title_ar,
                 const std::string& title_en) {
  Response response;
  response.status = status;
  response.headers["Content-Type"] = "application/problem+json";
  response.body =
      nlohmann::json{{"type", type}, {"status", status}, {"title", {{"ar", title_ar}, {"en", title_en}}}}
          .dump();
  return response;
}

constexpr size_t kBodyLimit = 1024 * 1024;

}  // namespace

size_t Router::body_limit(const std::string& method, const std::string& path) const {
  if (services_) {
    if (const auto limit = attachment_body_limit(*services_, method, path))
      return std::max(*limit, kBodyLimit);
  }
  return kBodyLimit;
}

size_t Router::largest_body_limit() const {
  return body_limit("POST", "/api/v1/tawasul/requests");
}

Response body_too_large() {
  Response response = problem(413, "https://muqeem.example/problems/body-too-large", "الطلب أكبر من المسموح",
                              "The request is larger than this service accepts");
  add_api_security_headers(response);
  return response;
}

void add_api_security_headers(Response& response) {
  // An API answer is data, never a page: nothing in it may load or run, no page may frame it, and
  // another site's page may not read it through a no-cors request. (OWASP's headers for REST answers;
  // the page-only ones of add_security_headers mean nothing here and would only lengthen each answer.)
  response.headers["Content-Security-Policy"] = "default-src 'none'; frame-ancestors 'none'";
  response.headers["X-Content-Type-Options"] = "nosniff";
  response.headers["X-Frame-Options"] = "DENY";
  response.headers["Cross-Origin-Resource-Policy"] = "same-origin";
}

void add_security_headers(Response& response) {
  // 'wasm-unsafe-eval' lets the page compile WebAssembly; no other script than our own files runs.
  response.headers["Content-Security-Policy"] =
      "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; font-src 'self'; "
      "img-src 'self' data: blob:; connect-src 'self'; object-src 'none'; base-uri 'none'; "
      "form-action 'self'; frame-ancestors 'none'";
  response.headers["X-Content-Type-Options"] = "nosniff";
  response.headers["Referrer-Policy"] = "no-referrer";
  response.headers["X-Frame-Options"] = "DENY";
  response.headers["Cross-Origin-Opener-Policy"] = "same-origin";
  response.headers["Cross-Origin-Resource-Policy"] = "same-origin";
  response.headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), payment=()";
}

Response Router::handle(const Request& request) const {
  Response response;
  if (request.body.size() > body_limit(request.method, request.path)) return body_too_large();
  if (request.path.rfind("/api/", 0) == 0) {
    auto api = services_ ? handle_api(*services_, request) : std::nullopt;
    response = api ? std::move(*api) : problem(404, "about:blank", "الخدمة غير موجودة", "No such service");
    add_api_security_headers(response);
    return response;
  }
  if (auto file = site_.serve(request)) {
    response = std::move(*file);
  } else if (request.method != "GET" && request.method != "HEAD") {
    response = problem(405, "about:blank", "الطريقة غير مسموح بها", "Method not allowed");
    response.headers["Allow"] = "GET, HEAD";
  } else {
    response = problem(404, "about:blank", "الصفحة غير موجودة", "Not found");
  }
  add_security_headers(response);
  return response;
}

}  // namespace muqeem::portal
