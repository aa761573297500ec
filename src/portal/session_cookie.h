#pragma once
// How a request carries its session, and the browser's defences around it (OWASP session management,
// CSRF prevention). The browser app's session is a cookie script cannot read: HttpOnly,
// SameSite=Strict, no Max-Age (it ends with the browser), `__Host-` prefixed and Secure over HTTPS.
// Other clients (the native client, the tests' API sessions) send `Authorization: Bearer`.
//
// A state-changing request made with the cookie must also carry the header the app always sends
// (kClientHeader, which a cross-site form cannot set and a cross-site fetch cannot send without a
// preflight the server never grants; routes that never act with a session, the sign-in's and the
// public ones, are exempt), and must not come from another origin (Origin, or
// Sec-Fetch-Site where there is no Origin). Any other is refused with a 403 problem before anything
// is done.
#include <optional>
#include <string>

#include "portal/http_message.h"

namespace muqeem::portal {

inline constexpr const char* kClientHeader = "X-Muqeem-Client";  // "web": the browser app

// The session token the request names: the bearer token, else the session cookie; "" when none.
std::string session_token(const Request& request);
// True when the request names its session by the cookie (and not by a bearer token).
bool session_by_cookie(const Request& request);
// True when the request says it is the browser app (kClientHeader: web): its session goes in a cookie.
bool from_browser_app(const Request& request);

// The Set-Cookie value that carries `token`, and the one that deletes it, for this request's scheme.
std::string session_cookie(const Request& request, const std::string& token);
std::string cleared_session_cookie(const Request& request);

// A 403 problem when a state-changing request is cross-site, or uses the cookie without the app's
// header; nullopt when it may go on.
std::optional<Response> refuse_cross_site(const Request& request);

}  // namespace muqeem::portal
