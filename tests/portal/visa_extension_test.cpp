// Extending an exit/re-entry visa, also from abroad: the return date moves later, and it costs the
// months beyond those already paid for (SAR 100 a month single, 200 multiple), doubled while the
// resident is abroad (DOMAIN.md), under SADAD 04 or 05.
#include "portal/visa_fixture.h"

namespace muqeem::portal {
namespace {

class Extension : public VisaTest {
 protected:
  // A single visa issued 1 December for 60 days (SAR 200 paid): back by 30 January.
  std::string open_single(const std::string& iqama) {
    return add_visa(iqama, "exit-reentry-single", "2025-12-01", "2026-01-30");
  }
  static std::string path(const std::string& visa, const char* end = "extension") {
    return "/api/v1/visas/" + visa + "/" + end;
  }
  Response extend(const std::string& visa, const nlohmann::json& period, const std::string& key) {
    return post(path(visa), with_code(period, security_code(token_, "exit-reentry-extension")), key);
  }
};

TEST_F(Extension, MovesTheReturnDateAndChargesTheExtraMonths) {
  const std::string iqama = ready();
  const std::string visa = open_single(iqama);
  // 60 days to 120: from two months to four, two extra months of SAR 100.
  const auto quote = body(post(path(visa, "extension/quote"), {{"returnBefore", "2026-03-31"}}));
  EXPECT_TRUE(quote["eligible"]);
  EXPECT_EQ(quote["visaNumber"], visa);
  EXPECT_EQ(quote["durationDays"], 120);
  EXPECT_EQ(quote["totalHalalas"], 20000);
  EXPECT_EQ(quote["fees"][0]["code"], "extension-fee");

  const Response response = extend(visa, {{"returnBefore", "2026-03-31"}}, "ext-1");
  ASSERT_EQ(response.status, 201) << response.body;
  EXPECT_EQ(body(response)["visa"]["expiresOn"], "2026-03-31");
  EXPECT_EQ(body(response)["chargedHalalas"], 20000);
  EXPECT_EQ(status_of(visa), "issued 2026-03-31");
  EXPECT_EQ(balance(), kGoldenBalance - 20000);
  EXPECT_EQ(count("SELECT count(*) FROM payment WHERE service_code = '04' AND reference = '" + visa + "'"),
            1);
  EXPECT_EQ(count("SELECT count(*) FROM visa_event WHERE kind = 'extended' AND expires_on = '2026-03-31'"),
            1);
}

TEST_F(Extension, FromAbroadTheExtraMonthsCostDouble) {
  const std::string iqama = ready();
  set(iqama, "inside_kingdom = 0");
  const std::string visa = open_single(iqama);
  const auto quote = body(post(path(visa, "extension/quote"), {{"returnBefore", "2026-03-31"}}));
  EXPECT_TRUE(quote["eligible"]);  // extending is allowed from abroad
  EXPECT_EQ(quote["totalHalalas"], 40000);
  EXPECT_NE(quote["fees"][0]["label"]["en"].get<std::string>().find("doubled"), std::string::npos);
  ASSERT_EQ(extend(visa, {{"returnBefore", "2026-03-31"}}, "abroad").status, 201);
  EXPECT_EQ(balance(), kGoldenBalance - 40000);
}

TEST_F(Extension, AMultipleVisaByDaysIsPaidUnderSadad05) {
  const std::string iqama = ready();
  // 90 days (SAR 500) and 30 more: a fourth month at SAR 200.
  const std::string visa = add_visa(iqama, "exit-reentry-multiple", "2025-12-01", "2026-03-01");
  const Response response = extend(visa, {{"additionalDays", 30}}, "multi");
  ASSERT_EQ(response.status, 201) << response.body;
  EXPECT_EQ(body(response)["visa"]["expiresOn"], "2026-03-31");
  EXPECT_EQ(count("SELECT count(*) FROM payment WHERE service_code = '05' AND amount_halalas = 20000"), 1);
}

TEST_F(Extension, OnlyAnOpenExitReentryVisaToALaterDateWithinTheIqama) {
  const std::string iqama = ready();
  const std::string used = add_visa(iqama, "exit-reentry-single", "2025-10-01", "2025-11-30", "used");
  const std::string final_exit = add_visa(iqama, "final-exit", "2025-12-20", "2026-02-18");
  const std::string open = open_single(iqama);
  const auto problems = [&](const std::string& visa, const nlohmann::json& period) {
    return codes(body(post(path(visa, "extension/quote"), period))["problems"], "code");
  };
  EXPECT_EQ(problems(used, {{"additionalDays", 30}}), std::vector<std::string>{"visa-not-open"});
  EXPECT_EQ(problems(final_exit, {{"additionalDays", 30}}), std::vector<std::string>{"not-exit-reentry"});
  EXPECT_EQ(problems(open, {{"returnBefore", "2026-01-20"}}),
            std::vector<std::string>{"not-later-than-before"});
  EXPECT_EQ(problems(open, {{"returnBefore", "2027-01-10"}}),
            std::vector<std::string>{"beyond-iqama-validity"});
  const Response refused = extend(open, {{"returnBefore", "2026-01-20"}}, "earlier");
  EXPECT_EQ(refused.status, 422);
  EXPECT_EQ(body(refused)["errors"][0]["field"], "returnBefore");
  EXPECT_EQ(status_of(open), "issued 2026-01-30");
  EXPECT_EQ(payments(), 0);
}

TEST_F(Extension, AReplayExtendsAndChargesOnce) {
  const std::string iqama = ready();
  const std::string visa = open_single(iqama);
  const nlohmann::json request =
      with_code({{"additionalDays", 60}}, security_code(token_, "exit-reentry-extension"));
  const Response first = post(path(visa), request, "twice");
  ASSERT_EQ(first.status, 201) << first.body;
  const Response again = post(path(visa), request, "twice");
  EXPECT_EQ(again.body, first.body);
  EXPECT_EQ(status_of(visa), "issued 2026-03-31");  // 60 days after 30 January, once
  EXPECT_EQ(balance(), kGoldenBalance - 20000);
}

TEST_F(Extension, AWrongCodeOrAnotherEstablishmentChangesNothing) {
  const std::string iqama = ready();
  const std::string visa = open_single(iqama);
  const std::string code = security_code(token_, "exit-reentry-extension");
  const Response wrong =
      post(path(visa), {{"additionalDays", 30}, {"securityCode", code == "000000" ? "111111" : "000000"}},
           "wrong");
  EXPECT_EQ(wrong.status, 400);
  EXPECT_EQ(body(wrong)["errors"][0]["field"], "securityCode");
  token_ = sign_in("nakheel.admin");
  EXPECT_EQ(post(path(visa, "extension/quote"), {{"additionalDays", 30}}).status, 404);
  const Response cross = extend(visa, {{"additionalDays", 30}}, "cross");
  EXPECT_EQ(cross.status, 404);
  EXPECT_EQ(body(cross)["type"], "https://muqeem.example/problems/visa-not-found");
  EXPECT_EQ(status_of(visa), "issued 2026-01-30");
  EXPECT_EQ(payments(), 0);
}

TEST_F(Extension, BadInputIsA400) {
  const std::string visa = open_single(ready());
  const std::string code = security_code(token_, "exit-reentry-extension");
  EXPECT_EQ(post(path(visa), {{"additionalDays", -5}, {"securityCode", code}}, "neg").status, 400);
  EXPECT_EQ(post(path(visa), {{"additionalDays", 5}, {"returnBefore", "2026-03-01"}, {"securityCode", code}},
                 "both")
                .status,
            400);
  const Response injected =
      post("/api/v1/visas/6100' OR '1'='1/extension", {{"additionalDays", 5}, {"securityCode", code}}, "inj");
  EXPECT_EQ(injected.status, 400);
  EXPECT_EQ(body(injected)["errors"][0]["field"], "visaNumber");
  EXPECT_EQ(status_of(visa), "issued 2026-01-30");
}

}  // namespace
}  // namespace muqeem::portal
