// Renewing an iqama: one security code per transaction, an Idempotency-Key so a retry never renews
// twice or charges twice, the fee taken from the establishment's balance, and nothing changed when
// anything is refused.
#include "portal/renewal_fixture.h"

namespace muqeem::portal {
namespace {

using RenewalSubmit = RenewalTest;


TEST_F(RenewalSubmit, RenewsChargesTheFeeAndRecordsItAll) {
  const std::string iqama = eligible();
  const std::string name = body(call("GET", "/api/v1/residents/" + iqama, "", token_))["name"]["en"];
  const Response response = submit(iqama, 12, security_code(token_), "key-1");
  ASSERT_EQ(response.status, 201) << response.body;
  const auto result = body(response);
  const std::string number = result["requestNumber"];
  EXPECT_EQ(number.size(), 10u);
  EXPECT_EQ(number.rfind("03", 0), 0u);  // SADAD's service code for renewing an iqama
  EXPECT_EQ(result["iqamaNumber"], iqama);
  EXPECT_EQ(result["name"]["en"], name);
  EXPECT_EQ(result["durationMonths"], 12);
  EXPECT_EQ(result["previousExpiry"], "2026-03-01");
  EXPECT_EQ(result["newExpiry"], "2027-03-01");
  EXPECT_EQ(result["newExpiryHijri"].get<std::string>().size(), 10u);
  EXPECT_EQ(result["totalHalalas"], 65000);

  EXPECT_EQ(expiry_of(iqama), "2027-03-01");
  EXPECT_EQ(balance(), kGoldenBalance - 65000);
  EXPECT_EQ(
      count("SELECT count(*) FROM payment WHERE reference = '" + number + "' AND amount_halalas = 65000"), 1);
  EXPECT_EQ(count("SELECT count(*) FROM audit_log WHERE operation = 'iqama-renewal' AND subject = '" + iqama +
                  "' AND outcome = 'renewed " + number + "'"),
            1);
}

TEST_F(RenewalSubmit, AQuoteAndItsSubmitChargeTheSameIncludingTheLateFine) {
  const std::string iqama = eligible();
  set(iqama, "iqama_expiry = '2025-12-01'");
  const auto quoted = body(quote(iqama, 6));
  const auto result = body(submit(iqama, 6, security_code(token_), "late-1"));
  EXPECT_EQ(result["totalHalalas"], quoted["totalHalalas"]);
  EXPECT_EQ(result["totalHalalas"], 32500 + 50000);
  EXPECT_EQ(result["newExpiry"], "2026-06-01");  // from the old expiry: the lapsed month is paid for
  EXPECT_EQ(balance(), kGoldenBalance - 82500);
}

TEST_F(RenewalSubmit, AReplayReturnsTheFirstResultAndChargesOnce) {
  const std::string iqama = eligible();
  const std::string code = security_code(token_);
  const Response first = submit(iqama, 12, code, "retry-me");
  ASSERT_EQ(first.status, 201);
  const Response again = submit(iqama, 12, code, "retry-me");  // the answer was lost; the app retries
  EXPECT_EQ(again.status, 201);
  EXPECT_EQ(again.body, first.body);
  EXPECT_EQ(again.header("Idempotent-Replayed"), "true");
  EXPECT_EQ(balance(), kGoldenBalance - 65000);
  EXPECT_EQ(expiry_of(iqama), "2027-03-01");
  EXPECT_EQ(renewals(), 1);
}

TEST_F(RenewalSubmit, TheSameKeyForAnotherRequestIsRefused) {
  const std::string iqama = eligible();
  ASSERT_EQ(submit(iqama, 12, security_code(token_), "one-key").status, 201);
  const Response other = submit(eligible(1), 12, security_code(token_), "one-key");
  EXPECT_EQ(other.status, 422);
  EXPECT_EQ(body(other)["type"], "https://muqeem.example/problems/idempotency-key-reused");
  EXPECT_EQ(body(other)["errors"][0]["field"], "Idempotency-Key");
  EXPECT_EQ(renewals(), 1);
  EXPECT_EQ(balance(), kGoldenBalance - 65000);
}

TEST_F(RenewalSubmit, WithoutAnIdempotencyKeyNothingHappens) {
  const std::string iqama = eligible();
  const Response response = submit(iqama, 12, security_code(token_), "");
  EXPECT_EQ(response.status, 400);
  EXPECT_EQ(response.header("Content-Type"), "application/problem+json");
  EXPECT_EQ(body(response)["errors"][0]["field"], "Idempotency-Key");
  EXPECT_EQ(expiry_of(iqama), "2026-03-01");
  EXPECT_EQ(balance(), kGoldenBalance);
}

TEST_F(RenewalSubmit, AnIneligibleResidentIsRefusedWithEachProblemUnderItsField) {
  const std::string iqama = eligible();
  set(iqama, "inside_kingdom = 0, occupation_code = 'HMD'");
  const Response response = submit(iqama, 3, security_code(token_), "k");
  EXPECT_EQ(response.status, 422);
  const auto problem = body(response);
  EXPECT_EQ(problem["type"], "https://muqeem.example/problems/not-eligible");
  EXPECT_EQ(codes(problem["errors"], "field"), (std::vector<std::string>{"iqamaNumber", "durationMonths"}));
  EXPECT_EQ(expiry_of(iqama), "2026-03-01");
  EXPECT_EQ(balance(), kGoldenBalance);
  EXPECT_EQ(renewals(), 0);
}

TEST_F(RenewalSubmit, AnotherEstablishmentsResidentIsNotFoundAndNotCharged) {
  const std::string iqama = eligible();
  token_ = sign_in("nakheel.admin");
  const Response response = submit(iqama, 12, security_code(token_), "cross");
  EXPECT_EQ(response.status, 404);
  EXPECT_EQ(body(response)["type"], "https://muqeem.example/problems/resident-not-found");
  token_ = sign_in("golden.admin");
  EXPECT_EQ(expiry_of(iqama), "2026-03-01");
  EXPECT_EQ(renewals(), 0);
}

TEST_F(RenewalSubmit, ABalanceThatDoesNotCoverTheFeeIsAProblemAndTheCodeStaysUsable) {
  const std::string iqama = eligible();
  portal_.db->execute("UPDATE establishment SET balance_halalas = 60000 WHERE id = 1");
  const std::string code = security_code(token_);
  const Response response = submit(iqama, 12, code, "poor");
  EXPECT_EQ(response.status, 402);
  EXPECT_NE(body(response)["title"]["en"].get<std::string>().find("SAR 600.00"), std::string::npos);
  EXPECT_EQ(expiry_of(iqama), "2026-03-01");
  portal_.db->execute("UPDATE establishment SET balance_halalas = 65000 WHERE id = 1");
  EXPECT_EQ(submit(iqama, 12, code, "poor").status, 201);  // nothing was remembered under the key
  EXPECT_EQ(balance(), 0);
}

TEST_F(RenewalSubmit, NeedsASession) {
  const Response response = call("POST", "/api/v1/iqama-renewals", request(eligible(), 12, "123456"), "", {},
                                 {{"Idempotency-Key", "k"}});
  EXPECT_EQ(response.status, 401);
  EXPECT_EQ(renewals(), 0);
}

}  // namespace
}  // namespace muqeem::portal
