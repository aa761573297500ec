// A final exit (DOMAIN.md): free; passport valid 60 days; no other open visa; no vehicle registered;
// inside the Kingdom; to be used within 60 days.
#include "portal/visa_fixture.h"

namespace muqeem::portal {
namespace {

class FinalExit : public VisaTest {
 protected:
  Response quote(const std::string& iqama) {
    return post("/api/v1/final-exits/quote", {{"iqamaNumber", iqama}});
  }
  Response issue(const std::string& iqama, const std::string& key) {
    return post("/api/v1/final-exits",
                {{"iqamaNumber", iqama}, {"securityCode", security_code(token_, "final-exit")}}, key);
  }
};

TEST_F(FinalExit, IsIssuedFreeToBeUsedWithinSixtyDays) {
  const std::string iqama = ready();
  const auto quoted = body(quote(iqama));
  EXPECT_TRUE(quoted["eligible"]);
  EXPECT_EQ(quoted["fees"], nlohmann::json::array());
  EXPECT_EQ(quoted["totalHalalas"], 0);
  EXPECT_EQ(quoted["expiresOn"], "2026-03-02");
  const Response response = issue(iqama, "fe-1");
  ASSERT_EQ(response.status, 201) << response.body;
  const auto result = body(response);
  EXPECT_EQ(result["visa"]["type"]["code"], "final-exit");
  EXPECT_EQ(result["visa"]["expiresOn"], "2026-03-02");
  EXPECT_EQ(result["visa"]["durationDays"], 60);
  EXPECT_EQ(result["chargedHalalas"], 0);
  EXPECT_EQ(balance(), kGoldenBalance);
  EXPECT_EQ(payments(), 0);
  EXPECT_EQ(count("SELECT count(*) FROM visa_event WHERE kind = 'issued' AND service_code IS NULL"), 1);
  EXPECT_EQ(file_of(iqama)["visas"][0]["type"]["code"], "final-exit");
}

TEST_F(FinalExit, AVehicleRegisteredToTheResidentStandsInTheWay) {
  const std::string iqama = ready();
  add_vehicle(iqama);
  EXPECT_EQ(codes(body(quote(iqama))["problems"], "code"), std::vector<std::string>{"vehicle-registered"});
  const Response refused = issue(iqama, "car");
  EXPECT_EQ(refused.status, 422);
  EXPECT_EQ(body(refused)["errors"][0]["field"], "iqamaNumber");
  EXPECT_EQ(count("SELECT count(*) FROM visa_event"), 0);
}

TEST_F(FinalExit, TheDemoHasResidentsWithVehiclesWhomTheRuleStops) {
  store::Statement owner = portal_.db->prepare(
      "SELECT r.iqama_number FROM resident r JOIN vehicle v ON v.resident_id = r.id WHERE r.establishment_id "
      "= 1 "
      "AND r.inside_kingdom = 1 LIMIT 1");
  ASSERT_TRUE(owner.step());
  EXPECT_EQ(file_of(owner.text(0))["vehicles"].size() > 0, true);
  const auto problems = codes(body(quote(owner.text(0)))["problems"], "code");
  EXPECT_NE(std::find(problems.begin(), problems.end(), "vehicle-registered"), problems.end());
}

TEST_F(FinalExit, EachOtherRuleRefuses) {
  const std::string passport = ready(0), open_visa = ready(1), abroad = ready(2);
  set(passport, "passport_expiry = '2026-03-01'");  // 59 days: under 60
  add_visa(open_visa, "exit-reentry-multiple", "2025-12-01", "2026-05-01");
  set(abroad, "inside_kingdom = 0");
  EXPECT_EQ(codes(body(quote(passport))["problems"], "code"), std::vector<std::string>{"passport-expiring"});
  EXPECT_NE(body(quote(passport))["problems"][0]["en"].get<std::string>().find("60"), std::string::npos);
  EXPECT_EQ(codes(body(quote(open_visa))["problems"], "code"), std::vector<std::string>{"other-open-visa"});
  EXPECT_EQ(codes(body(quote(abroad))["problems"], "code"), std::vector<std::string>{"outside-kingdom"});
  for (const auto& iqama : {passport, open_visa, abroad}) EXPECT_EQ(issue(iqama, "no-" + iqama).status, 422);
  EXPECT_EQ(count("SELECT count(*) FROM visa_event"), 0);
}

TEST_F(FinalExit, AfterOneIsIssuedASecondIsRefusedAndAReplayIsTheFirst) {
  const std::string iqama = ready();
  const nlohmann::json request = {{"iqamaNumber", iqama},
                                  {"securityCode", security_code(token_, "final-exit")}};
  const Response first = post("/api/v1/final-exits", request, "once");
  ASSERT_EQ(first.status, 201);
  EXPECT_EQ(post("/api/v1/final-exits", request, "once").body, first.body);
  EXPECT_EQ(count("SELECT count(*) FROM visa WHERE type_code = 'final-exit' AND issued_on = '2026-01-01'"),
            1);
  EXPECT_EQ(codes(body(quote(iqama))["problems"], "code"), std::vector<std::string>{"other-open-visa"});
}

TEST_F(FinalExit, AnotherEstablishmentAWrongCodeAndBadInputChangeNothing) {
  const std::string iqama = ready();
  const Response wrong =
      post("/api/v1/final-exits", {{"iqamaNumber", iqama}, {"securityCode", "12345x"}}, "wrong");
  EXPECT_EQ(wrong.status, 400);
  EXPECT_EQ(body(wrong)["errors"][0]["field"], "securityCode");
  EXPECT_EQ(post("/api/v1/final-exits", {{"iqamaNumber", "1' OR 1=1 --"}, {"securityCode", "123456"}}, "inj")
                .status,
            400);
  EXPECT_EQ(post("/api/v1/final-exits", {{"iqamaNumber", iqama}}, "no-code").status, 400);
  token_ = sign_in("nakheel.admin");
  EXPECT_EQ(quote(iqama).status, 404);
  EXPECT_EQ(issue(iqama, "cross").status, 404);
  EXPECT_EQ(count("SELECT count(*) FROM visa_event"), 0);
}

}  // namespace
}  // namespace muqeem::portal
