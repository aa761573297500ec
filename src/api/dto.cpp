#include "api/dto.h"

#include <nlohmann/json.hpp>

namespace muqeem::api {

void to_json(nlohmann::json& j, const Bilingual& value) {
  j = {{"ar", value.ar}, {"en", value.en}};
}
void to_json(nlohmann::json& j, const FieldError& value) {
  j = {{"field", value.field}, {"message", value.message}};
}
void to_json(nlohmann::json& j, const Problem& value) {
  j = {{"type", value.type}, {"status", value.status}, {"title", value.title}};
  if (!value.errors.empty()) j["errors"] = value.errors;
}
void to_json(nlohmann::json& j, const Coded& value) {
  j = {{"code", value.code}, {"ar", value.ar}, {"en", value.en}};
}
void to_json(nlohmann::json& j, const CaptchaResponse& value) {
  j = {{"captchaId", value.captcha_id}, {"imageSvg", value.image_svg}, {"expiresAt", value.expires_at}};
}
void to_json(nlohmann::json& j, const CodeChallengeResponse& value) {
  j = {{"challengeId", value.challenge_id},
       {"maskedMobile", value.masked_mobile},
       {"expiresAt", value.expires_at}};
}
void to_json(nlohmann::json& j, const SessionResponse& value) {
  j = {{"token", value.token}, {"expiresAt", value.expires_at}};
}
void to_json(nlohmann::json& j, const ResidentSummary& value) {
  j = {{"iqamaNumber", value.iqama_number}, {"name", value.name},
       {"nationality", value.nationality},  {"occupation", value.occupation},
       {"iqamaExpiry", value.iqama_expiry}, {"status", value.status}};
}
void to_json(nlohmann::json& j, const ResidentPage& value) {
  j = {{"content", value.content},
       {"page", value.page},
       {"size", value.size},
       {"totalElements", value.total_elements}};
}

namespace {

// A required, non-empty string field; otherwise a bilingual error naming it.
std::string required_text(const nlohmann::json& body, const char* field, const Bilingual& label,
                          std::vector<FieldError>& errors) {
  const auto found = body.is_object() ? body.find(field) : body.end();
  if (found == body.end() || !found->is_string() || found->get<std::string>().empty()) {
    errors.push_back({field, {label.ar + " مطلوب", label.en + " is required"}});
    return {};
  }
  return found->get<std::string>();
}

}  // namespace

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

}  // namespace muqeem::api
