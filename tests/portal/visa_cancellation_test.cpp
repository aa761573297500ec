// Cancelling an unused visa (DOMAIN.md): an exit/re-entry visa within 90 days of its issue or before its
// return date, a final exit within 60 days; the fee paid for it is not refunded.
#include "portal/visa_fixture.h"

namespace muqeem::portal {
namespace {

class Cancellation : public VisaTest {
 protected:
  static std::string path(const std::string& visa, const char* end = "cancellation") {
    return "/api/v1/visas/" + visa + "/" + end;
  }
  Response cancel(const std::string& visa, const std::string& key) {
    return post(path(visa), {{"securityCode", security_code(token_, "visa-cancellation")}}, key);
  }
  std::vector<std::string> problems(const std::string& visa) {
    return codes(body(post(path(visa, "cancellation/quote"), nlohmann::json::object()))["problems"], "code");
  }
};

TEST_F(Cancellation, AnIssuedVisaIsCancelledAndItsFeeNotRefunded) {
  const std::string iqama = ready();
  const Response issued = issue(iqama, "single", 30, "to-cancel");
  ASSERT_EQ(issued.status, 201);
  const std::string visa = body(issued)["visa"]["visaNumber"];
  const auto quote = body(post(path(visa, "cancellation/quote"), nlohmann::json::object()));
  EXPECT_TRUE(quote["eligible"]);
  EXPECT_EQ(quote["totalHalalas"], 0);
  const Response response = cancel(visa, "cancel-1");
  ASSERT_EQ(response.status, 201) << response.body;
  EXPECT_EQ(body(response)["visa"]["status"]["code"], "cancelled");
  EXPECT_EQ(balance(), kGoldenBalance - 20000);  // the SAR 200 stays paid
  EXPECT_EQ(status_of(visa), "cancelled 2026-01-31");
  EXPECT_EQ(count("SELECT count(*) FROM visa_event WHERE kind = 'cancelled'"), 1);
  EXPECT_EQ(
      count("SELECT count(*) FROM audit_log WHERE operation = 'visa-cancellation' AND outcome = 'cancelled " +
            visa + "'"),
      1);
  // Cancelled, it no longer stands in the way of a new one.
  EXPECT_TRUE(body(post("/api/v1/exit-reentry-visas/quote", issue_body(iqama, "single", 30)))["eligible"]);
}

TEST_F(Cancellation, WithinNinetyDaysOfIssueEvenAfterTheReturnDateOrUntilIt) {
  const std::string iqama = ready();
  const std::string lapsed =
      add_visa(iqama, "exit-reentry-single", "2025-10-03", "2025-11-02");  // day 90 today
  const std::string too_old = add_visa(iqama, "exit-reentry-single", "2025-10-02", "2025-11-01");
  const std::string long_one = add_visa(iqama, "exit-reentry-multiple", "2025-08-01", "2026-01-15");
  EXPECT_EQ(problems(lapsed), std::vector<std::string>{});
  EXPECT_EQ(problems(too_old), std::vector<std::string>{"cancellation-window-closed"});
  EXPECT_EQ(problems(long_one), std::vector<std::string>{});
  EXPECT_EQ(cancel(too_old, "old").status, 422);
  EXPECT_EQ(status_of(too_old), "issued 2025-11-01");
}

TEST_F(Cancellation, AVisaInUseUsedOrAlreadyCancelledIsNot) {
  const std::string abroad = ready(0), home = ready(1);
  set(abroad, "inside_kingdom = 0");
  const std::string in_use = add_visa(abroad, "exit-reentry-single", "2025-12-10", "2026-02-10");
  const std::string used = add_visa(home, "exit-reentry-single", "2025-12-01", "2025-12-20", "used");
  const std::string cancelled =
      add_visa(home, "exit-reentry-single", "2025-12-01", "2026-02-01", "cancelled");
  EXPECT_EQ(problems(in_use), std::vector<std::string>{"visa-in-use"});
  EXPECT_EQ(problems(used), std::vector<std::string>{"visa-not-open"});
  EXPECT_EQ(problems(cancelled), std::vector<std::string>{"visa-not-open"});
  const Response refused = cancel(in_use, "in-use");
  EXPECT_EQ(refused.status, 422);
  EXPECT_EQ(body(refused)["errors"][0]["field"], "visaNumber");
  EXPECT_EQ(count("SELECT count(*) FROM visa_event"), 0);
}

TEST_F(Cancellation, AFinalExitWithinSixtyDaysOfItsIssue) {
  const std::string iqama = ready();
  const std::string recent = add_visa(iqama, "final-exit", "2025-11-02", "2026-01-01");  // day 60 today
  const std::string older = add_visa(iqama, "final-exit", "2025-11-01", "2025-12-31");
  EXPECT_EQ(problems(older), std::vector<std::string>{"cancellation-window-closed"});
  EXPECT_EQ(cancel(recent, "fe").status, 201);
  EXPECT_EQ(status_of(recent), "cancelled 2026-01-01");
  EXPECT_EQ(payments(), 0);
}

TEST_F(Cancellation, AReplayAWrongCodeAndAnotherEstablishment) {
  const std::string iqama = ready();
  const std::string visa = add_visa(iqama, "exit-reentry-single", "2025-12-20", "2026-02-20");
  const Response wrong = post(path(visa), {{"securityCode", "99999"}}, "wrong");
  EXPECT_EQ(wrong.status, 400);
  EXPECT_EQ(status_of(visa), "issued 2026-02-20");
  const nlohmann::json request = {{"securityCode", security_code(token_, "visa-cancellation")}};
  const Response first = post(path(visa), request, "replay");
  ASSERT_EQ(first.status, 201);
  EXPECT_EQ(post(path(visa), request, "replay").body, first.body);
  EXPECT_EQ(count("SELECT count(*) FROM visa_event WHERE kind = 'cancelled'"), 1);

  const std::string other = add_visa(iqama, "exit-reentry-single", "2025-12-21", "2026-02-21");
  token_ = sign_in("nakheel.admin");
  EXPECT_EQ(post(path(other, "cancellation/quote"), nlohmann::json::object()).status, 404);
  EXPECT_EQ(cancel(other, "cross").status, 404);
  EXPECT_EQ(status_of(other), "issued 2026-02-21");
  EXPECT_EQ(post("/api/v1/visas/abc/cancellation", {{"securityCode", "123456"}}, "bad").status, 400);
  EXPECT_EQ(post(path(other), {{"securityCode", 123456}}, "typed").status, 400);
}

}  // namespace
}  // namespace muqeem::portal
