#include "portal/user_routes.h"

#include "api/user_dto.h"
#include "domain/identifiers.h"
#include "domain/text_checks.h"
#include "portal/api_responses.h"
#include "portal/auth/activation.h"
#include "portal/public_limits.h"
#include "portal/service_support.h"
#include "portal/store/users.h"
#include "portal/transaction.h"

namespace muqeem::portal {
namespace {

using nlohmann::json;

constexpr std::string_view kUsers = "/api/v1/users";

api::UserSummary summary_of(const store::UserRow& user) {
  api::UserSummary summary{user.username,
                           {user.name_ar, user.name_en},
                           user.email,
                           auth::masked_mobile(user.mobile),
                           user.primary,
                           user.status == "active"
                               ? api::Coded{"active", "نشط", "Active"}
                               : api::Coded{user.status, "بانتظار التفعيل", "Waiting for activation"},
                           {}};
  for (const auto& p : user.permissions) summary.permissions.push_back({p.code, p.ar, p.en});
  return summary;
}

Response user_not_found() {
  return problem(404, "user-not-found",
                 {"لا يوجد مستخدم بهذا الاسم في منشأتك", "No user of this name in your establishment"});
}

Response sms_unavailable() {
  return problem(
      503, "sms-unavailable",
      {"خدمة الرسائل غير متاحة مؤقتًا", "Text messages cannot be sent at the moment; try again later"});
}

// The person an ID number and date of birth belong to, when they match the national records and the
// person has no account yet; the problem to answer otherwise.
domain::Result<store::CivilRecord, Response> verify_person(PortalServices& services,
                                                           const std::string& id_text,
                                                           const std::string& birth_text) {
  std::vector<api::FieldError> errors;
  const auto id = domain::IqamaNumber::parse(id_text);
  if (!id) {
    errors.push_back({"idNumber",
                      {"رقم الهوية أو الإقامة عشرة أرقام يبدأ بـ 1 أو 2",
                       "An ID or iqama number is ten digits starting with 1 or 2"}});
  }
  const auto birth = domain::CivilDate::parse(birth_text);
  if (!birth || !(*birth < riyadh_today(services.now()))) {
    errors.push_back(
        {"birthDate",
         {"تاريخ الميلاد غير صحيح (سنة-شهر-يوم)", "The date of birth is not a past date (YYYY-MM-DD)"}});
  }
  if (!errors.empty()) return invalid_fields(std::move(errors));
  const auto person = store::find_civil_record(services.db, id->digits());
  if (!person || person->birth_date != birth->iso()) {
    return problem(
        422, "person-not-verified",
        {"رقم الهوية وتاريخ الميلاد لا يتطابقان مع السجلات الوطنية",
         "The ID number and date of birth do not match the national records"},
        {{"idNumber", {"تحقق من رقم الهوية وتاريخ الميلاد", "Check the ID number and the date of birth"}},
         {"birthDate", {"تحقق من رقم الهوية وتاريخ الميلاد", "Check the ID number and the date of birth"}}});
  }
  if (store::is_user(services.db, person->id_number)) {
    return problem(409, "already-a-user",
                   {"لصاحب هذه الهوية حساب في مقيم بالفعل", "This person already has a Muqeem account"},
                   {{"idNumber", {"لصاحب هذه الهوية حساب بالفعل", "This person already has an account"}}});
  }
  return *person;
}

// Every code names a permission of the table; an unknown one is a field error.
bool known_permissions(PortalServices& services, const std::vector<std::string>& codes,
                       std::vector<api::FieldError>& errors) {
  for (const auto& code : codes) {
    if (!store::find_permission(services.db, code)) {
      errors.push_back({"permissions",
                        {"صلاحية غير معروفة: اختر من القائمة", "A permission is not one of those offered"}});
      return false;
    }
  }
  return true;
}

Response list_users(PortalServices& services, const Request& request, const auth::Session& session) {
  if (auto refused = refuse_unpermitted(services, session, "users")) return std::move(*refused);
  const Paging paging = paging_of(request, 100);
  const auto found = store::list_users(services.db, session.establishment_id, paging.page, paging.size);
  api::UserPage page{{}, paging.page, paging.size, found.total_elements};
  for (const auto& row : found.rows) page.content.push_back(summary_of(row));
  return json_response(200, page);
}

Response verify_user(PortalServices& services, const Request& request, const auth::Session& session) {
  if (auto refused = refuse_unpermitted(services, session, "users")) return std::move(*refused);
  const auto body = body_of(request);
  if (!body) return malformed();
  std::vector<api::FieldError> errors;
  const auto fields = api::read_person_check(*body, errors);
  if (!fields) return invalid_fields(std::move(errors));
  const auto person = verify_person(services, fields->id_number, fields->birth_date);
  if (!person) return person.error();
  return json_response(
      200, api::VerifiedPerson{
               person->id_number, {person->name_ar, person->name_en}, auth::masked_mobile(person->mobile)});
}

Response add_user(PortalServices& services, const Request& request, const auth::Session& session) {
  const auto body = body_of(request);
  if (!body) return malformed();
  std::vector<api::FieldError> errors;
  auto fields = api::read_new_user(*body, errors);
  if (fields && !domain::is_email_address(fields->email))
    errors.push_back({"email",
                      {"البريد الإلكتروني غير صحيح، مثل name@example.sa",
                       "The e-mail address is not valid, e.g. name@example.sa"}});
  if (fields) known_permissions(services, fields->permissions, errors);
  if (!errors.empty()) return invalid_fields(std::move(errors));
  if (!services.sms) return sms_unavailable();

  std::optional<store::CivilRecord> person;
  const auto refusal = [&]() -> std::optional<Response> {
    auto verified = verify_person(services, fields->id_number, fields->birth_date);
    if (!verified) return verified.error();
    person = std::move(*verified);
    return std::nullopt;
  };
  const auto apply = [&]() -> AppliedChange {
    const int64_t now = services.now();
    const int64_t id =
        store::add_pending_user(services.db, session.establishment_id, *person, fields->email, now);
    store::set_permissions(services.db, id, fields->permissions);
    auth::send_activation_code(services.db, *services.sms, {.message = services.activation_message}, id,
                               person->mobile, now);
    const auto added = store::find_user(services.db, session.establishment_id, person->id_number);
    if (!added) throw store::StoreError{"a user just added cannot be read"};
    return {json_response(201, summary_of(*added)), "added " + person->id_number};
  };
  const json fingerprint = {{"idNumber", fields->id_number},
                            {"birthDate", fields->birth_date},
                            {"email", fields->email},
                            {"permissions", fields->permissions}};
  return run_transaction(services, request,
                         {session, "user-add", fields->id_number, fingerprint, fields->security_code},
                         refusal, apply);
}

Response update_permissions(PortalServices& services, const Request& request, const auth::Session& session,
                            const std::string& username) {
  const auto body = body_of(request);
  if (!body) return malformed();
  std::vector<api::FieldError> errors;
  auto fields = api::read_permissions_update(*body, errors);
  if (fields) known_permissions(services, fields->permissions, errors);
  if (!errors.empty()) return invalid_fields(std::move(errors));

  std::optional<store::UserRow> user;
  const auto refusal = [&]() -> std::optional<Response> {
    user = store::find_user(services.db, session.establishment_id, username);
    if (!user) return user_not_found();
    if (user->primary) {
      return problem(422, "primary-user-permissions",
                     {"المستخدم الرئيسي يملك كل الصلاحيات ولا تُعدّل صلاحياته",
                      "The primary user holds every permission; theirs cannot be changed"});
    }
    return std::nullopt;
  };
  const auto apply = [&]() -> AppliedChange {
    store::set_permissions(services.db, user->id, fields->permissions);
    const auto updated = store::find_user(services.db, session.establishment_id, username);
    if (!updated) throw store::StoreError{"a user just updated cannot be read"};
    std::string granted;
    for (const auto& p : updated->permissions) granted += (granted.empty() ? "" : ",") + p.code;
    return {json_response(200, summary_of(*updated)), "permissions " + (granted.empty() ? "none" : granted)};
  };
  const json fingerprint = {{"username", username}, {"permissions", fields->permissions}};
  return run_transaction(services, request,
                         {session, "user-permissions", username, fingerprint, fields->security_code}, refusal,
                         apply);
}

Response activate_user(PortalServices& services, const Request& request) {
  if (auto spent =
          limits::refuse_if_spent(services, {{limits::kActivationsPerAddress, limits::address_of(request)}}))
    return std::move(*spent);
  const auto body = body_of(request);
  if (!body) return malformed();
  std::vector<api::FieldError> errors;
  const auto fields = api::read_user_activation(*body, errors);
  if (!fields) return invalid_fields(std::move(errors));
  const auto result = auth::activate(services.db, fields->username, fields->activation_code, fields->password,
                                     services.now());
  if (result) return json_response(200, api::ActivatedUser{fields->username});
  switch (result.error().error) {
    case auth::ActivationError::Wrong: {
      const std::string left = std::to_string(result.error().attempts_left);
      return problem(400, "wrong-activation-code",
                     {"رمز التفعيل غير صحيح", "The activation code is not right"},
                     {{"activationCode",
                       {"رمز التفعيل غير صحيح؛ المحاولات المتبقية: " + left,
                        "The code is not right; attempts left: " + left}}});
    }
    case auth::ActivationError::WeakPassword:
      return invalid_fields(
          {{"password",
            {"كلمة المرور من 8 إلى 128 حرفًا فيها حروف وأرقام ولا تتضمن اسم المستخدم",
             "Use 8 to 128 characters with letters and digits, not containing your username"}}});
    case auth::ActivationError::Expired:
      return problem(
          400, "activation-code-expired",
          {"انتهت صلاحية رمز التفعيل، اطلب من المستخدم الرئيسي لمنشأتك رمزًا جديدًا",
           "The activation code has expired; ask your establishment's primary user for a new one"});
    case auth::ActivationError::Unknown:
    case auth::ActivationError::NoAttemptsLeft:
      break;
  }
  return problem(400, "activation-unusable",
                 {"لا يمكن تفعيل الحساب بهذا الرمز، اطلب من المستخدم الرئيسي لمنشأتك رمزًا جديدًا",
                  "The account cannot be activated with this code; ask your establishment's primary user for "
                  "a new one"});
}

}  // namespace

std::optional<Response> route_users(PortalServices& services, const Request& request) {
  const std::string& path = request.path;
  const bool get = request.method == "GET", post = request.method == "POST";
  if (path == "/api/v1/public/user-activations" && post) return activate_user(services, request);
  if (path.rfind(kUsers, 0) != 0) return std::nullopt;
  const std::string rest = path.substr(kUsers.size());
  const bool permissions =
      rest.size() > 13 && rest[0] == '/' && rest.substr(rest.size() - 12) == "/permissions";
  if (!(rest.empty() && (get || post)) && !(rest == "/verification" && post) &&
      !(permissions && request.method == "PUT"))
    return std::nullopt;
  const auto session = session_of(services, request);
  if (!session) return unauthorised();
  if (rest.empty())
    return get ? list_users(services, request, *session) : add_user(services, request, *session);
  if (rest == "/verification") return verify_user(services, request, *session);
  return update_permissions(services, request, *session, rest.substr(1, rest.size() - 13));
}

}  // namespace muqeem::portal
