#pragma once
// A signed-in officer of the demo establishment and residents arranged for renewal: each test starts
// from a resident with nothing in the way (iqama ending on 2026-03-01, two months after the test
// clock's today; passport and insurance valid; inside the Kingdom; nothing owed) and adds the one
// fact it is about.
#include "portal/api_fixture.h"

namespace muqeem::portal {

class RenewalTest : public ApiTest {
 protected:
  using ApiTest::ApiTest;
  void SetUp() override { token_ = sign_in("golden.admin"); }

  // The nth resident of the demo establishment, made eligible.
  std::string eligible(int nth = 0) {
    const std::string iqama = nth_resident(1, nth);
    set(iqama,
        "iqama_expiry = '2026-03-01', passport_expiry = '2030-05-01', insurance_expiry = '2026-12-31', "
        "inside_kingdom = 1, absent_reported_on = NULL, late_renewals = 0, occupation_code = 'ENG-CIV'");
    pay_traffic_violations(iqama);
    return iqama;
  }
  // Changes one resident's record: `assignments` is fixed test text, the iqama number is bound.
  void set(const std::string& iqama, const std::string& assignments) {
    portal_.db->prepare("UPDATE resident SET " + assignments + " WHERE iqama_number = ?1")
        .bind(1, iqama)
        .run();
  }
  void add_unpaid_violation(const std::string& iqama, int64_t halalas) {
    portal_.db
        ->prepare(
            "INSERT INTO traffic_violation (resident_id, violation_number, issued_on, kind_ar, kind_en, "
            "amount_halalas) SELECT id, 'T-' || ?1, '2025-10-01', 'تجاوز السرعة', 'Speeding', ?2 FROM "
            "resident WHERE iqama_number = ?1")
        .bind(1, iqama)
        .bind(2, halalas)
        .run();
  }

  static std::string request(const std::string& iqama, int months, const std::string& code = "") {
    nlohmann::json body = {{"iqamaNumber", iqama}, {"durationMonths", months}};
    if (!code.empty()) body["securityCode"] = code;
    return body.dump();
  }
  Response quote(const std::string& iqama, int months) {
    return call("POST", "/api/v1/iqama-renewals/quote", request(iqama, months), token_);
  }
  Response submit(const std::string& iqama, int months, const std::string& code, const std::string& key) {
    std::map<std::string, std::string> headers;
    if (!key.empty()) headers["Idempotency-Key"] = key;
    return call("POST", "/api/v1/iqama-renewals", request(iqama, months, code), token_, {}, headers);
  }

  int64_t balance() {
    return body(call("GET", "/api/v1/establishment", "", token_))["balanceHalalas"].get<int64_t>();
  }
  std::string expiry_of(const std::string& iqama) {
    return body(call("GET", "/api/v1/residents/" + iqama, "", token_))["iqamaExpiry"];
  }
  int64_t renewals() { return count("SELECT count(*) FROM iqama_renewal"); }

  static std::vector<std::string> codes(const nlohmann::json& items, const char* key) {
    std::vector<std::string> out;
    for (const auto& item : items) out.push_back(item[key]);
    return out;
  }

  std::string token_;
};

}  // namespace muqeem::portal
