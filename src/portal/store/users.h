#pragma once
// The establishment's users: who is its primary user, which permissions the others hold, the list
// the primary user manages, adding a user (pending until they activate their account) and changing
// their permissions. Always within one establishment, the caller's.
#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "portal/store/database.h"
#include "portal/store/residents.h"

namespace muqeem::portal::store {

struct UserAccess {
  bool primary = false;
  std::set<std::string> permissions;
  bool holds(std::string_view permission) const { return permissions.count(std::string(permission)) > 0; }
};
UserAccess user_access(Database& db, int64_t user_id);

std::optional<CodedRow> find_permission(Database& db, const std::string& code);

struct UserRow {
  int64_t id = 0;
  std::string username, name_ar, name_en, email, mobile;
  bool primary = false;
  std::string status;                 // "active" or "pending-activation"
  std::vector<CodedRow> permissions;  // in the permission table's order; none listed for the primary
};

struct UserPageRows {
  std::vector<UserRow> rows;
  int64_t total_elements = 0;
};
// The primary user first, then the others by username.
UserPageRows list_users(Database& db, int64_t establishment_id, int page, int size);
std::optional<UserRow> find_user(Database& db, int64_t establishment_id, const std::string& username);

// The national information centre's answer, in the demo: who holds an ID number.
struct CivilRecord {
  std::string id_number, birth_date, name_ar, name_en, mobile;
};
std::optional<CivilRecord> find_civil_record(Database& db, const std::string& id_number);
// Whether the person is already a user (of any establishment; a person has one account).
bool is_user(Database& db, const std::string& id_number);

// Inside the caller's transaction. The username is the ID number; the user cannot sign in until
// activated.
int64_t add_pending_user(Database& db, int64_t establishment_id, const CivilRecord& person,
                         const std::string& email, int64_t now);
// Replaces the user's permissions with `codes` (each a code of the permission table).
void set_permissions(Database& db, int64_t user_id, const std::vector<std::string>& codes);

}  // namespace muqeem::portal::store
