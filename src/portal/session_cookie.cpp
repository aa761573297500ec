#include "portal/session_cookie.h"

#include <string_view>

#include "portal/api_responses.h"

namespace muqeem::portal {
namespace {

constexpr std::string_view kPlainName = "muqeem-session";
constexpr std::string_view kSecureName = "__Host-muqeem-session";
constexpr std::string_view kAttributes = "; Path=/; HttpOnly; SameSite=Strict";

std::string_view trimmed(std::string_view text) {
  while (!text.empty() && text.front() == ' ') text.remove_prefix(1);
  while (!text.empty() && text.back() == ' ') text.remove_suffix(1);
  return text;
}

// The value of cookie `name` in the Cookie header; "" when absent.
std::string cookie_value(const Request& request, std::string_view name) {
  std::string_view rest = request.header("cookie");
  while (!rest.empty()) {
    const size_t end = rest.find(';');
    const std::string_view pair = trimmed(rest.substr(0, end));
    const size_t equals = pair.find('=');
    if (equals != std::string_view::npos && pair.substr(0, equals) == name)
      return std::string(pair.substr(equals + 1));
    if (end == std::string_view::npos) break;
    rest.remove_prefix(end + 1);
  }
  return {};
}

// HTTPS as the browser saw it: the server itself speaks HTTP behind a TLS-terminating proxy, which
// says so in X-Forwarded-Proto.
bool over_https(const Request& request) {
  return request.header("x-forwarded-proto") == "https";
}

// "http://host:port" → "host:port".
std::string_view authority_of(std::string_view origin) {
  const size_t scheme = origin.find("://");
  return scheme == std::string_view::npos ? origin : origin.substr(scheme + 3);
}

// Routes that never act with a session (signing in, the public pages): a cookie that comes along
// is not used, so only the origin rule applies to them.
bool acts_without_session(const std::string& path) {
  return path == "/api/v1/auth/captcha" || path == "/api/v1/auth/sign-in" ||
         path == "/api/v1/auth/verify-code" || path == "/api/v1/auth/resend-code" ||
         path.rfind("/api/v1/public/", 0) == 0;
}

bool changes_state(const Request& request) {
  return request.method != "GET" && request.method != "HEAD" && request.method != "OPTIONS";
}

}  // namespace

std::string session_token(const Request& request) {
  const std::string& authorization = request.header("authorization");
  if (authorization.rfind("Bearer ", 0) == 0) return authorization.substr(7);
  std::string secure = cookie_value(request, kSecureName);
  return secure.empty() ? cookie_value(request, kPlainName) : secure;
}

bool session_by_cookie(const Request& request) {
  return request.header("authorization").rfind("Bearer ", 0) != 0 && !session_token(request).empty();
}

bool from_browser_app(const Request& request) {
  return request.header("x-muqeem-client") == "web";
}

std::string session_cookie(const Request& request, const std::string& token) {
  if (over_https(request))
    return std::string(kSecureName) + "=" + token + std::string(kAttributes) + "; Secure";
  return std::string(kPlainName) + "=" + token + std::string(kAttributes);
}

std::string cleared_session_cookie(const Request& request) {
  return session_cookie(request, "") + "; Max-Age=0";
}

std::optional<Response> refuse_cross_site(const Request& request) {
  if (!changes_state(request)) return std::nullopt;
  const std::string& origin = request.header("origin");
  const std::string& fetch_site = request.header("sec-fetch-site");
  const bool foreign_origin =
      !origin.empty() && (origin == "null" || authority_of(origin) != request.header("host"));
  const bool foreign_site =
      origin.empty() && !fetch_site.empty() && fetch_site != "same-origin" && fetch_site != "none";
  const bool cookie_without_app =
      session_by_cookie(request) && !from_browser_app(request) && !acts_without_session(request.path);
  if (!foreign_origin && !foreign_site && !cookie_without_app) return std::nullopt;
  return problem(403, "cross-site-request",
                 {"رُفض الطلب لأنه لم يصدر من صفحة البوابة",
                  "The request was refused: it did not come from the portal's own page"});
}

}  // namespace muqeem::portal
