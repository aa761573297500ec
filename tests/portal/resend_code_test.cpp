// When the sign-in SMS does not arrive: a new code for the same challenge after a minute, at most three
// times, the old code no longer working; and how many wrong codes are left, said with every refusal.
#include "portal/api_fixture.h"

namespace muqeem::portal {
namespace {

using nlohmann::json;

class ResendCode : public ApiTest {
 protected:
  // Signs in with the password and returns the challenge (the SMS code is in the outbox).
  json challenge() {
    const auto captcha = body(call("POST", "/api/v1/auth/captcha"));
    const auto outbox = body(call("GET", "/api/v1/demo/outbox"));
    const json request = {{"username", "golden.admin"},
                          {"password", "Muqeem@2026"},
                          {"captchaId", captcha["captchaId"]},
                          {"captchaAnswer", outbox["captchas"][0]["answer"]}};
    const Response response = call("POST", "/api/v1/auth/sign-in", request.dump());
    EXPECT_EQ(response.status, 200) << response.body;
    return body(response);
  }
  Response resend(const json& challenge) {
    return call("POST", "/api/v1/auth/resend-code", json{{"challengeId", challenge["challengeId"]}}.dump());
  }
  Response verify(const json& challenge, const std::string& code) {
    return call("POST", "/api/v1/auth/verify-code",
                json{{"challengeId", challenge["challengeId"]}, {"code", code}}.dump());
  }
  static std::string other_than(const std::string& code) { return code == "000000" ? "111111" : "000000"; }
};

TEST_F(ResendCode, TheChallengeSaysWhenANewCodeCanBeAskedForAndHowManyTriesAreLeft) {
  const auto sent = challenge();
  EXPECT_EQ(sent["attemptsLeft"], 3);
  EXPECT_EQ(sent["resendAvailableAt"], portal_.now + 60);
  EXPECT_EQ(sent["resendsLeft"], 3);
}

TEST_F(ResendCode, TooEarlyIsRefusedWithTheWaitLeft) {
  const auto sent = challenge();
  portal_.now += 20;
  const Response early = resend(sent);
  EXPECT_EQ(early.status, 429);
  EXPECT_EQ(early.header("Retry-After"), "40");
  EXPECT_EQ(early.header("Content-Type"), "application/problem+json");
  const auto problem = body(early);
  EXPECT_NE(problem["type"].get<std::string>().find("resend-too-early"), std::string::npos);
  EXPECT_EQ(problem["resendAvailableAt"], portal_.now + 40);
  EXPECT_FALSE(problem["title"]["ar"].get<std::string>().empty());
  EXPECT_FALSE(problem["title"]["en"].get<std::string>().empty());
}

TEST_F(ResendCode, TheNewCodeWorksAndTheOldOneNoLonger) {
  const auto sent = challenge();
  const std::string old_code = last_sms_code();
  portal_.now += 60;
  const Response resent = resend(sent);
  ASSERT_EQ(resent.status, 200) << resent.body;
  const auto again = body(resent);
  EXPECT_EQ(again["challengeId"], sent["challengeId"]);
  EXPECT_EQ(again["maskedMobile"], "05******67");
  EXPECT_EQ(again["expiresAt"], portal_.now + 5 * 60);  // a fresh five minutes
  EXPECT_EQ(again["resendAvailableAt"], portal_.now + 60);
  EXPECT_EQ(again["resendsLeft"], 2);
  const std::string new_code = last_sms_code();
  if (new_code != old_code) {  // one time in a million the two codes are the same
    EXPECT_EQ(verify(sent, old_code).status, 400);
  }
  const Response signed_in = verify(sent, new_code);
  ASSERT_EQ(signed_in.status, 200) << signed_in.body;
  EXPECT_EQ(body(signed_in)["token"].get<std::string>().size(), 64u);
  EXPECT_EQ(count("SELECT count(*) FROM audit_log WHERE operation = 'resend-code' AND outcome = 'code-sent'"),
            1);
}

TEST_F(ResendCode, ThreeResendsAtMostThenSignInAgain) {
  const auto sent = challenge();
  for (int resends_left = 2; resends_left >= 0; --resends_left) {
    portal_.now += 60;
    const Response resent = resend(sent);
    ASSERT_EQ(resent.status, 200);
    EXPECT_EQ(body(resent)["resendsLeft"], resends_left);
  }
  portal_.now += 60;
  const Response fourth = resend(sent);
  EXPECT_EQ(fourth.status, 429);
  EXPECT_NE(body(fourth)["type"].get<std::string>().find("resend-limit-reached"), std::string::npos);
  EXPECT_EQ(fourth.header("Retry-After"), "");           // waiting would not help
  EXPECT_EQ(verify(sent, last_sms_code()).status, 200);  // the third resend's code still works
}

TEST_F(ResendCode, WrongCodesSayHowManyTriesAreLeft) {
  const auto sent = challenge();
  const std::string wrong = other_than(last_sms_code());
  const auto first = body(verify(sent, wrong));
  EXPECT_NE(first["type"].get<std::string>().find("wrong-code"), std::string::npos);
  EXPECT_EQ(first["attemptsLeft"], 2);
  EXPECT_EQ(first["errors"][0]["field"], "code");
  EXPECT_EQ(body(verify(sent, wrong))["attemptsLeft"], 1);
  const auto last = body(verify(sent, wrong));
  EXPECT_NE(last["type"].get<std::string>().find("code-unusable"), std::string::npos);
  EXPECT_EQ(last["attemptsLeft"], 0);
  // A new code comes with its own three tries.
  portal_.now += 60;
  EXPECT_EQ(body(resend(sent))["attemptsLeft"], 3);
  EXPECT_EQ(verify(sent, last_sms_code()).status, 200);
}

TEST_F(ResendCode, AUsedOrUnknownChallengeCannotBeResent) {
  const auto sent = challenge();
  ASSERT_EQ(verify(sent, last_sms_code()).status, 200);
  portal_.now += 60;
  const Response used = resend(sent);
  EXPECT_EQ(used.status, 400);
  EXPECT_NE(body(used)["type"].get<std::string>().find("sign-in-unusable"), std::string::npos);
  EXPECT_EQ(resend(json{{"challengeId", "no-such-challenge"}}).status, 400);
  const Response missing = call("POST", "/api/v1/auth/resend-code", "{}");
  EXPECT_EQ(missing.status, 400);
  EXPECT_EQ(body(missing)["errors"][0]["field"], "challengeId");
}

}  // namespace
}  // namespace muqeem::portal
