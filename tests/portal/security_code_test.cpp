// Per-transaction security codes (DOMAIN.md: each e-transaction asks for another code): sent by SMS
// to the officer's mobile, six digits, for one transaction, used once, expiring after five minutes
// and three wrong attempts like the sign-in code; a wrong one changes nothing but the attempts left.
#include "portal/renewal_fixture.h"

namespace muqeem::portal {
namespace {

using SecurityCode = RenewalTest;

std::string wrong(const std::string& code) {
  return std::string(1, code[0] == '9' ? '0' : static_cast<char>(code[0] + 1)) + code.substr(1);
}

TEST_F(SecurityCode, IsSentBySmsToTheOfficersMobile) {
  const Response response =
      call("POST", "/api/v1/auth/security-code", R"({"operation": "iqama-renewal"})", token_);
  ASSERT_EQ(response.status, 201);
  const auto sent = body(response);
  EXPECT_EQ(sent["operation"], "iqama-renewal");
  EXPECT_EQ(sent["maskedMobile"], "05******67");
  EXPECT_EQ(sent["expiresAt"], portal_.now + 300);
  const auto message = body(call("GET", "/api/v1/demo/outbox"))["messages"][0];
  EXPECT_EQ(message["mobile"], "+966551234567");
  EXPECT_EQ(message["text"].get<std::string>().rfind("transaction code ", 0), 0u);
  EXPECT_EQ(count("SELECT count(*) FROM security_code WHERE code_hash = '" + last_sms_code() + "'"),
            0);  // hashed
}

TEST_F(SecurityCode, AWrongCodeChangesNothingButTheAttemptsLeft) {
  const std::string iqama = eligible();
  const std::string code = security_code(token_);
  const Response response = submit(iqama, 12, wrong(code), "k1");
  EXPECT_EQ(response.status, 400);
  const auto problem = body(response);
  EXPECT_EQ(problem["type"], "https://muqeem.example/problems/wrong-security-code");
  EXPECT_EQ(problem["errors"][0]["field"], "securityCode");
  EXPECT_NE(problem["errors"][0]["message"]["en"].get<std::string>().find("attempts left: 2"),
            std::string::npos);
  EXPECT_EQ(expiry_of(iqama), "2026-03-01");
  EXPECT_EQ(renewals(), 0);
  EXPECT_EQ(submit(iqama, 12, code, "k1").status, 201);  // the right one still works, with the same key
}

TEST_F(SecurityCode, ThreeWrongAttemptsUseTheCodeUp) {
  const std::string iqama = eligible();
  const std::string code = security_code(token_);
  EXPECT_EQ(submit(iqama, 12, wrong(code), "k").status, 400);
  EXPECT_EQ(submit(iqama, 12, wrong(code), "k").status, 400);
  EXPECT_EQ(body(submit(iqama, 12, wrong(code), "k"))["type"],
            "https://muqeem.example/problems/security-code-unusable");
  EXPECT_EQ(body(submit(iqama, 12, code, "k"))["type"],
            "https://muqeem.example/problems/security-code-unusable");
  EXPECT_EQ(renewals(), 0);
}

TEST_F(SecurityCode, ExpiresAfterFiveMinutes) {
  const std::string iqama = eligible();
  const std::string code = security_code(token_);
  portal_.now += 301;
  const Response response = submit(iqama, 12, code, "late");
  EXPECT_EQ(response.status, 400);
  EXPECT_EQ(body(response)["type"], "https://muqeem.example/problems/security-code-expired");
  EXPECT_EQ(body(response)["errors"][0]["field"], "securityCode");
  EXPECT_EQ(renewals(), 0);
}

TEST_F(SecurityCode, ServesOneTransactionOnly) {
  const std::string code = security_code(token_);
  ASSERT_EQ(submit(eligible(0), 12, code, "first").status, 201);
  const Response second = submit(eligible(1), 12, code, "second");
  EXPECT_EQ(second.status, 400);
  EXPECT_EQ(body(second)["type"], "https://muqeem.example/problems/security-code-unusable");
  EXPECT_EQ(renewals(), 1);
}

TEST_F(SecurityCode, ANewCodeRetiresTheOldOne) {
  const std::string old_code = security_code(token_);
  const std::string new_code = security_code(token_);
  if (old_code != new_code) {  // one time in a million they are the same six digits
    EXPECT_EQ(submit(eligible(), 12, old_code, "k").status, 400);
  }
  EXPECT_EQ(submit(eligible(), 12, new_code, "k").status, 201);
}

TEST_F(SecurityCode, WithoutAskingForOneThereIsNone) {
  const Response response = submit(eligible(), 12, "123456", "k");
  EXPECT_EQ(response.status, 400);
  EXPECT_EQ(body(response)["type"], "https://muqeem.example/problems/security-code-unusable");
}

TEST_F(SecurityCode, IsAskedForANamedTransactionBySomeoneSignedIn) {
  EXPECT_EQ(call("POST", "/api/v1/auth/security-code", R"({"operation": "iqama-renewal"})").status, 401);
  const Response unknown =
      call("POST", "/api/v1/auth/security-code", R"({"operation": "launch-rocket"})", token_);
  EXPECT_EQ(unknown.status, 400);
  EXPECT_EQ(body(unknown)["errors"][0]["field"], "operation");
  EXPECT_EQ(call("POST", "/api/v1/auth/security-code", "{}", token_).status, 400);
}

}  // namespace
}  // namespace muqeem::portal
