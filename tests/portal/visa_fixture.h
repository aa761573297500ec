#pragma once
// A signed-in officer of the demo establishment and residents arranged for visas: each test starts from
// a resident with nothing in the way (iqama valid to 2026-12-31, passport to 2030, inside the Kingdom,
// nothing owed, no open visa, no vehicle; the test clock's today is 2026-01-01) and adds the one fact
// it is about.
#include "portal/renewal_fixture.h"

namespace muqeem::portal {

class VisaTest : public RenewalTest {
 protected:

  // The nth resident of an establishment (the demo one unless told), made ready for any visa.
  std::string ready(int nth = 0, int64_t establishment = 1) {
    const std::string iqama = nth_resident(establishment, nth);
    set(iqama, "iqama_expiry = '2026-12-31', passport_expiry = '2030-05-01', inside_kingdom = 1");
    pay_traffic_violations(iqama);
    for (const char* clear :
         {"UPDATE visa SET status = 'used' WHERE status = 'issued' AND resident_id = (SELECT id FROM "
          "resident WHERE "
          "iqama_number = ?1)",
          "DELETE FROM vehicle WHERE resident_id = (SELECT id FROM resident WHERE iqama_number = ?1)"})
      portal_.db->prepare(clear).bind(1, iqama).run();
    return iqama;
  }
  void add_vehicle(const std::string& iqama) {
    portal_.db
        ->prepare(
            "INSERT INTO vehicle (resident_id, sequence_number, plate_ar, plate_en, make_ar, make_en, model, "
            "year, registration_expiry) SELECT id, 'S-' || ?1, 'ا ب ح ١٢٣٤', 'A B J 1234', 'تويوتا', "
            "'Toyota', 'Camry', 2020, '2026-09-01' FROM resident WHERE iqama_number = ?1")
        .bind(1, iqama)
        .run();
  }
  // A visa on record, as if issued earlier; returns its number.
  std::string add_visa(const std::string& iqama, const std::string& type, const std::string& issued_on,
                       const std::string& expires_on, const std::string& status = "issued") {
    const std::string number = std::to_string(6190000000 + ++added_visas_);
    portal_.db
        ->prepare(
            "INSERT INTO visa (resident_id, visa_number, type_code, issued_on, expires_on, status) SELECT "
            "id, ?2, "
            "?3, ?4, ?5, ?6 FROM resident WHERE iqama_number = ?1")
        .bind(1, iqama)
        .bind(2, number)
        .bind(3, type)
        .bind(4, issued_on)
        .bind(5, expires_on)
        .bind(6, status)
        .run();
    return number;
  }

  // POSTs a transaction's body with the session, and an Idempotency-Key when one is given.
  Response post(const std::string& path, const nlohmann::json& body, const std::string& key = "") {
    std::map<std::string, std::string> headers;
    if (!key.empty()) headers["Idempotency-Key"] = key;
    return call("POST", path, body.dump(), token_, {}, headers);
  }
  static nlohmann::json issue_body(const std::string& iqama, const std::string& type, int days,
                                   const std::string& code = "") {
    nlohmann::json body = {{"iqamaNumber", iqama}, {"type", type}, {"durationDays", days}};
    if (!code.empty()) body["securityCode"] = code;
    return body;
  }
  Response issue(const std::string& iqama, const std::string& type, int days, const std::string& key) {
    return post("/api/v1/exit-reentry-visas",
                issue_body(iqama, type, days, security_code(token_, "exit-reentry-visa")), key);
  }
  static nlohmann::json with_code(nlohmann::json body, const std::string& code) {
    body["securityCode"] = code;
    return body;
  }

  nlohmann::json file_of(const std::string& iqama) {
    return body(call("GET", "/api/v1/residents/" + iqama, "", token_));
  }
  int64_t visas() { return count("SELECT count(*) FROM visa"); }
  int64_t payments() { return count("SELECT count(*) FROM payment"); }
  std::string status_of(const std::string& visa_number) {
    store::Statement row =
        portal_.db->prepare("SELECT status || ' ' || expires_on FROM visa WHERE visa_number = ?1");
    row.bind(1, visa_number);
    return row.step() ? row.text(0) : "";
  }

  int added_visas_ = 0;
};

}  // namespace muqeem::portal
