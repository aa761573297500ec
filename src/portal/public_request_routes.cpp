#include "portal/public_request_routes.h"

#include "api/public_request_dto.h"
#include "domain/digits.h"
#include "domain/identifiers.h"
#include "domain/mobile.h"
#include "domain/text_checks.h"
#include "portal/api_responses.h"
#include "portal/auth/secrets.h"
#include "portal/establishment_routes.h"
#include "portal/public_limits.h"
#include "portal/store/public_requests.h"
#include "portal/store/residents.h"

namespace muqeem::portal {
namespace {

constexpr std::string_view kRegistrations = "/api/v1/public/registrations";
constexpr int64_t kRegistrationCodeSeconds = 5 * 60;
constexpr int kRegistrationCodeAttempts = 3;

api::Coded coded(const store::CodedRow& row) {
  return {row.code, row.ar, row.en};
}

api::FieldError mobile_error() {
  return {"mobile",
          {"رقم الجوال السعودي يبدأ بـ 05 ويتكون من 10 أرقام",
           "A Saudi mobile number is 05 followed by 8 digits"}};
}

Response subscription_request(PortalServices& services, const Request& request) {
  const std::string address = limits::address_of(request);
  if (auto spent = limits::refuse_if_spent(services, {{limits::kSubscriptionsPerAddress, address}}))
    return std::move(*spent);
  const auto body = body_of(request);
  if (!body) return malformed();
  std::vector<api::FieldError> errors;
  const auto fields = api::read_subscription_request(*body, errors);
  if (!fields) return invalid_fields(std::move(errors));
  if (!domain::is_name(fields->company_name))
    errors.push_back({"companyName",
                      {"اسم المنشأة يتكون من حروف وأرقام فقط",
                       "The company's name may hold letters, digits and . - ' & ( ) , / only"}});
  if (!domain::is_name(fields->applicant_name))
    errors.push_back(
        {"applicantName",
         {"اسم مقدم الطلب يتكون من حروف فقط", "The applicant's name may hold letters and . - ' only"}});
  const auto city = store::find_lookup(services.db, store::Lookup::Cities, fields->city);
  if (!city)
    errors.push_back(
        {"city", {"اختر مدينة الفرع الرئيسي من القائمة", "Choose the main branch's city from the list"}});
  const auto mobile = domain::SaudiMobile::parse(fields->mobile);
  if (!mobile) errors.push_back(mobile_error());
  if (!domain::is_email_address(fields->email))
    errors.push_back({"email",
                      {"البريد الإلكتروني غير صحيح، مثل name@example.sa",
                       "The e-mail address is not valid, e.g. name@example.sa"}});
  if (fields->package != "comprehensive" && fields->package != "transactions")
    errors.push_back(
        {"package", {"اختر الباقة: شامل أو المعاملات", "Choose the package: comprehensive or transactions"}});
  if (!errors.empty()) return invalid_fields(std::move(errors));
  if (auto spent = limits::refuse_if_spent(services, {{limits::kSubscriptionsPerMobile, mobile->e164()}}))
    return std::move(*spent);

  const int64_t now = services.now();
  const std::string number =
      store::record_subscription_request(services.db,
                                         {fields->company_name, fields->applicant_name, city->code,
                                          mobile->e164(), fields->email, fields->package},
                                         now);
  return json_response(
      201, api::SubscriptionReceipt{number, fields->company_name, coded(*city), package_of(fields->package),
                                    auth::masked_mobile(mobile->e164()), riyadh_today(now).iso()});
}

Response start_registration(PortalServices& services, const Request& request) {
  if (auto spent = limits::refuse_if_spent(services,
                                           {{limits::kRegistrationsPerAddress, limits::address_of(request)}}))
    return std::move(*spent);
  const auto body = body_of(request);
  if (!body) return malformed();
  std::vector<api::FieldError> errors;
  const auto fields = api::read_registration_start(*body, errors);
  if (!fields) return invalid_fields(std::move(errors));
  if (!store::find_lookup(services.db, store::Lookup::RegistrationTypes, fields->registration_type))
    errors.push_back(
        {"registrationType", {"اختر نوع الطلب من القائمة", "Choose the request type from the list"}});
  if (!store::find_lookup(services.db, store::Lookup::EstablishmentTypes, fields->establishment_type))
    errors.push_back({"establishmentType",
                      {"اختر نوع المنشأة من القائمة", "Choose the establishment type from the list"}});
  const bool citizen = fields->id_type == "national-id";
  if (!citizen && fields->id_type != "iqama")
    errors.push_back(
        {"idType", {"اختر نوع الهوية: هوية وطنية أو إقامة", "Choose the ID type: national ID or iqama"}});
  const auto id = domain::IqamaNumber::parse(fields->id_number);
  if (!id || (citizen && !id->is_citizen()) || (fields->id_type == "iqama" && id->is_citizen())) {
    errors.push_back({"idNumber", citizen
                                      ? api::Bilingual{"رقم الهوية الوطنية عشرة أرقام يبدأ بـ 1",
                                                       "A national ID number is ten digits starting with 1"}
                                      : api::Bilingual{"رقم الإقامة عشرة أرقام يبدأ بـ 2",
                                                       "An iqama number is ten digits starting with 2"}});
  }
  const auto birth = domain::CivilDate::parse(fields->birth_date);
  if (!birth || !(*birth < riyadh_today(services.now())))
    errors.push_back(
        {"birthDate",
         {"تاريخ الميلاد غير صحيح (سنة-شهر-يوم)", "The date of birth is not a past date (YYYY-MM-DD)"}});
  const auto mobile = domain::SaudiMobile::parse(fields->mobile);
  if (!mobile) errors.push_back(mobile_error());
  if (!errors.empty()) return invalid_fields(std::move(errors));
  if (auto spent = limits::refuse_if_spent(services, {{limits::kRegistrationsPerMobile, mobile->e164()},
                                                      {limits::kRegistrationsPerIdNumber, id->digits()}}))
    return std::move(*spent);
  if (!services.sms) {
    return problem(
        503, "sms-unavailable",
        {"خدمة الرسائل غير متاحة مؤقتًا", "Text messages cannot be sent at the moment; try again later"});
  }

  const int64_t now = services.now();
  const std::string code = auth::random_digits(6);
  const store::RegistrationEntry entry{auth::random_token(),
                                       fields->registration_type,
                                       fields->establishment_type,
                                       fields->id_type,
                                       id->digits(),
                                       birth->iso(),
                                       mobile->e164(),
                                       auth::digest(code),
                                       now + kRegistrationCodeSeconds,
                                       kRegistrationCodeAttempts};
  store::Database::Transaction transaction(services.db);
  store::record_registration(services.db, entry, now);
  services.sms->send(mobile->e164(), auth::with_code(services.registration_message, code), now);
  transaction.commit();
  return json_response(201, api::RegistrationChallenge{entry.id, auth::masked_mobile(mobile->e164()),
                                                       entry.expires_at, kRegistrationCodeAttempts});
}

Response confirm_registration(PortalServices& services, const Request& request, const std::string& id) {
  if (auto spent = limits::refuse_if_spent(services,
                                           {{limits::kConfirmationsPerAddress, limits::address_of(request)}}))
    return std::move(*spent);
  const auto body = body_of(request);
  if (!body) return malformed();
  std::vector<api::FieldError> errors;
  const auto fields = api::read_registration_confirmation(*body, errors);
  if (!fields) return invalid_fields(std::move(errors));
  const int64_t now = services.now();
  if (!services.sign_in.use_captcha(fields->captcha_id, fields->captcha_answer, now)) {
    return problem(
        400, "wrong-captcha", {"رمز التحقق المرئي غير صحيح", "The visual code is not right"},
        {{"captchaAnswer", {"أعد كتابة الرمز الظاهر في الصورة", "Type the code shown in the new image"}}});
  }
  const auto pending = store::find_pending_registration(services.db, id);
  if (!pending || pending->attempts_left <= 0) {
    return problem(400, "registration-unusable",
                   {"لم يعد طلب التسجيل هذا صالحًا، ابدأ من جديد",
                    "This registration can no longer continue; start again"});
  }
  if (pending->expires_at < now) {
    return problem(400, "code-expired",
                   {"انتهت صلاحية رمز التحقق، ابدأ التسجيل من جديد",
                    "The code has expired; start the registration again"});
  }
  const auto typed = domain::western_digits(fields->code);
  if (!typed || auth::digest(*typed) != pending->code_hash) {
    store::spend_registration_attempt(services.db, id);
    const int left = pending->attempts_left - 1;
    api::Problem wrong = problem_of(
        400, "wrong-code", {"رمز التحقق غير صحيح", "The verification code is not right"},
        {{"code",
          {"المحاولات المتبقية: " + std::to_string(left), "Attempts left: " + std::to_string(left)}}});
    wrong.attempts_left = left;
    return problem_response(wrong);
  }
  const std::string number = store::submit_registration(services.db, id, now);
  const auto type =
      store::find_lookup(services.db, store::Lookup::RegistrationTypes, pending->registration_type);
  const auto kind =
      store::find_lookup(services.db, store::Lookup::EstablishmentTypes, pending->establishment_type);
  if (!type || !kind) throw store::StoreError{"a registration's coded values have gone"};
  return json_response(201, api::RegistrationReceipt{number, coded(*type), coded(*kind),
                                                     std::string(6, '*') + pending->id_number.substr(6),
                                                     riyadh_today(now).iso()});
}

}  // namespace

std::optional<Response> route_public_requests(PortalServices& services, const Request& request) {
  const std::string& path = request.path;
  if (request.method != "POST") return std::nullopt;
  if (path == "/api/v1/public/subscription-requests") return subscription_request(services, request);
  if (path == kRegistrations) return start_registration(services, request);
  const std::string suffix = "/confirmation";
  if (path.rfind(kRegistrations, 0) == 0 && path.size() > kRegistrations.size() + 1 + suffix.size() &&
      path[kRegistrations.size()] == '/' && path.substr(path.size() - suffix.size()) == suffix) {
    return confirm_registration(
        services, request,
        path.substr(kRegistrations.size() + 1, path.size() - kRegistrations.size() - 1 - suffix.size()));
  }
  return std::nullopt;
}

}  // namespace muqeem::portal
