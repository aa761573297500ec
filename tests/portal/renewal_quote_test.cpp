// The renewal quote an officer reads before renewing: the resident's verified details, the fees
// (DOMAIN.md: SAR 650 a year, 163 / 325 / 488 for 3 / 6 / 9 months; SAR 500 late after 3 days' grace,
// 1,000 the second time) and every problem that stands in the way, in Arabic and English.
#include "portal/renewal_fixture.h"

namespace muqeem::portal {
namespace {

using nlohmann::json;
using RenewalQuote = RenewalTest;

bool has_arabic(const std::string& text) {
  return text.find("\xD8") != std::string::npos || text.find("\xD9") != std::string::npos;
}

TEST_F(RenewalQuote, ShowsTheVerifiedDetailsTheFeeAndTheNewExpiry) {
  const std::string iqama = eligible();
  const Response response = quote(iqama, 12);
  ASSERT_EQ(response.status, 200) << response.body;
  const auto q = body(response);
  const auto file = body(call("GET", "/api/v1/residents/" + iqama, "", token_));
  EXPECT_EQ(q["iqamaNumber"], iqama);
  EXPECT_EQ(q["name"], file["name"]);
  EXPECT_EQ(q["nationality"], file["nationality"]);
  EXPECT_EQ(q["passport"]["number"], file["passport"]["number"]);
  EXPECT_EQ(q["passport"]["expiry"], "2030-05-01");
  EXPECT_EQ(q["sponsor"]["en"], "Golden Sands Contracting Co.");
  EXPECT_EQ(q["sponsor"]["ar"], "شركة الرمال الذهبية للمقاولات");
  EXPECT_EQ(q["iqamaExpiry"], "2026-03-01");
  EXPECT_EQ(q["iqamaExpiryHijri"], file["iqamaExpiryHijri"]);
  EXPECT_EQ(q["newExpiry"], "2027-03-01");
  EXPECT_EQ(q["newExpiryHijri"].get<std::string>().size(), 10u);
  EXPECT_TRUE(q["eligible"]);
  EXPECT_TRUE(q["problems"].empty());
  ASSERT_EQ(q["fees"].size(), 1u);
  EXPECT_EQ(q["fees"][0]["code"], "iqama-fee");
  EXPECT_EQ(q["fees"][0]["amountHalalas"], 65000);
  EXPECT_TRUE(has_arabic(q["fees"][0]["label"]["ar"]));
  EXPECT_EQ(q["totalHalalas"], 65000);
}

TEST_F(RenewalQuote, ThePublishedFeesForThreeSixAndNineMonths) {
  const std::string iqama = eligible();
  EXPECT_EQ(body(quote(iqama, 3))["totalHalalas"], 16300);
  EXPECT_EQ(body(quote(iqama, 6))["totalHalalas"], 32500);
  EXPECT_EQ(body(quote(iqama, 9))["totalHalalas"], 48800);
  EXPECT_EQ(body(quote(iqama, 24))["totalHalalas"], 130000);
}

TEST_F(RenewalQuote, LateAfterTheGraceDaysAddsTheFineAndTheSecondTimeItDoubles) {
  const std::string iqama = eligible();
  set(iqama, "iqama_expiry = '2025-12-29'");  // three days before today: within the grace
  EXPECT_EQ(body(quote(iqama, 12))["fees"].size(), 1u);
  set(iqama, "iqama_expiry = '2025-12-20'");
  const auto first = body(quote(iqama, 12));
  EXPECT_TRUE(first["eligible"]);
  EXPECT_EQ(codes(first["fees"], "code"), (std::vector<std::string>{"iqama-fee", "late-renewal-fine"}));
  EXPECT_EQ(first["fees"][1]["amountHalalas"], 50000);
  EXPECT_EQ(first["totalHalalas"], 115000);
  set(iqama, "late_renewals = 1");
  EXPECT_EQ(body(quote(iqama, 12))["totalHalalas"], 165000);
}

struct ProblemCase {
  const char* code;
  const char* assignments;  // what is wrong with the resident
  int months = 12;
};

TEST_F(RenewalQuote, EachProblemIsACodedBilingualItem) {
  const ProblemCase cases[] = {
      {"not-yet-due", "iqama_expiry = '2026-08-01'"},
      {"passport-expired", "passport_expiry = '2025-12-01'"},
      {"passport-expiring", "passport_expiry = '2026-02-15'"},
      {"no-medical-insurance", "insurance_expiry = NULL"},
      {"no-medical-insurance", "insurance_expiry = '2025-12-15'"},
      {"outside-kingdom", "inside_kingdom = 0"},
      {"reported-absent", "absent_reported_on = '2025-11-01'"},
      {"duration-not-allowed", "occupation_code = 'HMD'", 3},
      {"duration-not-allowed", "occupation_code = 'ENG-CIV'", 4},
      {"duration-too-short", "iqama_expiry = '2025-06-01'", 3},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(std::string(c.code) + ": " + c.assignments);
    const std::string iqama = eligible();
    set(iqama, c.assignments);
    const Response response = quote(iqama, c.months);
    ASSERT_EQ(response.status, 200) << response.body;
    const auto q = body(response);
    EXPECT_FALSE(q["eligible"]);
    ASSERT_EQ(q["problems"].size(), 1u) << q["problems"].dump();
    EXPECT_EQ(q["problems"][0]["code"], c.code);
    EXPECT_TRUE(has_arabic(q["problems"][0]["ar"]));
    EXPECT_FALSE(q["problems"][0]["en"].get<std::string>().empty());
  }
}

TEST_F(RenewalQuote, UnpaidViolationsAreNamedWithTheAmountOwed) {
  const std::string iqama = eligible();
  add_unpaid_violation(iqama, 30000);
  const auto q = body(quote(iqama, 12));
  ASSERT_EQ(q["problems"].size(), 1u);
  EXPECT_EQ(q["problems"][0]["code"], "unpaid-traffic-violations");
  EXPECT_NE(q["problems"][0]["en"].get<std::string>().find("SAR 300.00"), std::string::npos);
  EXPECT_NE(q["problems"][0]["ar"].get<std::string>().find("300.00"), std::string::npos);
}

TEST_F(RenewalQuote, EveryProblemIsListedAtOnce) {
  const std::string iqama = eligible();
  set(iqama,
      "passport_expiry = '2025-01-01', insurance_expiry = NULL, inside_kingdom = 0, occupation_code = 'PDR'");
  add_unpaid_violation(iqama, 15000);
  const auto q = body(quote(iqama, 3));
  EXPECT_EQ(codes(q["problems"], "code"),
            (std::vector<std::string>{"passport-expired", "no-medical-insurance", "outside-kingdom",
                                      "unpaid-traffic-violations", "duration-not-allowed"}));
  EXPECT_EQ(q["totalHalalas"], 16300);  // the fee is still shown, so the officer knows what is coming
}

TEST_F(RenewalQuote, AnotherEstablishmentsResidentIsNotFound) {
  const std::string iqama = eligible();
  token_ = sign_in("nakheel.admin");
  const Response response = quote(iqama, 12);
  EXPECT_EQ(response.status, 404);
  EXPECT_EQ(body(response)["type"], "https://muqeem.example/problems/resident-not-found");
}

TEST_F(RenewalQuote, BadFieldsAreNamed) {
  const Response bad_number = quote("2000000007", 12);  // wrong check digit
  EXPECT_EQ(bad_number.status, 400);
  EXPECT_EQ(body(bad_number)["errors"][0]["field"], "iqamaNumber");
  const Response bad_months =
      call("POST", "/api/v1/iqama-renewals/quote",
           json{{"iqamaNumber", eligible()}, {"durationMonths", "12"}}.dump(), token_);
  EXPECT_EQ(bad_months.status, 400);
  EXPECT_EQ(codes(body(bad_months)["errors"], "field"), std::vector<std::string>{"durationMonths"});
  EXPECT_EQ(call("POST", "/api/v1/iqama-renewals/quote", "[1]", token_).status, 400);
}

TEST_F(RenewalQuote, NeedsASession) {
  EXPECT_EQ(call("POST", "/api/v1/iqama-renewals/quote", request(eligible(), 12)).status, 401);
  EXPECT_EQ(call("POST", "/api/v1/iqama-renewals/quote", request(eligible(), 12), "forged").status, 401);
}

// The demo, as seeded, has residents an officer can renew and residents showing each problem.
class DemoSpread : public RenewalTest {
 protected:
  DemoSpread() : RenewalTest(3000, 200) {}
};

TEST_F(DemoSpread, HasEligibleResidentsAndEveryProblem) {
  std::map<std::string, int> seen;
  int eligible_count = 0;
  store::Statement all = portal_.db->prepare(
      "SELECT r.iqama_number, o.domestic FROM resident r JOIN occupation o ON o.code = r.occupation_code "
      "WHERE "
      "r.establishment_id = 1");
  std::vector<std::pair<std::string, bool>> residents;
  while (all.step()) residents.emplace_back(all.text(0), all.integer(1) != 0);
  for (const auto& [iqama, domestic] : residents) {
    const auto q = body(quote(iqama, domestic ? 3 : 12));
    if (q["eligible"]) ++eligible_count;
    for (const auto& problem : q["problems"]) ++seen[problem["code"]];
  }
  EXPECT_GT(eligible_count, 300);  // DOMAIN.md's window: every iqama within 6 months of its end
  for (const char* code :
       {"not-yet-due", "passport-expired", "passport-expiring", "no-medical-insurance", "outside-kingdom",
        "unpaid-traffic-violations", "reported-absent", "duration-not-allowed"}) {
    EXPECT_GT(seen[code], 0) << code;
  }
}

}  // namespace
}  // namespace muqeem::portal
