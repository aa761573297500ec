#include "api/user_dto.h"

#include <nlohmann/json.hpp>

#include "api/json_fields.h"
#include "api/text_fields.h"

namespace muqeem::api {

using fields::read;
using nlohmann::json;

void to_json(json& j, const UserSummary& value) {
  j = {{"username", value.username},          {"name", value.name},       {"email", value.email},
       {"maskedMobile", value.masked_mobile}, {"primary", value.primary}, {"status", value.status},
       {"permissions", value.permissions}};
}
void to_json(json& j, const UserPage& value) {
  j = fields::page_json(value);
}
void to_json(json& j, const PersonCheck& value) {
  j = {{"idNumber", value.id_number}, {"birthDate", value.birth_date}};
}
void to_json(json& j, const VerifiedPerson& value) {
  j = {{"idNumber", value.id_number}, {"name", value.name}, {"maskedMobile", value.masked_mobile}};
}
void to_json(json& j, const NewUser& value) {
  j = {{"idNumber", value.id_number},
       {"birthDate", value.birth_date},
       {"email", value.email},
       {"permissions", value.permissions},
       {"securityCode", value.security_code}};
}
void to_json(json& j, const PermissionsUpdate& value) {
  j = {{"permissions", value.permissions}, {"securityCode", value.security_code}};
}
void to_json(json& j, const UserActivation& value) {
  j = {{"username", value.username}, {"activationCode", value.activation_code}, {"password", value.password}};
}

void to_json(json& j, const ActivatedUser& value) {
  j = {{"username", value.username}};
}

std::optional<ActivatedUser> read_activated_user(const json& body) {
  ActivatedUser user;
  if (!read(body, "username", user.username)) return std::nullopt;
  return user;
}

std::optional<UserSummary> read_user(const json& body) {
  UserSummary user;
  if (!read(body, "username", user.username) || !read(body, "name", user.name) ||
      !read(body, "email", user.email) || !read(body, "maskedMobile", user.masked_mobile) ||
      !read(body, "primary", user.primary) || !read(body, "status", user.status))
    return std::nullopt;
  const auto permissions = body.find("permissions");
  if (permissions == body.end() || !permissions->is_array()) return std::nullopt;
  for (const auto& item : *permissions) {
    Coded permission;
    if (!read(item, "code", permission.code) || !read(item, "ar", permission.ar) ||
        !read(item, "en", permission.en))
      return std::nullopt;
    user.permissions.push_back(std::move(permission));
  }
  return user;
}

std::optional<UserPage> read_user_page(const json& body) {
  UserPage page;
  const auto read_item = [](const json& item, UserSummary& user) {
    auto found = read_user(item);
    if (found) user = std::move(*found);
    return found.has_value();
  };
  if (!fields::read_page(body, page, read_item)) return std::nullopt;
  return page;
}

std::optional<VerifiedPerson> read_verified_person(const json& body) {
  VerifiedPerson person;
  if (!read(body, "idNumber", person.id_number) || !read(body, "name", person.name) ||
      !read(body, "maskedMobile", person.masked_mobile))
    return std::nullopt;
  return person;
}

namespace {

using fields::required_text;

// A list of permission codes; whether each exists is the portal's to say.
std::vector<std::string> read_codes(const json& body, std::vector<FieldError>& errors) {
  std::vector<std::string> codes;
  const auto list = body.find("permissions");
  if (list == body.end() || !list->is_array()) {
    errors.push_back(
        {"permissions", {"الصلاحيات قائمة (قد تكون فارغة)", "Permissions must be a list (it may be empty)"}});
    return codes;
  }
  for (const auto& item : *list) {
    if (!item.is_string() || item.get<std::string>().empty() || item.get<std::string>().size() > 40) {
      errors.push_back({"permissions", {"صلاحية غير معروفة", "A permission is not one of those offered"}});
      return {};
    }
    codes.push_back(item.get<std::string>());
  }
  return codes;
}

}  // namespace

std::optional<PersonCheck> read_person_check(const json& body, std::vector<FieldError>& errors) {
  PersonCheck check{
      required_text(body, "idNumber", {"رقم الهوية أو الإقامة", "The ID or iqama number"}, errors),
      required_text(body, "birthDate", {"تاريخ الميلاد", "The date of birth"}, errors)};
  if (!errors.empty()) return std::nullopt;
  return check;
}

std::optional<NewUser> read_new_user(const json& body, std::vector<FieldError>& errors) {
  NewUser user;
  user.id_number =
      required_text(body, "idNumber", {"رقم الهوية أو الإقامة", "The ID or iqama number"}, errors);
  user.birth_date = required_text(body, "birthDate", {"تاريخ الميلاد", "The date of birth"}, errors);
  user.email =
      fields::checked_text(body, "email", {"البريد الإلكتروني", "The e-mail address"}, {254}, errors);
  user.permissions = read_codes(body, errors);
  user.security_code =
      required_text(body, "securityCode", {"رمز التحقق للمعاملة", "The security code"}, errors);
  if (!errors.empty()) return std::nullopt;
  return user;
}

std::optional<PermissionsUpdate> read_permissions_update(const json& body, std::vector<FieldError>& errors) {
  PermissionsUpdate update;
  update.permissions = read_codes(body, errors);
  update.security_code =
      required_text(body, "securityCode", {"رمز التحقق للمعاملة", "The security code"}, errors);
  if (!errors.empty()) return std::nullopt;
  return update;
}

std::optional<UserActivation> read_user_activation(const json& body, std::vector<FieldError>& errors) {
  UserActivation activation{
      required_text(body, "username", {"اسم المستخدم", "The username"}, errors),
      required_text(body, "activationCode", {"رمز التفعيل", "The activation code"}, errors),
      required_text(body, "password", {"كلمة المرور", "The password"}, errors)};
  if (!errors.empty()) return std::nullopt;
  return activation;
}

}  // namespace muqeem::api
