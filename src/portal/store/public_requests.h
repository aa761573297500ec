#pragma once
// What people ask of the portal without signing in: establishments' subscription requests, and
// users' registrations, which wait for the SMS code sent to their mobile before they get a number.
#include <cstdint>
#include <optional>
#include <string>

#include "portal/store/database.h"
#include "portal/store/residents.h"

namespace muqeem::portal::store {

struct SubscriptionEntry {
  std::string company_name, applicant_name, city, mobile, email, package;
};
// In its own transaction, with its audit entry; returns the request number.
std::string record_subscription_request(Database& db, const SubscriptionEntry& entry, int64_t now);

struct RegistrationEntry {
  std::string id;  // random, the client's handle for the confirmation
  std::string registration_type, establishment_type, id_type, id_number, birth_date, mobile;
  std::string code_hash;
  int64_t expires_at = 0;
  int attempts = 0;
};
void record_registration(Database& db, const RegistrationEntry& entry, int64_t now);

struct PendingRegistration {
  std::string registration_type, establishment_type, id_number;
  std::string code_hash;
  int64_t expires_at = 0;
  int attempts_left = 0;
};
// A registration still waiting for its code; nullopt once submitted or when there is none.
std::optional<PendingRegistration> find_pending_registration(Database& db, const std::string& id);
void spend_registration_attempt(Database& db, const std::string& id);
// Gives the registration its request number (returned), with its audit entry.
std::string submit_registration(Database& db, const std::string& id, int64_t now);

}  // namespace muqeem::portal::store
