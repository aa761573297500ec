#include "portal/store/verifications.h"

namespace muqeem::portal::store {
namespace {

std::optional<VerificationCode> read_code(Statement& row) {
  if (!row.step()) return std::nullopt;
  return VerificationCode{row.text(0),    row.text(1),    row.integer(2),
                          row.integer(3), row.integer(4), row.integer(5)};
}

}  // namespace

std::optional<VerificationCode> current_verification(Database& db, std::string_view document_kind,
                                                     int64_t document_id, int64_t now) {
  Statement row = db.prepare(
      "SELECT code, document_kind, document_id, establishment_id, issued_at, expires_at FROM "
      "document_verification WHERE document_kind = ?1 AND document_id = ?2 AND expires_at > ?3 ORDER BY "
      "expires_at DESC LIMIT 1");
  row.bind(1, document_kind).bind(2, document_id).bind(3, now);
  return read_code(row);
}

void record_verification(Database& db, const VerificationCode& code) {
  db.prepare(
        "INSERT INTO document_verification (code, document_kind, document_id, establishment_id, issued_at, "
        "expires_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)")
      .bind(1, code.code)
      .bind(2, code.document_kind)
      .bind(3, code.document_id)
      .bind(4, code.establishment_id)
      .bind(5, code.issued_at)
      .bind(6, code.expires_at)
      .run();
}

std::optional<VerificationCode> find_valid_verification(Database& db, std::string_view code, int64_t now) {
  Statement row = db.prepare(
      "SELECT code, document_kind, document_id, establishment_id, issued_at, expires_at FROM "
      "document_verification WHERE code = ?1 AND expires_at > ?2");
  row.bind(1, code).bind(2, now);
  return read_code(row);
}

}  // namespace muqeem::portal::store
