#include "portal/store/users.h"

namespace muqeem::portal::store {
namespace {

constexpr const char* kUserSelect =
    "SELECT id, username, name_ar, name_en, coalesce(email, ''), mobile, is_primary, status FROM user ";

UserRow read_user(Database& db, Statement& row) {
  UserRow user{row.integer(0), row.text(1),         row.text(2), row.text(3), row.text(4),
               row.text(5),    row.integer(6) != 0, row.text(7), {}};
  Statement permissions = db.prepare(
      "SELECT p.code, p.ar, p.en FROM user_permission u JOIN permission p ON p.code = u.permission WHERE "
      "u.user_id = ?1 ORDER BY p.position");
  permissions.bind(1, user.id);
  while (permissions.step())
    user.permissions.push_back({permissions.text(0), permissions.text(1), permissions.text(2)});
  return user;
}

}  // namespace

UserAccess user_access(Database& db, int64_t user_id) {
  UserAccess access;
  Statement user = db.prepare("SELECT is_primary FROM user WHERE id = ?1 AND status = 'active'");
  user.bind(1, user_id);
  access.primary = user.step() && user.integer(0) != 0;
  Statement held = db.prepare("SELECT permission FROM user_permission WHERE user_id = ?1");
  held.bind(1, user_id);
  while (held.step()) access.permissions.insert(held.text(0));
  return access;
}

std::optional<CodedRow> find_permission(Database& db, const std::string& code) {
  Statement row = db.prepare("SELECT code, ar, en FROM permission WHERE code = ?1");
  row.bind(1, code);
  if (!row.step()) return std::nullopt;
  return CodedRow{row.text(0), row.text(1), row.text(2)};
}

UserPageRows list_users(Database& db, int64_t establishment_id, int page, int size) {
  UserPageRows result;
  Statement total = db.prepare("SELECT count(*) FROM user WHERE establishment_id = ?1");
  total.bind(1, establishment_id);
  result.total_elements = total.step() ? total.integer(0) : 0;
  Statement rows =
      db.prepare(std::string(kUserSelect) +
                 "WHERE establishment_id = ?1 ORDER BY is_primary DESC, username LIMIT ?2 OFFSET ?3");
  rows.bind(1, establishment_id).bind(2, int64_t{size}).bind(3, int64_t{page} * size);
  while (rows.step()) result.rows.push_back(read_user(db, rows));
  return result;
}

std::optional<UserRow> find_user(Database& db, int64_t establishment_id, const std::string& username) {
  Statement row = db.prepare(std::string(kUserSelect) + "WHERE establishment_id = ?1 AND username = ?2");
  row.bind(1, establishment_id).bind(2, username);
  if (!row.step()) return std::nullopt;
  return read_user(db, row);
}

std::optional<CivilRecord> find_civil_record(Database& db, const std::string& id_number) {
  Statement row = db.prepare(
      "SELECT id_number, birth_date, name_ar, name_en, mobile FROM civil_record WHERE id_number = ?1");
  row.bind(1, id_number);
  if (!row.step()) return std::nullopt;
  return CivilRecord{row.text(0), row.text(1), row.text(2), row.text(3), row.text(4)};
}

bool is_user(Database& db, const std::string& id_number) {
  Statement row = db.prepare("SELECT 1 FROM user WHERE id_number = ?1 OR username = ?1");
  row.bind(1, id_number);
  return row.step();
}

int64_t add_pending_user(Database& db, int64_t establishment_id, const CivilRecord& person,
                         const std::string& email, int64_t now) {
  // No password can match an empty hash; the user sets one when activating.
  db.prepare(
        "INSERT INTO user (establishment_id, username, password_hash, name_ar, name_en, mobile, is_primary, "
        "id_number, email, status, created_at) VALUES (?1, ?2, '', ?3, ?4, ?5, 0, ?2, ?6, "
        "'pending-activation', "
        "?7)")
      .bind(1, establishment_id)
      .bind(2, person.id_number)
      .bind(3, person.name_ar)
      .bind(4, person.name_en)
      .bind(5, person.mobile)
      .bind(6, email)
      .bind(7, now)
      .run();
  Statement id = db.prepare("SELECT last_insert_rowid()");
  return id.step() ? id.integer(0) : 0;
}

void set_permissions(Database& db, int64_t user_id, const std::vector<std::string>& codes) {
  db.prepare("DELETE FROM user_permission WHERE user_id = ?1").bind(1, user_id).run();
  Statement grant = db.prepare("INSERT OR IGNORE INTO user_permission (user_id, permission) VALUES (?1, ?2)");
  for (const auto& code : codes) grant.bind(1, user_id).bind(2, code).run();
}

}  // namespace muqeem::portal::store
