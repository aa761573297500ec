// Issuing an exit/re-entry visa: the quote's dates, fee and problems by DOMAIN.md's rules and figures
// (single SAR 200 up to two months then SAR 100 a month; multiple SAR 500 up to three months then SAR
// 200), and the submit: one security code, an Idempotency-Key, the fee from the balance under SADAD 04 or
// 05, nothing stored when anything is refused.
#include "portal/visa_fixture.h"

namespace muqeem::portal {
namespace {

using ExitReentry = VisaTest;

TEST_F(ExitReentry, AQuoteGivesTheDatesTheFeeAndNoProblems) {
  const std::string iqama = ready();
  const Response response = post("/api/v1/exit-reentry-visas/quote", issue_body(iqama, "single", 60));
  ASSERT_EQ(response.status, 200) << response.body;
  const auto quote = body(response);
  EXPECT_TRUE(quote["eligible"]);
  EXPECT_EQ(quote["problems"], nlohmann::json::array());
  EXPECT_EQ(quote["type"]["code"], "exit-reentry-single");
  EXPECT_EQ(quote["issuedOn"], "2026-01-01");
  EXPECT_EQ(quote["expiresOn"], "2026-03-02");  // 60 days on
  EXPECT_EQ(quote["durationDays"], 60);
  EXPECT_EQ(quote["visaNumber"], nullptr);
  ASSERT_EQ(quote["fees"].size(), 1u);
  EXPECT_EQ(quote["fees"][0]["code"], "exit-reentry-fee");
  EXPECT_EQ(quote["totalHalalas"], 20000);  // two months: SAR 200
  EXPECT_EQ(visas(), count("SELECT count(*) FROM visa"));
}

TEST_F(ExitReentry, AMultipleVisaUntilADateCostsItsExtraMonths) {
  const std::string iqama = ready();
  // 1 January to 1 June is 151 days: six months of 30 days (a part month counts whole), three beyond the
  // base: SAR 500 + 3 x 200.
  const auto quote =
      body(post("/api/v1/exit-reentry-visas/quote",
                {{"iqamaNumber", iqama}, {"type", "multiple"}, {"returnBefore", "2026-06-01"}}));
  EXPECT_EQ(quote["durationDays"], 151);
  EXPECT_EQ(quote["totalHalalas"], 110000);
  EXPECT_TRUE(quote["eligible"]);
}

TEST_F(ExitReentry, IssuesChargesUnderSadad04AndShowsInTheFile) {
  const std::string iqama = ready();
  const Response response = issue(iqama, "single", 90, "erv-1");
  ASSERT_EQ(response.status, 201) << response.body;
  const auto result = body(response);
  const std::string number = result["visa"]["visaNumber"];
  EXPECT_EQ(number.size(), 10u);
  EXPECT_EQ(result["visa"]["iqamaNumber"], iqama);
  EXPECT_EQ(result["visa"]["status"]["code"], "issued");
  EXPECT_EQ(result["visa"]["expiresOn"], "2026-04-01");
  EXPECT_EQ(result["chargedHalalas"], 30000);  // three months: SAR 200 + 100
  EXPECT_EQ(balance(), kGoldenBalance - 30000);
  EXPECT_EQ(count("SELECT count(*) FROM payment WHERE service_code = '04' AND reference = '" + number +
                  "' AND amount_halalas = 30000"),
            1);
  EXPECT_EQ(count("SELECT count(*) FROM visa_event WHERE kind = 'issued' AND fee_halalas = 30000"), 1);
  EXPECT_EQ(count("SELECT count(*) FROM audit_log WHERE operation = 'exit-reentry-visa' AND subject = '" +
                  iqama + "' AND outcome = 'issued " + number + "'"),
            1);
  EXPECT_EQ(file_of(iqama)["visas"][0]["visaNumber"], number);
}

TEST_F(ExitReentry, AMultipleVisaIsPaidUnderSadad05) {
  const std::string iqama = ready();
  ASSERT_EQ(issue(iqama, "multiple", 90, "erv-m").status, 201);
  EXPECT_EQ(count("SELECT count(*) FROM payment WHERE service_code = '05' AND amount_halalas = 50000"), 1);
  EXPECT_EQ(balance(), kGoldenBalance - 50000);
}

TEST_F(ExitReentry, AReplayReturnsTheFirstVisaAndChargesOnce) {
  const std::string iqama = ready();
  const nlohmann::json request = issue_body(iqama, "single", 30, security_code(token_, "exit-reentry-visa"));
  const Response first = post("/api/v1/exit-reentry-visas", request, "again");
  ASSERT_EQ(first.status, 201) << first.body;
  const Response again = post("/api/v1/exit-reentry-visas", request, "again");
  EXPECT_EQ(again.status, 201);
  EXPECT_EQ(again.body, first.body);
  EXPECT_EQ(again.header("Idempotent-Replayed"), "true");
  EXPECT_EQ(balance(), kGoldenBalance - 20000);
  EXPECT_EQ(count("SELECT count(*) FROM visa_event"), 1);
}

TEST_F(ExitReentry, EachRuleRefusesAndNothingIsStored) {
  struct Case {
    const char* fact;
    const char* problem;
    const char* field;
  };
  const Case cases[] = {
      {"passport_expiry = '2026-03-31'", "passport-expiring", "iqamaNumber"},  // 89 days: under 90
      {"iqama_expiry = '2026-02-15'", "beyond-iqama-validity", "durationDays"},
      {"iqama_expiry = '2025-12-20'", "iqama-expired", "iqamaNumber"},
      {"inside_kingdom = 0", "outside-kingdom", "iqamaNumber"},
  };
  int nth = 0;
  for (const Case& c : cases) {
    const std::string iqama = ready(nth++);
    set(iqama, c.fact);
    const auto quote = body(post("/api/v1/exit-reentry-visas/quote", issue_body(iqama, "single", 60)));
    EXPECT_FALSE(quote["eligible"]) << c.fact;
    EXPECT_EQ(codes(quote["problems"], "code"), std::vector<std::string>{c.problem}) << c.fact;
    const Response refused = issue(iqama, "single", 60, std::string("refused-") + c.problem);
    EXPECT_EQ(refused.status, 422) << c.fact;
    EXPECT_EQ(body(refused)["type"], "https://muqeem.example/problems/not-eligible");
    EXPECT_EQ(body(refused)["errors"][0]["field"], c.field) << c.fact;
  }
  EXPECT_EQ(count("SELECT count(*) FROM visa_event"), 0);
  EXPECT_EQ(balance(), kGoldenBalance);
}

TEST_F(ExitReentry, UnpaidFinesAndAnotherOpenVisaStandInTheWay) {
  const std::string iqama = ready();
  add_unpaid_violation(iqama, 30000);
  add_visa(iqama, "exit-reentry-single", "2025-12-15", "2026-02-15");
  const auto quote = body(post("/api/v1/exit-reentry-visas/quote", issue_body(iqama, "multiple", 30)));
  EXPECT_EQ(codes(quote["problems"], "code"),
            (std::vector<std::string>{"unpaid-traffic-violations", "other-open-visa"}));
  EXPECT_NE(quote["problems"][0]["en"].get<std::string>().find("SAR 300.00"), std::string::npos);
  EXPECT_EQ(issue(iqama, "multiple", 30, "blocked").status, 422);
  EXPECT_EQ(balance(), kGoldenBalance);
}

TEST_F(ExitReentry, AReturnDateNotAfterTodayIsAProblemUnderThatField) {
  const std::string iqama = ready();
  const auto quote = body(post("/api/v1/exit-reentry-visas/quote",
                               {{"iqamaNumber", iqama}, {"type", "single"}, {"returnBefore", "2026-01-01"}}));
  EXPECT_EQ(codes(quote["problems"], "code"), std::vector<std::string>{"return-date-not-after-today"});
}

TEST_F(ExitReentry, AWrongSecurityCodeChangesNothing) {
  const std::string iqama = ready();
  const std::string code = security_code(token_, "exit-reentry-visa");
  const std::string wrong =
      std::string(1, code[0] == '9' ? '0' : static_cast<char>(code[0] + 1)) + code.substr(1);
  const Response response =
      post("/api/v1/exit-reentry-visas", issue_body(iqama, "single", 30, wrong), "wrong");
  EXPECT_EQ(response.status, 400);
  EXPECT_EQ(body(response)["errors"][0]["field"], "securityCode");
  EXPECT_EQ(balance(), kGoldenBalance);
  EXPECT_EQ(count("SELECT count(*) FROM visa_event"), 0);
  // A renewal's code does not confirm a visa either.
  const Response other =
      post("/api/v1/exit-reentry-visas",
           issue_body(iqama, "single", 30, security_code(token_, "iqama-renewal")), "other-op");
  EXPECT_EQ(other.status, 400);
  EXPECT_EQ(count("SELECT count(*) FROM visa_event"), 0);
}

TEST_F(ExitReentry, AnotherEstablishmentsResidentIsNotFoundAndNotCharged) {
  const std::string iqama = ready();
  token_ = sign_in("nakheel.admin");
  const Response quote = post("/api/v1/exit-reentry-visas/quote", issue_body(iqama, "single", 30));
  EXPECT_EQ(quote.status, 404);
  const Response response = issue(iqama, "single", 30, "cross");
  EXPECT_EQ(response.status, 404);
  EXPECT_EQ(body(response)["type"], "https://muqeem.example/problems/resident-not-found");
  EXPECT_EQ(count("SELECT count(*) FROM visa_event"), 0);
  EXPECT_EQ(count("SELECT count(*) FROM payment"), 0);
}

TEST_F(ExitReentry, ABalanceThatDoesNotCoverTheFeeIsA402) {
  const std::string iqama = ready();
  portal_.db->execute("UPDATE establishment SET balance_halalas = 19999 WHERE id = 1");
  const Response response = issue(iqama, "single", 30, "poor");
  EXPECT_EQ(response.status, 402);
  EXPECT_NE(body(response)["title"]["en"].get<std::string>().find("SAR 200.00"), std::string::npos);
  EXPECT_EQ(count("SELECT count(*) FROM visa_event"), 0);
}

TEST_F(ExitReentry, BadInputIsA400InBothLanguagesAndStoresNothing) {
  const std::string iqama = ready();
  const int64_t before = visas();
  const std::string code = security_code(token_, "exit-reentry-visa");
  const nlohmann::json bad[] = {
      {{"iqamaNumber", iqama}, {"type", "both"}, {"durationDays", 30}, {"securityCode", code}},
      {{"iqamaNumber", iqama}, {"type", "single"}, {"durationDays", "thirty"}, {"securityCode", code}},
      {{"iqamaNumber", iqama}, {"type", "single"}, {"durationDays", 0}, {"securityCode", code}},
      {{"iqamaNumber", iqama}, {"type", "single"}, {"securityCode", code}},
      {{"iqamaNumber", iqama},
       {"type", "single"},
       {"durationDays", 30},
       {"returnBefore", "2026-03-01"},
       {"securityCode", code}},
      {{"iqamaNumber", iqama}, {"type", "single"}, {"returnBefore", "2026-02-30"}, {"securityCode", code}},
      {{"iqamaNumber", "2' OR '1'='1"}, {"type", "single"}, {"durationDays", 30}, {"securityCode", code}},
      {{"iqamaNumber", iqama},
       {"type", "single'; DROP TABLE visa; --"},
       {"durationDays", 30},
       {"securityCode", code}},
      {{"iqamaNumber", 2123456789}, {"type", "single"}, {"durationDays", 30}, {"securityCode", code}},
      {{"iqamaNumber", iqama}, {"type", "single"}, {"durationDays", 30}},
  };
  int n = 0;
  for (const auto& request : bad) {
    const Response response = post("/api/v1/exit-reentry-visas", request, "bad-" + std::to_string(n++));
    EXPECT_EQ(response.status, 400) << request.dump();
    EXPECT_EQ(response.header("Content-Type"), "application/problem+json");
    const auto problem = body(response);
    EXPECT_FALSE(problem["errors"].empty()) << request.dump();
    EXPECT_FALSE(problem["errors"][0]["message"]["ar"].get<std::string>().empty());
    EXPECT_FALSE(problem["errors"][0]["message"]["en"].get<std::string>().empty());
  }
  Request malformed;
  malformed.method = "POST";
  malformed.path = "/api/v1/exit-reentry-visas";
  malformed.body = "{\"iqamaNumber\": ";
  malformed.headers["authorization"] = "Bearer " + token_;
  malformed.set_header("Idempotency-Key", "malformed");
  EXPECT_EQ(portal_.router->handle(malformed).status, 400);
  EXPECT_EQ(post("/api/v1/exit-reentry-visas", issue_body(iqama, "single", 30, code)).status, 400);  // no key
  EXPECT_EQ(visas(), before);
  EXPECT_EQ(balance(), kGoldenBalance);
}

TEST_F(ExitReentry, NeedsASession) {
  const Response response =
      call("POST", "/api/v1/exit-reentry-visas/quote", issue_body(ready(), "single", 30).dump());
  EXPECT_EQ(response.status, 401);
}

}  // namespace
}  // namespace muqeem::portal
