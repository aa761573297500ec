// Changing a resident's occupation (DOMAIN.md: approved in Qiwa first; SAR 2,000, SADAD code 12): the
// quote names the occupation Qiwa approved; without that approval, for that occupation, the change is
// refused and says so; the change pays once, and another establishment's resident is not found.
#include "portal/transaction_fixture.h"

namespace muqeem::portal {
namespace {

using nlohmann::json;

class OccupationChange : public TransactionTest {
 protected:
  // A labourer whose change to electrician Qiwa approved.
  std::string approved(int nth = 0) {
    const std::string iqama = clean_resident(nth);
    set_resident(iqama, "qiwa_approved_occupation = 'ELC'");
    return iqama;
  }
  static json request(const std::string& iqama, const std::string& occupation = "ELC") {
    return {{"iqamaNumber", iqama}, {"occupationCode", occupation}};
  }
  Response quote(const json& body, const std::string& token = "") {
    return post(token.empty() ? golden_ : token, "/api/v1/occupation-changes/quote", body);
  }
  Response change(const json& body, const std::string& key, const std::string& token = "") {
    return submit(token.empty() ? golden_ : token, "/api/v1/occupation-changes", body, "occupation-change",
                  key);
  }
  std::string occupation_of(const std::string& iqama) {
    return body(call("GET", "/api/v1/residents/" + iqama, "", golden_))["occupation"]["code"];
  }
};

TEST_F(OccupationChange, ApprovedInQiwaTheChangeCosts2000AndUpdatesTheRecord) {
  const std::string iqama = approved();
  const auto quoted = body(quote(request(iqama)));
  EXPECT_TRUE(quoted["eligible"]);
  EXPECT_EQ(quoted["currentOccupation"]["code"], "LAB");
  EXPECT_EQ(quoted["newOccupation"]["en"], "Electrician");
  EXPECT_EQ(quoted["qiwaApprovedOccupation"]["code"], "ELC");
  EXPECT_EQ(quoted["fees"][0]["code"], "occupation-change-fee");
  EXPECT_EQ(quoted["totalHalalas"], 200000);  // SAR 2,000

  const Response response = change(request(iqama), "change-1");
  ASSERT_EQ(response.status, 201) << response.body;
  const auto result = body(response);
  const std::string number = result["requestNumber"];
  EXPECT_EQ(number.rfind("12", 0), 0u);  // SADAD's service code for a change of occupation
  EXPECT_EQ(result["previousOccupation"]["code"], "LAB");
  EXPECT_EQ(result["occupation"]["code"], "ELC");
  EXPECT_EQ(result["totalHalalas"], 200000);
  EXPECT_EQ(occupation_of(iqama), "ELC");
  EXPECT_EQ(balance(golden_), kGoldenBalance - 200000);
  EXPECT_EQ(count("SELECT count(*) FROM occupation_change WHERE request_number = '" + number +
                  "' AND previous_occupation = 'LAB' AND new_occupation = 'ELC' AND fee_halalas = 200000 AND "
                  "user_id = 1"),
            1);
  EXPECT_EQ(count("SELECT count(*) FROM payment WHERE reference = '" + number + "' AND service_code = '12'"),
            1);
  // The approval is used up: changing back needs another.
  EXPECT_EQ(codes(body(quote(request(iqama, "LAB")))["problems"], "code"),
            std::vector<std::string>{"not-approved-in-qiwa"});
}

TEST_F(OccupationChange, WithoutQiwasApprovalItIsRefusedAndSaysSo) {
  const std::string iqama = clean_resident();
  const auto before = stored();
  const auto quoted = body(quote(request(iqama)));
  EXPECT_FALSE(quoted["eligible"]);
  EXPECT_TRUE(quoted["qiwaApprovedOccupation"].is_null());
  EXPECT_EQ(codes(quoted["problems"], "code"), std::vector<std::string>{"not-approved-in-qiwa"});
  const Response refused = change(request(iqama), "no-qiwa");
  EXPECT_EQ(refused.status, 422);
  EXPECT_EQ(type_of(refused), "not-eligible");
  const auto error = body(refused)["errors"][0];
  EXPECT_EQ(error["field"], "occupationCode");
  EXPECT_NE(error["message"]["en"].get<std::string>().find("Qiwa"), std::string::npos);
  EXPECT_NE(error["message"]["ar"].get<std::string>().find("قوى"), std::string::npos);
  EXPECT_EQ(occupation_of(iqama), "LAB");
  EXPECT_EQ(stored(), before);
}

TEST_F(OccupationChange, AnApprovalForAnotherOccupationDoesNotCount) {
  const std::string iqama = approved();
  const auto quoted = body(quote(request(iqama, "PLB")));
  EXPECT_EQ(codes(quoted["problems"], "code"), std::vector<std::string>{"not-approved-in-qiwa"});
  EXPECT_NE(quoted["problems"][0]["en"].get<std::string>().find("Electrician"), std::string::npos);
  EXPECT_EQ(change(request(iqama, "PLB"), "other").status, 422);
  EXPECT_EQ(occupation_of(iqama), "LAB");
}

TEST_F(OccupationChange, TheSameOccupationIsNoChange) {
  const std::string iqama = approved();
  set_resident(iqama, "occupation_code = 'ELC'");
  EXPECT_EQ(codes(body(quote(request(iqama)))["problems"], "code"),
            std::vector<std::string>{"same-occupation"});
}

TEST_F(OccupationChange, AnotherEstablishmentsResidentIsNotFound) {
  const std::string iqama = approved();
  const auto before = stored();
  EXPECT_EQ(quote(request(iqama), nakheel_).status, 404);
  const Response refused = change(request(iqama), "cross", nakheel_);
  EXPECT_EQ(refused.status, 404);
  EXPECT_EQ(type_of(refused), "resident-not-found");
  EXPECT_EQ(occupation_of(iqama), "LAB");
  EXPECT_EQ(stored(), before);
}

TEST_F(OccupationChange, AReplayReturnsTheFirstAnswerAndChargesOnce) {
  const std::string iqama = approved();
  json with_code = request(iqama);
  with_code["securityCode"] = security_code(golden_, "occupation-change");
  const Response first = post(golden_, "/api/v1/occupation-changes", with_code, "again");
  const Response again = post(golden_, "/api/v1/occupation-changes", with_code, "again");
  ASSERT_EQ(first.status, 201);
  EXPECT_EQ(again.body, first.body);
  EXPECT_EQ(again.header("Idempotent-Replayed"), "true");
  EXPECT_EQ(balance(golden_), kGoldenBalance - 200000);
  EXPECT_EQ(count("SELECT count(*) FROM occupation_change"), 1);
}

TEST_F(OccupationChange, AWrongSecurityCodeOrTooSmallABalanceChangesNothing) {
  const std::string iqama = approved();
  const auto before = stored();
  json wrong = request(iqama);
  wrong["securityCode"] = wrong_code(golden_, "occupation-change");
  const Response refused = post(golden_, "/api/v1/occupation-changes", wrong, "wrong");
  EXPECT_EQ(refused.status, 400);
  EXPECT_EQ(type_of(refused), "wrong-security-code");
  EXPECT_EQ(stored(), before);
  portal_.db->execute("UPDATE establishment SET balance_halalas = 199999 WHERE id = 1");
  const Response poor = change(request(iqama), "poor");
  EXPECT_EQ(poor.status, 402);
  EXPECT_NE(body(poor)["title"]["en"].get<std::string>().find("SAR 2000.00"), std::string::npos);
  EXPECT_EQ(occupation_of(iqama), "LAB");
  EXPECT_EQ(count("SELECT count(*) FROM occupation_change"), 0);
  EXPECT_EQ(count("SELECT count(*) FROM payment"), before[1]);
}

TEST_F(OccupationChange, BadInputIsAProblemAndStoresNothing) {
  const std::string iqama = approved();
  const auto before = stored();
  for (const std::string& attack : kInjections) {
    for (const char* field : {"iqamaNumber", "occupationCode"}) {
      json bad = request(iqama);
      bad[field] = attack;
      const Response refused = change(bad, std::string("sql-") + field);
      EXPECT_EQ(refused.status, 400) << field << ": " << attack;
      EXPECT_EQ(body(refused)["errors"][0]["field"], field);
    }
  }
  const Response unknown = quote(request(iqama, "ASTRONAUT"));
  EXPECT_EQ(unknown.status, 400);
  EXPECT_EQ(body(unknown)["errors"][0]["field"], "occupationCode");
  EXPECT_EQ(quote({{"iqamaNumber", 2000000006}, {"occupationCode", "ELC"}}).status, 400);
  EXPECT_EQ(call("POST", "/api/v1/occupation-changes/quote", "[1, 2]", golden_).status, 400);
  EXPECT_EQ(stored(), before);
  EXPECT_EQ(call("POST", "/api/v1/occupation-changes/quote", request(iqama).dump()).status, 401);
}

TEST_F(OccupationChange, TheDemoHasResidentsWithAQiwaApproval) {
  EXPECT_GT(
      count("SELECT count(*) FROM resident WHERE establishment_id = 1 AND qiwa_approved_occupation IS NOT "
            "NULL AND qiwa_approved_occupation <> occupation_code"),
      5);
}

}  // namespace
}  // namespace muqeem::portal
