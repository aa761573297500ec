#pragma once
// What anyone may ask of the portal without signing in (DOMAIN.md, "Accounts and sign-in"): an
// establishment's subscription request, and a user's registration, confirmed by a code sent by SMS
// to the mobile given and the visual code ("I am not a robot"). Each ends with a request number.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "api/dto.h"

namespace muqeem::api {

struct SubscriptionRequest {
  std::string company_name, applicant_name;
  std::string city;  // a code from /lookups/cities: the main branch's
  std::string mobile, email;
  std::string package;  // "comprehensive" or "transactions"
};

struct SubscriptionReceipt {
  std::string request_number;
  std::string company_name;
  Coded city, package;
  std::string masked_mobile;
  std::string created_on;  // the date in Riyadh
};

struct RegistrationStart {
  std::string registration_type;   // a code from /lookups/registration-types
  std::string establishment_type;  // a code from /lookups/establishment-types
  std::string id_type;             // "national-id" or "iqama"
  std::string id_number;
  std::string birth_date;  // ISO
  std::string mobile;
};

struct RegistrationChallenge {
  std::string registration_id;
  std::string masked_mobile;
  int64_t expires_at = 0;
  int attempts_left = 0;
};

struct RegistrationConfirmation {
  std::string code;  // from the SMS
  std::string captcha_id, captcha_answer;
};

struct RegistrationReceipt {
  std::string request_number;
  Coded registration_type, establishment_type;
  std::string masked_id_number;  // "******0008"
  std::string created_on;
};

void to_json(nlohmann::json& j, const SubscriptionRequest& value);
void to_json(nlohmann::json& j, const SubscriptionReceipt& value);
void to_json(nlohmann::json& j, const RegistrationStart& value);
void to_json(nlohmann::json& j, const RegistrationChallenge& value);
void to_json(nlohmann::json& j, const RegistrationConfirmation& value);
void to_json(nlohmann::json& j, const RegistrationReceipt& value);

std::optional<SubscriptionReceipt> read_subscription_receipt(const nlohmann::json& body);
std::optional<RegistrationChallenge> read_registration_challenge(const nlohmann::json& body);
std::optional<RegistrationReceipt> read_registration_receipt(const nlohmann::json& body);

// The server's reading: every field present, a string and of a sane length, its errors in both
// languages; what the values mean (a city that exists, a valid ID number) is the portal's to check.
std::optional<SubscriptionRequest> read_subscription_request(const nlohmann::json& body,
                                                             std::vector<FieldError>& errors);
std::optional<RegistrationStart> read_registration_start(const nlohmann::json& body,
                                                         std::vector<FieldError>& errors);
std::optional<RegistrationConfirmation> read_registration_confirmation(const nlohmann::json& body,
                                                                       std::vector<FieldError>& errors);

}  // namespace muqeem::api
