#pragma once
// The portal API's endpoints (/api/v1/...), on the router's request and response values: the visual
// code, signing in with a password and an SMS code (resent on request), extending the session, signing
// out, per-transaction security codes, the establishment, residents, lookups, iqama renewal, printing a
// renewal's result and verifying a printed document; plus the demo-only outbox. Every failure is an
// application/problem+json with a bilingual title; every answer to a signed-in request carries the
// session's end in a Session-Expires-At header.
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>

#include "portal/auth/security_codes.h"
#include "portal/auth/sign_in.h"
#include "portal/http_message.h"
#include "portal/rules.h"
#include "portal/store/database.h"
#include "text/font.h"

namespace muqeem::portal {

struct PortalServices {
  store::Database& db;
  auth::SignIn& sign_in;
  auth::SecurityCodes& security_codes;
  const text::Font& captcha_font;
  std::function<int64_t()> now;  // seconds since the epoch
  // The demo's outbox endpoint reveals codes and captcha answers: on only when asked for (--demo).
  bool demo = false;
  std::optional<PortalRules> rules = bundled_rules();  // nullopt: the services that need them say so
  // Where people reach the portal from outside, e.g. "https://muqeem.example": what a printed QR code
  // points at. Empty: the Host the request came to, over http.
  std::string public_origin;
  // Where the account services' own codes go by SMS (a new user's activation code, a registration's
  // code); without one those services answer that they are unavailable.
  auth::SmsGateway* sms = nullptr;
  // Their texts, from the catalogues; "{code}" stands for the code.
  std::string activation_message = "{code}";
  std::string registration_message = "{code}";
  // The session the request being answered was found signed in with (session_of): its answer then
  // tells the session's end without asking the store again. Cleared as each request starts.
  std::optional<auth::Session> request_session;
};

// The response for an /api/ request, or nullopt when no endpoint has that path.
std::optional<Response> handle_api(PortalServices& services, const Request& request);

}  // namespace muqeem::portal
