#pragma once
// The transactions beyond renewal through the router: an officer of each demo establishment signed
// in, a submit with a security code and an Idempotency-Key, the balance and the counts a test checks
// for "nothing stored", and residents and arrivals arranged with one fact changed at a time.
#include <string>
#include <vector>

#include "portal/api_fixture.h"

namespace muqeem::portal {

inline constexpr const char* kGoldenNumber = "7001234567";
inline constexpr const char* kNakheelNumber = "7009876543";

// Text people type into forms that is an attack on a store building SQL from it.
inline const std::vector<std::string> kInjections = {"' OR '1'='1", "Robert'); DROP TABLE resident;--",
                                                     "1; DELETE FROM establishment", "\" OR \"\"=\""};

class TransactionTest : public ApiTest {
 protected:
  using ApiTest::ApiTest;
  void SetUp() override {
    golden_ = sign_in("golden.admin");
    nakheel_ = sign_in("nakheel.admin");
  }

  // A POST of a state change with a fresh security code for `operation`, as the app sends it.
  Response submit(const std::string& token, const std::string& path, nlohmann::json body,
                  const std::string& operation, const std::string& key) {
    body["securityCode"] = security_code(token, operation);
    return post(token, path, body, key);
  }
  // Asks for a security code for `operation` and returns one that is not it.
  std::string wrong_code(const std::string& token, const std::string& operation) {
    const std::string code = security_code(token, operation);
    return std::string(1, code[0] == '9' ? '0' : static_cast<char>(code[0] + 1)) + code.substr(1);
  }
  Response post(const std::string& token, const std::string& path, const nlohmann::json& body,
                const std::string& key = "") {
    std::map<std::string, std::string> headers;
    if (!key.empty()) headers["Idempotency-Key"] = key;
    return call("POST", path, body.dump(), token, {}, headers);
  }

  int64_t balance(const std::string& token) {
    return body(call("GET", "/api/v1/establishment", "", token))["balanceHalalas"].get<int64_t>();
  }
  // What stays the same when a request is refused: residents, payments and the transactions' tables.
  std::vector<int64_t> stored() {
    return {count("SELECT count(*) FROM resident"),
            count("SELECT count(*) FROM payment"),
            count("SELECT count(*) FROM iqama_issue"),
            count("SELECT count(*) FROM occupation_change"),
            count("SELECT count(*) FROM service_transfer"),
            count("SELECT count(*) FROM passport_update"),
            count("SELECT total(balance_halalas) FROM establishment")};
  }

  // The nth resident of an establishment with nothing in the way of any transaction: passport valid,
  // no unpaid violations, never transferred, a labourer with no approval from Qiwa.
  std::string clean_resident(int nth = 0, int64_t establishment = 1) {
    const std::string iqama = nth_resident(establishment, nth);
    set_resident(iqama,
                 "passport_expiry = '2030-05-01', occupation_code = 'LAB', qiwa_approved_occupation = NULL, "
                 "previous_transfers = 0");
    pay_traffic_violations(iqama);
    return iqama;
  }
  // Changes one resident's record: `assignments` is fixed test text, the iqama number is bound.
  void set_resident(const std::string& iqama, const std::string& assignments) {
    portal_.db->prepare("UPDATE resident SET " + assignments + " WHERE iqama_number = ?1")
        .bind(1, iqama)
        .run();
  }

  // The nth new arrival of an establishment with every step done: entered on 2025-12-02 (30 days
  // before the test clock's today), inside the Kingdom, medical exam, fingerprints, insurance to the end
  // of 2026, passport to 2030.
  std::string ready_arrival(int nth = 0, int64_t establishment = 1) {
    store::Statement pick = portal_.db->prepare(
        "SELECT border_number FROM new_arrival WHERE establishment_id = ?1 ORDER BY id LIMIT 1 OFFSET ?2");
    pick.bind(1, establishment).bind(2, int64_t{nth});
    EXPECT_TRUE(pick.step());
    const std::string border = pick.text(0);
    set_arrival(
        border,
        "entry_date = '2025-12-02', inside_kingdom = 1, medical_exam_done = 1, fingerprint_taken = 1, "
        "insurance_expiry = '2026-12-31', passport_expiry = '2030-05-01', resident_id = NULL");
    return border;
  }
  void set_arrival(const std::string& border, const std::string& assignments) {
    portal_.db->prepare("UPDATE new_arrival SET " + assignments + " WHERE border_number = ?1")
        .bind(1, border)
        .run();
  }

  static std::vector<std::string> codes(const nlohmann::json& items, const char* key) {
    std::vector<std::string> out;
    for (const auto& item : items) out.push_back(item[key]);
    return out;
  }
  static std::string type_of(const Response& response) {
    const std::string type = body(response).value("type", "");
    return type.substr(type.rfind('/') + 1);
  }

  std::string golden_, nakheel_;
};

}  // namespace muqeem::portal
