#include "portal/store/visas.h"

#include <algorithm>

#include "portal/store/resident_facts.h"
#include "portal/store/resident_records.h"
#include "portal/store/sql.h"

namespace muqeem::portal::store {
namespace {

// The columns of a VisaRecord as read on `today`; the caller adds the WHERE clause.
Sql visa_select(const domain::CivilDate& today) {
  return Sql("SELECT v.id, v.resident_id, r.establishment_id, v.visa_number, t.code, t.ar, t.en, v.status, "
             "s.code, s.ar, s.en, v.issued_on, v.expires_on, r.iqama_number, r.name_ar, r.name_en, "
             "r.passport_number, r.birth_date, r.iqama_expiry FROM visa v JOIN resident r ON r.id = "
             "v.resident_id JOIN visa_type "
             "t ON t.code = v.type_code JOIN visa_status s ON s.code = ") +
         visa_status_code(today) + " ";
}

VisaRecord read_record(const Statement& row) {
  return VisaRecord{row.integer(0), row.integer(1), row.integer(2), row.text(3),  row.text(4),
                    row.text(5),    row.text(6),    row.text(7),    row.text(8),  row.text(9),
                    row.text(10),   row.text(11),   row.text(12),   row.text(13), row.text(14),
                    row.text(15),   row.text(16),   row.text(17),   row.text(18)};
}

std::optional<VisaRecord> first(Statement& row) {
  if (!row.step()) return std::nullopt;
  return read_record(row);
}

void record_event(Database& db, int64_t visa_id, const char* kind, const domain::CivilDate& expires_on,
                  const VisaCharge& charge, int64_t now) {
  Statement event = db.prepare(
      "INSERT INTO visa_event (visa_id, establishment_id, user_id, kind, expires_on, fee_halalas, "
      "service_code, at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
  event.bind(1, visa_id).bind(2, charge.establishment_id).bind(3, charge.user_id).bind(4, kind);
  event.bind(5, expires_on.iso()).bind(6, charge.fee.in_halalas()).bind(8, now);
  if (charge.service_code.empty())
    event.bind_null(7);
  else
    event.bind(7, charge.service_code);
  event.run();
}

}  // namespace

std::optional<VisaHolder> find_visa_holder(Database& db, int64_t establishment_id,
                                           const std::string& iqama_number) {
  auto file = find_resident(db, establishment_id, iqama_number);
  if (!file) return std::nullopt;
  Statement vehicles = db.prepare("SELECT count(*) FROM vehicle WHERE resident_id = ?1");
  vehicles.bind(1, file->summary.id);
  const int registered = vehicles.step() ? static_cast<int>(vehicles.integer(0)) : 0;
  const int64_t unpaid = facts_of(db, file->summary.id).unpaid_violations_halalas;
  return VisaHolder{std::move(*file), unpaid, registered};
}

bool has_open_visa(Database& db, int64_t resident_id, const domain::CivilDate& today, int64_t except_visa) {
  Statement row = db.prepare(
      "SELECT EXISTS (SELECT 1 FROM visa WHERE resident_id = ?1 AND status = 'issued' AND expires_on >= ?2 "
      "AND id <> ?3)");
  row.bind(1, resident_id).bind(2, today.iso()).bind(3, except_visa);
  return row.step() && row.integer(0) != 0;
}

std::optional<VisaRecord> find_visa(Database& db, int64_t establishment_id, const std::string& visa_number,
                                    const domain::CivilDate& today) {
  Statement row = (visa_select(today) +
                   Sql("WHERE v.visa_number = ? AND r.establishment_id = ?", {visa_number, establishment_id}))
                      .prepare(db);
  return first(row);
}

std::optional<VisaRecord> find_visa_by_id(Database& db, int64_t id, const domain::CivilDate& today) {
  Statement row = (visa_select(today) + Sql("WHERE v.id = ?", {id})).prepare(db);
  return first(row);
}

std::optional<VisaRecord> find_any_visa(Database& db, const std::string& visa_number,
                                        const domain::CivilDate& today) {
  Statement row = (visa_select(today) + Sql("WHERE v.visa_number = ?", {visa_number})).prepare(db);
  return first(row);
}

std::optional<VisaRecord> newest_visa_of(Database& db, const std::string& iqama_number,
                                         const domain::CivilDate& today) {
  Statement row =
      (visa_select(today) +
       Sql("WHERE r.iqama_number = ? ORDER BY v.issued_on DESC, v.id DESC LIMIT 1", {iqama_number}))
          .prepare(db);
  return first(row);
}

VisaPage search_visas(Database& db, const VisaQuery& query) {
  std::vector<Sql> conditions = {Sql("r.establishment_id = ?", {query.establishment_id})};
  if (!query.iqama_number.empty()) conditions.push_back(Sql("r.iqama_number = ?", {query.iqama_number}));
  if (!query.type_code.empty()) conditions.push_back(Sql("v.type_code = ?", {query.type_code}));
  const Sql where = where_all(conditions);
  VisaPage page;
  Statement count =
      (Sql("SELECT count(*) FROM visa v JOIN resident r ON r.id = v.resident_id") + where).prepare(db);
  if (count.step()) page.total_elements = count.integer(0);

  const int64_t size = std::clamp(query.size, 1, 200);
  Statement rows = (visa_select(query.today) + where +
                    Sql(" ORDER BY v.issued_on DESC, v.id DESC LIMIT ? OFFSET ?",
                        {size, static_cast<int64_t>(std::max(0, query.page)) * size}))
                       .prepare(db);
  while (rows.step()) page.rows.push_back(read_record(rows));
  return page;
}

CodedRow visa_type(Database& db, const std::string& code) {
  Statement row = db.prepare("SELECT code, ar, en FROM visa_type WHERE code = ?1");
  row.bind(1, code);
  if (!row.step()) throw StoreError{"no visa type " + code};
  return {row.text(0), row.text(1), row.text(2)};
}

std::string record_visa(Database& db, int64_t resident_id, const std::string& type_code,
                        const domain::CivilDate& issued_on, const domain::CivilDate& expires_on,
                        const VisaCharge& charge, int64_t now) {
  // The write lock is held (BEGIN IMMEDIATE), so the next number cannot be taken by anyone else meanwhile.
  // Visa numbers are ten digits, so the greatest as text is the greatest as a number.
  Statement last = db.prepare("SELECT max(visa_number) FROM visa");
  const int64_t previous = last.step() && !last.is_null(0) ? std::stoll(last.text(0)) : 6100000000;
  const std::string visa_number = std::to_string(previous + 1);
  Statement visa = db.prepare(
      "INSERT INTO visa (resident_id, visa_number, type_code, issued_on, expires_on, status) VALUES (?1, ?2, "
      "?3, ?4, ?5, 'issued')");
  visa.bind(1, resident_id).bind(2, visa_number).bind(3, type_code);
  visa.bind(4, issued_on.iso()).bind(5, expires_on.iso()).run();
  Statement id = db.prepare("SELECT last_insert_rowid()");
  if (!id.step()) throw StoreError{"a new visa without a row"};
  record_event(db, id.integer(0), "issued", expires_on, charge, now);
  return visa_number;
}

void record_extension(Database& db, int64_t visa_id, const domain::CivilDate& expires_on,
                      const VisaCharge& charge, int64_t now) {
  db.prepare("UPDATE visa SET expires_on = ?1 WHERE id = ?2 AND status = 'issued'")
      .bind(1, expires_on.iso())
      .bind(2, visa_id)
      .run();
  record_event(db, visa_id, "extended", expires_on, charge, now);
}

void record_cancellation(Database& db, int64_t visa_id, const VisaCharge& charge, int64_t now) {
  Statement visa = db.prepare("SELECT expires_on FROM visa WHERE id = ?1");
  visa.bind(1, visa_id);
  const auto expires_on = visa.step() ? domain::CivilDate::parse(visa.text(0)) : std::nullopt;
  if (!expires_on) throw StoreError{"no such visa to cancel"};
  db.prepare("UPDATE visa SET status = 'cancelled' WHERE id = ?1 AND status = 'issued'")
      .bind(1, visa_id)
      .run();
  record_event(db, visa_id, "cancelled", *expires_on, charge, now);
}

}  // namespace muqeem::portal::store
