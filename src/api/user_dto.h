#pragma once
// The establishment's users and their permissions: the list the primary user manages, adding a user
// (ID number and date of birth verified, then an e-mail address and permissions; the new user is
// sent an activation code and sets a password), changing a user's permissions, and the activation.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "api/dto.h"

namespace muqeem::api {

struct UserSummary {
  std::string username;
  Bilingual name;
  std::string email;          // "" for users added before e-mail addresses were kept
  std::string masked_mobile;  // "05******67"
  bool primary = false;       // the establishment's primary user holds every permission
  Coded status;               // active, pending-activation
  std::vector<Coded> permissions;
};

struct UserPage {
  std::vector<UserSummary> content;
  int page = 0, size = 20;
  int64_t total_elements = 0;
};

// Who a national ID or iqama number and a date of birth belong to, before adding them as a user.
struct PersonCheck {
  std::string id_number;
  std::string birth_date;  // ISO
};

struct VerifiedPerson {
  std::string id_number;
  Bilingual name;
  std::string masked_mobile;  // where the activation code will go
};

struct NewUser {
  std::string id_number, birth_date, email;
  std::vector<std::string> permissions;  // codes from /lookups/permissions
  std::string security_code;
};

struct PermissionsUpdate {
  std::vector<std::string> permissions;  // the whole set the user is to hold
  std::string security_code;
};

struct UserActivation {
  std::string username, activation_code, password;
};

// The answer to an activation: the account that can now sign in.
struct ActivatedUser {
  std::string username;
};

void to_json(nlohmann::json& j, const UserSummary& value);
void to_json(nlohmann::json& j, const UserPage& value);
void to_json(nlohmann::json& j, const PersonCheck& value);
void to_json(nlohmann::json& j, const VerifiedPerson& value);
void to_json(nlohmann::json& j, const NewUser& value);
void to_json(nlohmann::json& j, const PermissionsUpdate& value);
void to_json(nlohmann::json& j, const UserActivation& value);
void to_json(nlohmann::json& j, const ActivatedUser& value);

std::optional<UserSummary> read_user(const nlohmann::json& body);
std::optional<UserPage> read_user_page(const nlohmann::json& body);
std::optional<VerifiedPerson> read_verified_person(const nlohmann::json& body);
std::optional<ActivatedUser> read_activated_user(const nlohmann::json& body);

std::optional<PersonCheck> read_person_check(const nlohmann::json& body, std::vector<FieldError>& errors);
std::optional<NewUser> read_new_user(const nlohmann::json& body, std::vector<FieldError>& errors);
std::optional<PermissionsUpdate> read_permissions_update(const nlohmann::json& body,
                                                         std::vector<FieldError>& errors);
std::optional<UserActivation> read_user_activation(const nlohmann::json& body,
                                                   std::vector<FieldError>& errors);

}  // namespace muqeem::api
