#include "api/dto.h"

#include <nlohmann/json.hpp>

#include "api/json_fields.h"

namespace muqeem::api {

// The shapes in every row of a list (a resident's name, nationality, occupation) are built member by
// member: an initializer list first builds each member as a two-element array, an allocation more per
// member, and these run for every row of every list.
void to_json(nlohmann::json& j, const Bilingual& value) {
  j = nlohmann::json::object();
  j["ar"] = value.ar;
  j["en"] = value.en;
}
void to_json(nlohmann::json& j, const FieldError& value) {
  j = {{"field", value.field}, {"message", value.message}};
}
void to_json(nlohmann::json& j, const Problem& value) {
  j = {{"type", value.type}, {"status", value.status}, {"title", value.title}};
  if (!value.errors.empty()) j["errors"] = value.errors;
  if (value.attempts_left) j["attemptsLeft"] = *value.attempts_left;
  if (value.resend_available_at) j["resendAvailableAt"] = *value.resend_available_at;
}
void to_json(nlohmann::json& j, const Coded& value) {
  j = nlohmann::json::object();
  j["code"] = value.code;
  j["ar"] = value.ar;
  j["en"] = value.en;
}
void to_json(nlohmann::json& j, const ConfigResponse& value) {
  j = {{"apiVersion", value.api_version}, {"date", value.date}, {"hijriDate", value.hijri_date}};
}
void to_json(nlohmann::json& j, const CaptchaResponse& value) {
  j = {{"captchaId", value.captcha_id}, {"imageSvg", value.image_svg}, {"expiresAt", value.expires_at}};
}
void to_json(nlohmann::json& j, const CodeChallengeResponse& value) {
  j = {{"challengeId", value.challenge_id},
       {"maskedMobile", value.masked_mobile},
       {"expiresAt", value.expires_at},
       {"attemptsLeft", value.attempts_left},
       {"resendAvailableAt", value.resend_available_at},
       {"resendsLeft", value.resends_left}};
}
void to_json(nlohmann::json& j, const SessionResponse& value) {
  // The browser app's session is in a cookie: its answer has no token.
  j = {{"expiresAt", value.expires_at}};
  if (!value.token.empty()) j["token"] = value.token;
}
void to_json(nlohmann::json& j, const SessionExpiry& value) {
  j = {{"expiresAt", value.expires_at}};
}
void to_json(nlohmann::json& j, const SecurityCodeResponse& value) {
  j = {
      {"operation", value.operation}, {"maskedMobile", value.masked_mobile}, {"expiresAt", value.expires_at}};
}
void to_json(nlohmann::json& j, const ResidentSummary& value) {
  j = nlohmann::json::object();
  j["iqamaNumber"] = value.iqama_number;
  j["name"] = value.name;
  j["nationality"] = value.nationality;
  j["occupation"] = value.occupation;
  j["iqamaExpiry"] = value.iqama_expiry;
  j["status"] = value.status;
}
void to_json(nlohmann::json& j, const ResidentPage& value) {
  j = fields::page_json(value);
}

void to_json(nlohmann::json& j, const SignInRequest& value) {
  j = {{"username", value.username},
       {"password", value.password},
       {"captchaId", value.captcha_id},
       {"captchaAnswer", value.captcha_answer}};
}
void to_json(nlohmann::json& j, const VerifyCodeRequest& value) {
  j = {{"challengeId", value.challenge_id}, {"code", value.code}};
}
void to_json(nlohmann::json& j, const ResendCodeRequest& value) {
  j = {{"challengeId", value.challenge_id}};
}
void to_json(nlohmann::json& j, const SecurityCodeRequest& value) {
  j = {{"operation", value.operation}};
}

using fields::read;

std::optional<Problem> read_problem(const nlohmann::json& body) {
  Problem problem;
  if (!read(body, "type", problem.type) || !read(body, "status", problem.status) ||
      !read(body, "title", problem.title))
    return std::nullopt;
  const auto errors = body.find("errors");
  if (errors != body.end()) {
    if (!errors->is_array()) return std::nullopt;
    for (const auto& error : *errors) {
      FieldError field;
      if (!read(error, "field", field.field) || !read(error, "message", field.message)) return std::nullopt;
      problem.errors.push_back(std::move(field));
    }
  }
  // Optional members: absent is fine, another type is not what the contract promises.
  if (body.contains("attemptsLeft") && !read(body, "attemptsLeft", problem.attempts_left.emplace()))
    return std::nullopt;
  if (body.contains("resendAvailableAt") &&
      !read(body, "resendAvailableAt", problem.resend_available_at.emplace()))
    return std::nullopt;
  return problem;
}

std::optional<ConfigResponse> read_config(const nlohmann::json& body) {
  ConfigResponse value;
  if (!read(body, "apiVersion", value.api_version) || !read(body, "date", value.date) ||
      !read(body, "hijriDate", value.hijri_date))
    return std::nullopt;
  return value;
}

std::optional<CaptchaResponse> read_captcha(const nlohmann::json& body) {
  CaptchaResponse value;
  if (!read(body, "captchaId", value.captcha_id) || !read(body, "imageSvg", value.image_svg) ||
      !read(body, "expiresAt", value.expires_at))
    return std::nullopt;
  return value;
}

std::optional<CodeChallengeResponse> read_code_challenge(const nlohmann::json& body) {
  CodeChallengeResponse value;
  if (!read(body, "challengeId", value.challenge_id) || !read(body, "maskedMobile", value.masked_mobile) ||
      !read(body, "expiresAt", value.expires_at) || !read(body, "attemptsLeft", value.attempts_left) ||
      !read(body, "resendAvailableAt", value.resend_available_at) ||
      !read(body, "resendsLeft", value.resends_left))
    return std::nullopt;
  return value;
}

std::optional<SessionResponse> read_session(const nlohmann::json& body) {
  SessionResponse value;
  if (!read(body, "expiresAt", value.expires_at)) return std::nullopt;
  if (body.contains("token") && !read(body, "token", value.token)) return std::nullopt;
  return value;
}

std::optional<SessionExpiry> read_session_expiry(const nlohmann::json& body) {
  SessionExpiry value;
  if (!read(body, "expiresAt", value.expires_at)) return std::nullopt;
  return value;
}

std::optional<SecurityCodeResponse> read_security_code_response(const nlohmann::json& body) {
  SecurityCodeResponse value;
  if (!read(body, "operation", value.operation) || !read(body, "maskedMobile", value.masked_mobile) ||
      !read(body, "expiresAt", value.expires_at))
    return std::nullopt;
  return value;
}

bool read_resident_summary(const nlohmann::json& item, ResidentSummary& resident) {
  return read(item, "iqamaNumber", resident.iqama_number) && read(item, "name", resident.name) &&
         read(item, "nationality", resident.nationality) && read(item, "occupation", resident.occupation) &&
         read(item, "iqamaExpiry", resident.iqama_expiry) && read(item, "status", resident.status);
}

std::optional<ResidentPage> read_resident_page(const nlohmann::json& body) {
  ResidentPage page;
  if (!fields::read_page(body, page, read_resident_summary)) return std::nullopt;
  return page;
}

using fields::required_text;

std::optional<SignInRequest> read_sign_in(const nlohmann::json& body, std::vector<FieldError>& errors) {
  SignInRequest request{
      required_text(body, "username", {"اسم المستخدم", "Username"}, errors),
      required_text(body, "password", {"كلمة المرور", "Password"}, errors),
      required_text(body, "captchaId", {"رمز التحقق المرئي", "The visual code"}, errors),
      required_text(body, "captchaAnswer", {"رمز التحقق المرئي", "The visual code"}, errors)};
  if (!errors.empty()) return std::nullopt;
  return request;
}

std::optional<VerifyCodeRequest> read_verify_code(const nlohmann::json& body,
                                                  std::vector<FieldError>& errors) {
  VerifyCodeRequest request{required_text(body, "challengeId", {"طلب الدخول", "The sign-in request"}, errors),
                            required_text(body, "code", {"رمز التحقق", "The verification code"}, errors)};
  if (!errors.empty()) return std::nullopt;
  return request;
}

std::optional<ResendCodeRequest> read_resend_code(const nlohmann::json& body,
                                                  std::vector<FieldError>& errors) {
  ResendCodeRequest request{
      required_text(body, "challengeId", {"طلب الدخول", "The sign-in request"}, errors)};
  if (!errors.empty()) return std::nullopt;
  return request;
}

std::optional<SecurityCodeRequest> read_security_code_request(const nlohmann::json& body,
                                                              std::vector<FieldError>& errors) {
  SecurityCodeRequest request{required_text(body, "operation", {"المعاملة", "The transaction"}, errors)};
  if (!errors.empty()) return std::nullopt;
  return request;
}

}  // namespace muqeem::api

namespace muqeem::api {

std::optional<std::vector<Coded>> read_lookup(const nlohmann::json& body) {
  if (!body.is_array()) return std::nullopt;
  std::vector<Coded> items;
  for (const auto& item : body) {
    Coded coded;
    if (!item.is_object() || !read(item, "code", coded.code) || !read(item, "ar", coded.ar) ||
        !read(item, "en", coded.en))
      return std::nullopt;
    items.push_back(std::move(coded));
  }
  return items;
}

}  // namespace muqeem::api
