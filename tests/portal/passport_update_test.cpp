// Updating a resident's passport (نقل معلومات, DOMAIN.md): the new number, dates and issuing country
// replace the old ones on the record, with the old ones kept in the update's own record; dates that
// make no sense are named under their fields in both languages; no fee.
#include "portal/transaction_fixture.h"

namespace muqeem::portal {
namespace {

using nlohmann::json;

class PassportUpdate : public TransactionTest {
 protected:
  static json request(const std::string& iqama) {
    return {{"iqamaNumber", iqama},
            {"passportNumber", "n 9876543"},
            {"issueDate", "2025-11-15"},
            {"expiryDate", "2035-11-14"},
            {"issuingCountry", "IND"}};
  }
  Response update(const json& body, const std::string& key, const std::string& token = "") {
    return submit(token.empty() ? golden_ : token, "/api/v1/passport-updates", body, "passport-update", key);
  }
  json file_of(const std::string& iqama) {
    return body(call("GET", "/api/v1/residents/" + iqama, "", golden_));
  }
};

TEST_F(PassportUpdate, TheNewPassportReplacesTheOldOnTheRecord) {
  const std::string iqama = clean_resident();
  const std::string old_number = file_of(iqama)["passport"]["number"];
  const Response response = update(request(iqama), "update-1");
  ASSERT_EQ(response.status, 201) << response.body;
  const auto result = body(response);
  const std::string number = result["requestNumber"];
  EXPECT_EQ(number.rfind("90", 0), 0u);  // assets/rules/passport_update.json
  EXPECT_EQ(result["previousPassport"]["number"], old_number);
  EXPECT_EQ(result["previousPassport"]["expiry"], "2030-05-01");
  EXPECT_EQ(result["passport"]["number"], "N9876543");
  EXPECT_EQ(result["passport"]["expiryDate"], "2035-11-14");
  EXPECT_EQ(result["passport"]["issuingCountry"]["en"], "India");
  EXPECT_EQ(result["passport"]["expiryDateHijri"].get<std::string>().size(), 10u);
  EXPECT_EQ(file_of(iqama)["passport"]["number"], "N9876543");
  EXPECT_EQ(file_of(iqama)["passport"]["expiry"], "2035-11-14");
  EXPECT_EQ(file_of(iqama)["passport"]["issuedOn"], "2025-11-15");
  EXPECT_EQ(file_of(iqama)["passport"]["issuingCountry"]["en"], "India");
  const std::string unknown = clean_resident(1);
  set_resident(unknown, "passport_issued_on = NULL");
  EXPECT_FALSE(file_of(unknown)["passport"].contains("issuedOn"));  // not on record: not shown
  EXPECT_EQ(count("SELECT count(*) FROM resident WHERE iqama_number = '" + iqama +
                  "' AND passport_issued_on = '2025-11-15' AND passport_country_code = 'IND'"),
            1);
  EXPECT_EQ(count("SELECT count(*) FROM passport_update WHERE request_number = '" + number +
                  "' AND previous_number = '" + old_number + "' AND user_id = 1"),
            1);
  EXPECT_EQ(balance(golden_), kGoldenBalance);  // no fee
}

TEST_F(PassportUpdate, DatesThatMakeNoSenseAreNamedUnderTheirFields) {
  const std::string iqama = clean_resident();
  const auto before = stored();
  const std::vector<std::tuple<std::string, std::string, std::vector<std::string>>> cases = {
      {"2026-01-02", "2036-01-01", {"issueDate"}},                 // issued tomorrow
      {"2025-06-01", "2025-05-31", {"expiryDate", "expiryDate"}},  // expires before its issue, and expired
      {"2015-06-01", "2026-01-01", {"expiryDate"}},                // expires today
  };
  for (const auto& [issued, expires, fields] : cases) {
    json bad = request(iqama);
    bad["issueDate"] = issued;
    bad["expiryDate"] = expires;
    const Response refused = update(bad, "dates-" + issued + expires);
    EXPECT_EQ(refused.status, 400) << issued << " " << expires;
    EXPECT_EQ(codes(body(refused)["errors"], "field"), fields);
    for (const auto& error : body(refused)["errors"]) {
      EXPECT_NE(error["message"]["ar"], "");
      EXPECT_NE(error["message"]["en"], "");
    }
  }
  json unknown = request(iqama);
  unknown["issuingCountry"] = "XXX";
  const Response refused = update(unknown, "country");
  EXPECT_EQ(refused.status, 400);
  EXPECT_EQ(body(refused)["errors"][0]["field"], "issuingCountry");
  EXPECT_EQ(stored(), before);
  EXPECT_EQ(file_of(iqama)["passport"]["expiry"], "2030-05-01");
}

TEST_F(PassportUpdate, AnotherEstablishmentsResidentIsNotFound) {
  const std::string iqama = clean_resident();
  const auto before = stored();
  const Response refused = update(request(iqama), "cross", nakheel_);
  EXPECT_EQ(refused.status, 404);
  EXPECT_EQ(type_of(refused), "resident-not-found");
  EXPECT_EQ(stored(), before);
}

TEST_F(PassportUpdate, AReplayUpdatesOnceAndAWrongCodeNotAtAll) {
  const std::string iqama = clean_resident();
  json wrong = request(iqama);
  wrong["securityCode"] = wrong_code(golden_, "passport-update");
  EXPECT_EQ(type_of(post(golden_, "/api/v1/passport-updates", wrong, "wrong")), "wrong-security-code");
  EXPECT_EQ(count("SELECT count(*) FROM passport_update"), 0);
  json with_code = request(iqama);
  with_code["securityCode"] = security_code(golden_, "passport-update");
  const Response first = post(golden_, "/api/v1/passport-updates", with_code, "once");
  const Response again = post(golden_, "/api/v1/passport-updates", with_code, "once");
  ASSERT_EQ(first.status, 201);
  EXPECT_EQ(again.body, first.body);
  EXPECT_EQ(count("SELECT count(*) FROM passport_update"), 1);
}

TEST_F(PassportUpdate, BadInputIsAProblemAndStoresNothing) {
  const std::string iqama = clean_resident();
  const auto before = stored();
  for (const std::string& attack : kInjections) {
    for (const char* field : {"iqamaNumber", "passportNumber", "issueDate", "expiryDate", "issuingCountry"}) {
      json bad = request(iqama);
      bad[field] = attack;
      const Response refused = update(bad, std::string("sql-") + field);
      EXPECT_EQ(refused.status, 400) << field << ": " << attack;
      EXPECT_EQ(body(refused)["errors"][0]["field"], field);
    }
  }
  json typed = request(iqama);
  typed["expiryDate"] = 20351114;
  EXPECT_EQ(update(typed, "typed").status, 400);
  EXPECT_EQ(
      call("POST", "/api/v1/passport-updates", "\xFF\xFE", golden_, {}, {{"Idempotency-Key", "utf"}}).status,
      400);
  EXPECT_EQ(stored(), before);
  EXPECT_EQ(file_of(iqama)["passport"]["expiry"], "2030-05-01");
}

}  // namespace
}  // namespace muqeem::portal
