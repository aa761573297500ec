#include "api/public_request_dto.h"

#include <nlohmann/json.hpp>

#include "api/json_fields.h"
#include "api/text_fields.h"

namespace muqeem::api {

using fields::read;
using fields::required_text;
using nlohmann::json;

void to_json(json& j, const SubscriptionRequest& value) {
  j = {{"companyName", value.company_name},
       {"applicantName", value.applicant_name},
       {"city", value.city},
       {"mobile", value.mobile},
       {"email", value.email},
       {"package", value.package}};
}
void to_json(json& j, const SubscriptionReceipt& value) {
  j = {{"requestNumber", value.request_number},
       {"companyName", value.company_name},
       {"city", value.city},
       {"package", value.package},
       {"maskedMobile", value.masked_mobile},
       {"createdOn", value.created_on}};
}
void to_json(json& j, const RegistrationStart& value) {
  j = {{"registrationType", value.registration_type},
       {"establishmentType", value.establishment_type},
       {"idType", value.id_type},
       {"idNumber", value.id_number},
       {"birthDate", value.birth_date},
       {"mobile", value.mobile}};
}
void to_json(json& j, const RegistrationChallenge& value) {
  j = {{"registrationId", value.registration_id},
       {"maskedMobile", value.masked_mobile},
       {"expiresAt", value.expires_at},
       {"attemptsLeft", value.attempts_left}};
}
void to_json(json& j, const RegistrationConfirmation& value) {
  j = {{"code", value.code}, {"captchaId", value.captcha_id}, {"captchaAnswer", value.captcha_answer}};
}
void to_json(json& j, const RegistrationReceipt& value) {
  j = {{"requestNumber", value.request_number},
       {"registrationType", value.registration_type},
       {"establishmentType", value.establishment_type},
       {"maskedIdNumber", value.masked_id_number},
       {"createdOn", value.created_on}};
}

std::optional<SubscriptionReceipt> read_subscription_receipt(const json& body) {
  SubscriptionReceipt value;
  if (!read(body, "requestNumber", value.request_number) || !read(body, "companyName", value.company_name) ||
      !read(body, "city", value.city) || !read(body, "package", value.package) ||
      !read(body, "maskedMobile", value.masked_mobile) || !read(body, "createdOn", value.created_on))
    return std::nullopt;
  return value;
}

std::optional<RegistrationChallenge> read_registration_challenge(const json& body) {
  RegistrationChallenge value;
  if (!read(body, "registrationId", value.registration_id) ||
      !read(body, "maskedMobile", value.masked_mobile) || !read(body, "expiresAt", value.expires_at) ||
      !read(body, "attemptsLeft", value.attempts_left))
    return std::nullopt;
  return value;
}

std::optional<RegistrationReceipt> read_registration_receipt(const json& body) {
  RegistrationReceipt value;
  if (!read(body, "requestNumber", value.request_number) ||
      !read(body, "registrationType", value.registration_type) ||
      !read(body, "establishmentType", value.establishment_type) ||
      !read(body, "maskedIdNumber", value.masked_id_number) || !read(body, "createdOn", value.created_on))
    return std::nullopt;
  return value;
}

std::optional<SubscriptionRequest> read_subscription_request(const json& body,
                                                             std::vector<FieldError>& errors) {
  SubscriptionRequest request;
  request.company_name =
      fields::checked_text(body, "companyName", {"اسم المنشأة", "The company's name"}, {150}, errors);
  request.applicant_name =
      fields::checked_text(body, "applicantName", {"اسم مقدم الطلب", "The applicant's name"}, {100}, errors);
  request.city = required_text(body, "city", {"مدينة الفرع الرئيسي", "The main branch's city"}, errors);
  request.mobile = required_text(body, "mobile", {"رقم الجوال", "The mobile number"}, errors);
  request.email =
      fields::checked_text(body, "email", {"البريد الإلكتروني", "The e-mail address"}, {254}, errors);
  request.package = required_text(body, "package", {"الباقة", "The package"}, errors);
  if (!errors.empty()) return std::nullopt;
  return request;
}

std::optional<RegistrationStart> read_registration_start(const json& body, std::vector<FieldError>& errors) {
  RegistrationStart request{
      required_text(body, "registrationType", {"نوع الطلب", "The request type"}, errors),
      required_text(body, "establishmentType", {"نوع المنشأة", "The establishment type"}, errors),
      required_text(body, "idType", {"نوع الهوية", "The ID type"}, errors),
      required_text(body, "idNumber", {"رقم الهوية", "The ID number"}, errors),
      required_text(body, "birthDate", {"تاريخ الميلاد", "The date of birth"}, errors),
      required_text(body, "mobile", {"رقم الجوال", "The mobile number"}, errors)};
  if (!errors.empty()) return std::nullopt;
  return request;
}

std::optional<RegistrationConfirmation> read_registration_confirmation(const json& body,
                                                                       std::vector<FieldError>& errors) {
  RegistrationConfirmation request{
      required_text(body, "code", {"رمز التحقق", "The verification code"}, errors),
      required_text(body, "captchaId", {"رمز التحقق المرئي", "The visual code"}, errors),
      required_text(body, "captchaAnswer", {"رمز التحقق المرئي", "The visual code"}, errors)};
  if (!errors.empty()) return std::nullopt;
  return request;
}

}  // namespace muqeem::api
