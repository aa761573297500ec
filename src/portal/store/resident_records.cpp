#include "portal/store/resident_records.h"

namespace muqeem::portal::store {

Sql visa_status_code(const domain::CivilDate& today) {
  // A visa still "issued" after its last day was never used: it has expired, whatever is stored.
  return {"CASE WHEN v.status = 'issued' AND v.expires_on < ? THEN 'expired' ELSE v.status END",
          {today.iso()}};
}

std::vector<VisaRow> visas_of(Database& db, int64_t resident_id, const domain::CivilDate& today) {
  Statement rows =
      (Sql("SELECT v.visa_number, t.code, t.ar, t.en, s.code, s.ar, s.en, v.issued_on, v.expires_on "
           "FROM visa v JOIN visa_type t ON t.code = v.type_code JOIN visa_status s ON s.code = ") +
       visa_status_code(today) +
       Sql(" WHERE v.resident_id = ? ORDER BY v.issued_on DESC, v.id DESC", {resident_id}))
          .prepare(db);
  std::vector<VisaRow> out;
  while (rows.step()) {
    out.push_back({rows.text(0), rows.text(1), rows.text(2), rows.text(3), rows.text(4), rows.text(5),
                   rows.text(6), rows.text(7), rows.text(8)});
  }
  return out;
}

std::vector<TrafficViolationRow> traffic_violations_of(Database& db, int64_t resident_id) {
  Statement rows = db.prepare(
      "SELECT violation_number, issued_on, kind_ar, kind_en, amount_halalas, paid FROM traffic_violation "
      "WHERE resident_id = ?1 ORDER BY issued_on DESC, id DESC");
  rows.bind(1, resident_id);
  std::vector<TrafficViolationRow> out;
  while (rows.step()) {
    out.push_back(
        {rows.text(0), rows.text(1), rows.text(2), rows.text(3), rows.integer(4), rows.integer(5) != 0});
  }
  return out;
}

std::vector<DependantRow> dependants_of(Database& db, int64_t resident_id) {
  Statement rows = db.prepare(
      "SELECT d.name_ar, d.name_en, r.code, r.ar, r.en, d.birth_date FROM dependant d JOIN relationship r ON "
      "r.code = d.relationship_code WHERE d.resident_id = ?1 ORDER BY d.birth_date, d.id");
  rows.bind(1, resident_id);
  std::vector<DependantRow> out;
  while (rows.step())
    out.push_back({rows.text(0), rows.text(1), rows.text(2), rows.text(3), rows.text(4), rows.text(5)});
  return out;
}

std::vector<DrivingLicenceRow> driving_licences_of(Database& db, int64_t resident_id) {
  Statement rows = db.prepare(
      "SELECT t.code, t.ar, t.en, l.issued_on, l.expires_on FROM driving_licence l JOIN licence_type t ON "
      "t.code = l.type_code WHERE l.resident_id = ?1 ORDER BY l.issued_on DESC, l.id DESC");
  rows.bind(1, resident_id);
  std::vector<DrivingLicenceRow> out;
  while (rows.step()) out.push_back({rows.text(0), rows.text(1), rows.text(2), rows.text(3), rows.text(4)});
  return out;
}

std::vector<VehicleRow> vehicles_of(Database& db, int64_t resident_id) {
  Statement rows = db.prepare(
      "SELECT sequence_number, plate_ar, plate_en, make_ar, make_en, model, year, registration_expiry FROM "
      "vehicle WHERE resident_id = ?1 ORDER BY id");
  rows.bind(1, resident_id);
  std::vector<VehicleRow> out;
  while (rows.step()) {
    out.push_back({rows.text(0), rows.text(1), rows.text(2), rows.text(3), rows.text(4), rows.text(5),
                   rows.integer(6), rows.text(7)});
  }
  return out;
}

}  // namespace muqeem::portal::store
