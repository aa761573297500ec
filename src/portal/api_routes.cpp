#include "portal/api_routes.h"

#include <cstdio>

#include <nlohmann/json.hpp>

#include "api/demo_dto.h"
#include "api/dto.h"
#include "portal/api_responses.h"
#include "portal/auth/captcha_image.h"
#include "portal/document_routes.h"
#include "portal/establishment_routes.h"
#include "portal/iqama_renewal_routes.h"
#include "portal/public_request_routes.h"
#include "portal/renewal_batch_routes.h"
#include "portal/report_routes.h"
#include "portal/resident_report_routes.h"
#include "portal/resident_routes.h"
#include "portal/session_cookie.h"
#include "portal/store/residents.h"
#include "portal/tawasul_routes.h"
#include "portal/transaction.h"
#include "portal/transaction_routes.h"
#include "portal/user_routes.h"
#include "portal/visa_routes.h"

namespace muqeem::portal {
namespace {

using nlohmann::json;

Response config(PortalServices& services) {
  const domain::CivilDate today = riyadh_today(services.now());
  return json_response(200, api::ConfigResponse{"1.0.0-draft", today.iso(), hijri_iso(today)});
}

Response new_captcha(PortalServices& services) {
  const auth::Captcha captcha = services.sign_in.new_captcha(services.now());
  const auto seed = static_cast<uint32_t>(std::hash<std::string>()(captcha.id));
  return json_response(
      201, api::CaptchaResponse{captcha.id, auth::captcha_svg(captcha.answer, services.captcha_font, seed),
                                captcha.expires_at});
}

api::CodeChallengeResponse challenge_response(const auth::CodeChallenge& challenge) {
  return {challenge.id,
          challenge.masked_mobile,
          challenge.expires_at,
          challenge.attempts_left,
          challenge.resend_available_at,
          challenge.resends_left};
}

Response sign_in(PortalServices& services, const Request& request) {
  const auto body = body_of(request);
  if (!body) return malformed();
  std::vector<api::FieldError> errors;
  const auto fields = api::read_sign_in(*body, errors);
  if (!fields) return invalid_fields(std::move(errors));
  const auto result = services.sign_in.start(fields->username, fields->password, fields->captcha_id,
                                             fields->captcha_answer, services.now());
  if (result) return json_response(200, challenge_response(*result));
  switch (result.error().error) {
    case auth::SignInError::WrongCaptcha:
      return problem(
          400, "wrong-captcha", {"رمز التحقق المرئي غير صحيح", "The visual code is not right"},
          {{"captchaAnswer", {"أعد كتابة الرمز الظاهر في الصورة", "Type the code shown in the new image"}}});
    case auth::SignInError::WrongCredentials:
      return problem(401, "wrong-credentials",
                     {"اسم المستخدم أو كلمة المرور غير صحيحة", "The username or password is not right"});
    case auth::SignInError::LockedOut:
      break;
  }
  Response locked = problem(423, "locked",
                            {"تم إيقاف الدخول مؤقتًا بعد محاولات خاطئة متكررة",
                             "Signing in is paused after repeated wrong attempts"});
  locked.headers["Retry-After"] =
      std::to_string(std::max<int64_t>(0, result.error().locked_until - services.now()));
  return locked;
}

Response verify_code(PortalServices& services, const Request& request) {
  const auto body = body_of(request);
  if (!body) return malformed();
  std::vector<api::FieldError> errors;
  const auto fields = api::read_verify_code(*body, errors);
  if (!fields) return invalid_fields(std::move(errors));
  const auto result = services.sign_in.verify_code(fields->challenge_id, fields->code, services.now());
  if (result && from_browser_app(request)) {
    // The browser app never holds the token: it rides in a cookie script cannot read.
    Response response = json_response(200, api::SessionResponse{"", result->expires_at});
    response.headers["Set-Cookie"] = session_cookie(request, result->token);
    return response;
  }
  if (result) return json_response(200, api::SessionResponse{result->token, result->expires_at});
  switch (result.error().error) {
    case auth::CodeError::Wrong: {
      api::Problem wrong =
          problem_of(400, "wrong-code", {"رمز التحقق غير صحيح", "The verification code is not right"},
                     {{"code",
                       {"المحاولات المتبقية: " + std::to_string(result.error().attempts_left),
                        "Attempts left: " + std::to_string(result.error().attempts_left)}}});
      wrong.attempts_left = result.error().attempts_left;
      return problem_response(std::move(wrong));
    }
    case auth::CodeError::Expired:
      return problem(400, "code-expired",
                     {"انتهت صلاحية رمز التحقق، سجّل الدخول من جديد", "The code has expired; sign in again"});
    case auth::CodeError::NoAttemptsLeft:
    case auth::CodeError::UnknownChallenge:
      break;
  }
  api::Problem unusable = problem_of(
      400, "code-unusable",
      {"لا يمكن استخدام هذا الرمز، سجّل الدخول من جديد", "This code can no longer be used; sign in again"});
  if (result.error().error == auth::CodeError::NoAttemptsLeft) unusable.attempts_left = 0;
  return problem_response(std::move(unusable));
}

Response resend_code(PortalServices& services, const Request& request) {
  const auto body = body_of(request);
  if (!body) return malformed();
  std::vector<api::FieldError> errors;
  const auto fields = api::read_resend_code(*body, errors);
  if (!fields) return invalid_fields(std::move(errors));
  const int64_t now = services.now();
  const auto result = services.sign_in.resend_code(fields->challenge_id, now);
  if (result) return json_response(200, challenge_response(*result));
  switch (result.error().error) {
    case auth::ResendError::TooEarly: {
      api::Problem early = problem_of(
          429, "resend-too-early",
          {"لا يمكن إرسال رمز جديد بعد، انتظر قليلًا", "A new code cannot be sent yet; wait a little"});
      early.resend_available_at = result.error().available_at;
      Response response = problem_response(std::move(early));
      response.headers["Retry-After"] =
          std::to_string(std::max<int64_t>(1, result.error().available_at - now));
      return response;
    }
    case auth::ResendError::NoResendsLeft:
      return problem(429, "resend-limit-reached",
                     {"تم إرسال الرمز أكثر من مرة، سجّل الدخول من جديد",
                      "The code has been resent as often as allowed; sign in again"});
    case auth::ResendError::UnknownChallenge:
      break;
  }
  return problem(400, "sign-in-unusable",
                 {"لم يعد طلب الدخول هذا صالحًا، سجّل الدخول من جديد",
                  "This sign-in can no longer continue; sign in again"});
}

Response extend_session(PortalServices& services, const Request& request) {
  const std::string token = session_token(request);
  if (token.empty()) return unauthorised();
  const auto session = services.sign_in.extend(token, services.now());
  if (!session) return unauthorised();
  return json_response(200, api::SessionExpiry{session->expires_at});
}

// Whether the request's session is still on, and when it ends: a reloaded page or a new tab asks
// before showing anything that needs it. No session is a plain answer (204), not an error: every
// signed-out visit asks, and a browser logs each 4xx in its console.
Response current_session(PortalServices& services, const Request& request) {
  const auto session = session_of(services, request);
  if (!session) {
    Response none;
    none.status = 204;
    return none;
  }
  return json_response(200, api::SessionExpiry{session->expires_at});
}

Response sign_out(PortalServices& services, const Request& request) {
  const std::string token = session_token(request);
  if (!token.empty()) services.sign_in.sign_out(token);
  Response done;
  done.status = 204;
  if (session_by_cookie(request) || from_browser_app(request))
    done.headers["Set-Cookie"] = cleared_session_cookie(request);
  return done;
}

Response security_code(PortalServices& services, const Request& request) {
  const auto session = session_of(services, request);
  if (!session) return unauthorised();
  const auto body = body_of(request);
  if (!body) return malformed();
  std::vector<api::FieldError> errors;
  const auto fields = api::read_security_code_request(*body, errors);
  if (!fields) return invalid_fields(std::move(errors));
  // A code names the one kind of transaction it may confirm.
  if (!is_transaction_operation(fields->operation)) {
    return invalid_fields(
        {{"operation", {"لا توجد معاملة بهذا الاسم", "There is no transaction of this name"}}});
  }
  if (auto refused = refuse_unpermitted(services, *session, fields->operation)) return std::move(*refused);
  const auto sent = services.security_codes.send(session->user_id, fields->operation, services.now());
  return json_response(201,
                       api::SecurityCodeResponse{fields->operation, sent.masked_mobile, sent.expires_at});
}

Response lookups(PortalServices& services, store::Lookup which) {
  json items = json::array();
  for (const auto& row : store::lookup(services.db, which))
    items.push_back(api::Coded{row.code, row.ar, row.en});
  Response response = json_response(200, items);
  response.headers["Cache-Control"] = "max-age=3600";  // lookups change with a release, not a request
  return response;
}

Response demo_outbox(PortalServices& services) {
  api::DemoOutbox outbox;
  store::Statement sms =
      services.db.prepare("SELECT at, mobile, text FROM sms_outbox ORDER BY id DESC LIMIT 20");
  while (sms.step()) outbox.messages.push_back({sms.integer(0), sms.text(1), sms.text(2)});
  store::Statement open = services.db.prepare(
      "SELECT id, answer FROM captcha WHERE expires_at >= ?1 ORDER BY rowid DESC LIMIT 20");
  open.bind(1, services.now());
  while (open.step()) outbox.captchas.push_back({open.text(0), open.text(1)});
  return json_response(200, outbox);
}

// Every answer to a signed-in request says when its session will end if left idle (after whatever
// the request itself did to it), so the app can warn before it does.
void add_session_expiry(PortalServices& services, const Request& request, Response& response) {
  const std::string token = session_token(request);
  if (response.status == 401 || token.empty()) return;
  // Only sign-in's own routes (extend, sign out) change a session after finding it, and they do not
  // go through session_of; a session found for this request is still as it was found.
  if (services.request_session && services.request_session->token == token) {
    response.headers["Session-Expires-At"] = std::to_string(services.request_session->expires_at);
    return;
  }
  if (const auto expires_at = services.sign_in.expires_at(token, services.now()))
    response.headers["Session-Expires-At"] = std::to_string(*expires_at);
}

std::optional<Response> route(PortalServices& services, const Request& request) {
  const std::string& path = request.path;
  const bool post = request.method == "POST", get = request.method == "GET";
  if (path == "/api/v1/config" && get) return config(services);
  if (path == "/api/v1/auth/captcha" && post) return new_captcha(services);
  if (path == "/api/v1/auth/sign-in" && post) return sign_in(services, request);
  if (path == "/api/v1/auth/verify-code" && post) return verify_code(services, request);
  if (path == "/api/v1/auth/resend-code" && post) return resend_code(services, request);
  if (path == "/api/v1/auth/session/extend" && post) return extend_session(services, request);
  if (path == "/api/v1/auth/security-code" && post) return security_code(services, request);
  if (path == "/api/v1/auth/session" && get) return current_session(services, request);
  if (path == "/api/v1/auth/sign-out" && post) return sign_out(services, request);
  if (path == "/api/v1/establishment" && get) return establishment_profile(services, request);
  if (auto batches = route_renewal_batches(services, request)) return batches;
  if (path == "/api/v1/iqama-renewals/quote" && post) return quote_renewal(services, request);
  if (path == "/api/v1/iqama-renewals" && post) return submit_renewal(services, request);
  if (path.rfind("/api/v1/iqama-renewals/", 0) == 0 && get)
    return renewal_document(services, request, path.substr(23));
  if (path.rfind("/api/v1/public/verifications/", 0) == 0 && get)
    return verify_document(services, path.substr(29));
  if (path == "/api/v1/residents" && get) return residents_list(services, request);
  if (path.rfind("/api/v1/residents/", 0) == 0 && get)
    return resident_file(services, request, path.substr(18));
  if (path.rfind("/api/v1/lookups/", 0) == 0 && get) {
    if (const auto which = store::lookup_named(path.substr(16))) return lookups(services, *which);
  }
  if (auto tawasul = route_tawasul(services, request)) return tawasul;
  if (auto users = route_users(services, request)) return users;
  if (auto public_request = route_public_requests(services, request)) return public_request;
  if (path == "/api/v1/demo/outbox" && get && services.demo) return demo_outbox(services);
  if (auto report = route_resident_reports(services, request)) return report;
  if (auto report = route_reports(services, request)) return report;
  if (auto transaction = route_transactions(services, request)) return transaction;
  return route_visas(services, request);
}

}  // namespace

std::optional<Response> handle_api(PortalServices& services, const Request& request) {
  services.request_session.reset();
  try {
    // A request that only reads takes the store's locks once, and sees one state throughout.
    std::optional<store::Database::ReadScope> reading;
    if (request.method == "GET") reading.emplace(services.db);
    // Before anything is looked at or done: a cross-site request, or the cookie without the app.
    if (auto refused = refuse_cross_site(request)) return refused;
    auto response = route(services, request);
    if (response) add_session_expiry(services, request, *response);
    return response;
  } catch (const store::StoreError& failure) {
    // The caller learns only that it failed; whoever runs the server needs the reason.
    std::fprintf(stderr, "muqeem-portal: %s %s: the store failed: %s\n", request.method.c_str(),
                 request.path.c_str(), failure.message.c_str());
    return problem(500, "store-failure",
                   {"تعذر إكمال الطلب، حاول مرة أخرى", "The request could not be completed; try again"});
  } catch (const std::exception& failure) {  // e.g. out of memory, or a JSON value of an unexpected type
    std::fprintf(stderr, "muqeem-portal: %s %s: %s\n", request.method.c_str(), request.path.c_str(),
                 failure.what());
    return problem(500, "server-failure",
                   {"تعذر إكمال الطلب، حاول مرة أخرى", "The request could not be completed; try again"});
  }
}

}  // namespace muqeem::portal
