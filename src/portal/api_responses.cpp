#include "portal/api_responses.h"

#include "portal/session_cookie.h"

#include "domain/hijri_date.h"

namespace muqeem::portal {

using nlohmann::json;

domain::CivilDate riyadh_today(int64_t now) {
  return domain::CivilDate::from_days(static_cast<long>((now + kRiyadhUtcOffset) / 86400));
}

int64_t riyadh_midnight(const domain::CivilDate& date) {
  return date.days_since_1970() * int64_t{86400} - kRiyadhUtcOffset;
}

std::string hijri_iso(const domain::CivilDate& date) {
  const auto hijri = domain::HijriDate::from_civil(date);
  return hijri ? hijri->iso() : "";
}

Response json_response(int status, const json& body) {
  Response response;
  response.status = status;
  response.headers["Content-Type"] = "application/json";
  response.headers["Cache-Control"] = "no-store";
  response.body = body.dump();
  return response;
}

api::Problem problem_of(int status, const char* slug, api::Bilingual title,
                        std::vector<api::FieldError> errors) {
  return {std::string("https://muqeem.example/problems/") + slug,
          status,
          std::move(title),
          std::move(errors),
          std::nullopt,
          std::nullopt};
}

Response problem_response(const api::Problem& problem) {
  Response response = json_response(problem.status, problem);
  response.headers["Content-Type"] = "application/problem+json";
  return response;
}

Response problem(int status, const char* slug, api::Bilingual title, std::vector<api::FieldError> errors) {
  return problem_response(problem_of(status, slug, std::move(title), std::move(errors)));
}

Response unauthorised() {
  Response response =
      problem(401, "session-required",
              {"انتهت الجلسة أو لم تسجل الدخول", "Your session ended or you are not signed in"});
  response.headers["WWW-Authenticate"] = "Bearer";
  return response;
}

Response malformed() {
  return problem(400, "malformed-request", {"الطلب غير صالح", "The request is not valid JSON"});
}

Response invalid_fields(std::vector<api::FieldError> errors) {
  return problem(400, "invalid-fields", {"تحقق من الحقول المطلوبة", "Check the required fields"},
                 std::move(errors));
}

Response invalid_iqama_number() {
  return problem(400, "invalid-iqama-number", {"رقم الإقامة غير صحيح", "The iqama number is not valid"},
                 {{"iqamaNumber",
                   {"رقم الإقامة عشرة أرقام يبدأ بـ 2", "An iqama number is ten digits starting with 2"}}});
}

Response resident_not_found() {
  return problem(404, "resident-not-found",
                 {"لا يوجد مقيم بهذا الرقم في منشأتك", "No resident with this number in your establishment"});
}

std::optional<json> body_of(const Request& request) {
  json body = json::parse(request.body, nullptr, /*allow_exceptions=*/false);
  if (body.is_discarded() || !body.is_object()) return std::nullopt;
  return body;
}

std::optional<auth::Session> session_of(PortalServices& services, const Request& request) {
  const std::string token = session_token(request);  // the bearer token or the browser's cookie
  if (token.empty()) return std::nullopt;
  services.request_session = services.sign_in.session(token, services.now());
  return services.request_session;
}

}  // namespace muqeem::portal
