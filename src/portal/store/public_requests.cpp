#include "portal/store/public_requests.h"

#include <cstdio>

#include "portal/store/audit_log.h"

namespace muqeem::portal::store {
namespace {

// "SR00000012": a prefix and the row's id, eight digits.
std::string numbered(const char* prefix, int64_t id) {
  char number[16];
  std::snprintf(number, sizeof number, "%s%08lld", prefix, static_cast<long long>(id % 100000000));
  return number;
}

}  // namespace

std::string record_subscription_request(Database& db, const SubscriptionEntry& entry, int64_t now) {
  Database::Transaction transaction(db);
  db.prepare(
        "INSERT INTO subscription_request (request_number, company_name, applicant_name, city_code, mobile, "
        "email, "
        "package, created_at) VALUES ('', ?1, ?2, ?3, ?4, ?5, ?6, ?7)")
      .bind(1, entry.company_name)
      .bind(2, entry.applicant_name)
      .bind(3, entry.city)
      .bind(4, entry.mobile)
      .bind(5, entry.email)
      .bind(6, entry.package)
      .bind(7, now)
      .run();
  Statement id = db.prepare("SELECT last_insert_rowid()");
  const std::string number = numbered("SR", id.step() ? id.integer(0) : 0);
  db.prepare("UPDATE subscription_request SET request_number = ?1 WHERE id = last_insert_rowid()")
      .bind(1, number)
      .run();
  append_audit(db, {std::nullopt, entry.mobile, "subscription-request", number, "received"}, now);
  transaction.commit();
  return number;
}

void record_registration(Database& db, const RegistrationEntry& entry, int64_t now) {
  db.prepare(
        "INSERT INTO registration_request (id, registration_type, establishment_type, id_type, id_number, "
        "birth_date, mobile, code_hash, expires_at, attempts_left, created_at) VALUES (?1, ?2, ?3, ?4, ?5, "
        "?6, ?7, "
        "?8, ?9, ?10, ?11)")
      .bind(1, entry.id)
      .bind(2, entry.registration_type)
      .bind(3, entry.establishment_type)
      .bind(4, entry.id_type)
      .bind(5, entry.id_number)
      .bind(6, entry.birth_date)
      .bind(7, entry.mobile)
      .bind(8, entry.code_hash)
      .bind(9, entry.expires_at)
      .bind(10, int64_t{entry.attempts})
      .bind(11, now)
      .run();
}

std::optional<PendingRegistration> find_pending_registration(Database& db, const std::string& id) {
  Statement row = db.prepare(
      "SELECT registration_type, establishment_type, id_number, code_hash, expires_at, attempts_left FROM "
      "registration_request WHERE id = ?1 AND submitted_at IS NULL");
  row.bind(1, id);
  if (!row.step()) return std::nullopt;
  return PendingRegistration{row.text(0), row.text(1),    row.text(2),
                             row.text(3), row.integer(4), static_cast<int>(row.integer(5))};
}

void spend_registration_attempt(Database& db, const std::string& id) {
  db.prepare("UPDATE registration_request SET attempts_left = attempts_left - 1 WHERE id = ?1")
      .bind(1, id)
      .run();
}

std::string submit_registration(Database& db, const std::string& id, int64_t now) {
  Database::Transaction transaction(db);
  Statement row = db.prepare("SELECT rowid, id_number FROM registration_request WHERE id = ?1");
  row.bind(1, id);
  if (!row.step()) throw StoreError{"a registration to submit has gone"};
  const std::string number = numbered("UR", row.integer(0)), id_number = row.text(1);
  db.prepare("UPDATE registration_request SET request_number = ?1, submitted_at = ?2 WHERE id = ?3")
      .bind(1, number)
      .bind(2, now)
      .bind(3, id)
      .run();
  append_audit(db, {std::nullopt, id_number, "registration", number, "submitted"}, now);
  transaction.commit();
  return number;
}

}  // namespace muqeem::portal::store
