// Staying signed in: every answer to a signed-in request says when the session will end if left idle
// (the Session-Expires-At header the app warns from), and "stay signed in" pushes that end on.
#include "portal/api_fixture.h"

namespace muqeem::portal {
namespace {

constexpr int64_t kIdle = 15 * 60;  // the idle time the contract documents

using Session = ApiTest;

TEST_F(Session, EverySignedInAnswerSaysWhenTheSessionEnds) {
  const std::string token = sign_in("golden.admin");
  portal_.now += 5 * 60;
  const std::string end = std::to_string(portal_.now + kIdle);
  EXPECT_EQ(call("GET", "/api/v1/establishment", "", token).header("Session-Expires-At"), end);
  const Response list = call("GET", "/api/v1/residents", "", token, {{"size", "1"}});
  EXPECT_EQ(list.header("Session-Expires-At"), end);
  const std::string iqama = body(list)["content"][0]["iqamaNumber"];
  EXPECT_EQ(call("GET", "/api/v1/residents/" + iqama, "", token).header("Session-Expires-At"), end);
  // Refusals made within a session carry it too: the session is still there.
  const Response refused = call("GET", "/api/v1/residents/2000000007", "", token);
  EXPECT_EQ(refused.status, 400);
  EXPECT_EQ(refused.header("Session-Expires-At"), end);
}

TEST_F(Session, AnswersWithoutALiveSessionSayNothingAboutOne) {
  EXPECT_EQ(call("GET", "/api/v1/config").header("Session-Expires-At"), "");
  EXPECT_EQ(call("GET", "/api/v1/residents").header("Session-Expires-At"), "");
  EXPECT_EQ(call("GET", "/api/v1/residents", "", "forged-token").header("Session-Expires-At"), "");
  const std::string token = sign_in("golden.admin");
  EXPECT_EQ(call("POST", "/api/v1/auth/sign-out", "", token).header("Session-Expires-At"), "");
}

TEST_F(Session, StayingSignedInPushesTheEndAFullIdlePeriodOn) {
  const std::string token = sign_in("golden.admin");
  portal_.now += 14 * 60;  // the app warns two minutes before the end; the officer asks to stay
  const Response extended = call("POST", "/api/v1/auth/session/extend", "{}", token);
  ASSERT_EQ(extended.status, 200) << extended.body;
  EXPECT_EQ(body(extended)["expiresAt"], portal_.now + kIdle);
  EXPECT_EQ(extended.header("Session-Expires-At"), std::to_string(portal_.now + kIdle));
  EXPECT_EQ(count("SELECT count(*) FROM audit_log WHERE operation = 'extend-session' AND outcome = "
                  "'extended'"),
            1);

  portal_.now += kIdle - 1;  // still within the extended session
  EXPECT_EQ(call("GET", "/api/v1/establishment", "", token).status, 200);
}

// A read does not become a write on every request: the end moves once a request would push it on by
// half a minute or more, and until then the header tells the end as stored, so it is never later than
// the truth. A session in steady use never lapses.
TEST_F(Session, RequestsMoveTheEndInHalfMinuteStepsAndABusySessionNeverLapses) {
  const std::string token = sign_in("golden.admin");
  const int64_t signed_in_end = portal_.now + kIdle;
  portal_.now += 10;
  EXPECT_EQ(call("GET", "/api/v1/establishment", "", token).header("Session-Expires-At"),
            std::to_string(signed_in_end));
  EXPECT_EQ(count("SELECT expires_at FROM session"), signed_in_end);  // not written
  portal_.now += 20;
  EXPECT_EQ(call("GET", "/api/v1/establishment", "", token).header("Session-Expires-At"),
            std::to_string(portal_.now + kIdle));
  EXPECT_EQ(count("SELECT expires_at FROM session"), portal_.now + kIdle);

  for (int minute = 0; minute < 3 * kIdle / 60; ++minute) {  // a request every 20 s for 45 minutes
    for (int i = 0; i < 3; ++i) {
      portal_.now += 20;
      ASSERT_EQ(call("GET", "/api/v1/establishment", "", token).status, 200) << minute;
    }
  }
}

TEST_F(Session, AnEndedSessionCannotBeExtended) {
  const std::string token = sign_in("golden.admin");
  portal_.now += kIdle + 1;
  const Response late = call("POST", "/api/v1/auth/session/extend", "{}", token);
  EXPECT_EQ(late.status, 401);
  EXPECT_EQ(late.header("WWW-Authenticate"), "Bearer");
  EXPECT_EQ(call("POST", "/api/v1/auth/session/extend", "{}").status, 401);
  EXPECT_EQ(call("GET", "/api/v1/establishment", "", token).status, 401);
}

}  // namespace
}  // namespace muqeem::portal
