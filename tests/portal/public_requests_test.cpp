// What anyone may ask without signing in: the lookups the forms choose from, an establishment's
// subscription request and a user's registration (an SMS code, then "I am not a robot"), each ending
// with a request number; every refusal named by field, nothing stored; and the limits that keep one
// address, mobile or ID number from using them without end.
#include "portal/api_fixture.h"

namespace muqeem::portal {
namespace {

class PublicRequests : public ApiTest {
 protected:
  // A request from a given client address, as cpp-httplib would report it.
  Response post_from(const std::string& address, const std::string& path, const nlohmann::json& request) {
    Request http;
    http.method = "POST";
    http.path = path;
    http.body = request.dump();
    http.remote_address = address;
    return portal_.router->handle(http);
  }
  static nlohmann::json subscription() {
    return {{"companyName", "شركة الواحة للمقاولات"},
            {"applicantName", "Khalid Al-Harbi"},
            {"city", "jeddah"},
            {"mobile", "0501234567"},
            {"email", "info@alwaha.sa"},
            {"package", "transactions"}};
  }
  static nlohmann::json registration() {
    return {{"registrationType", "new-primary-user"},
            {"establishmentType", "company"},
            {"idType", "national-id"},
            {"idNumber", "1000000008"},
            {"birthDate", "1990-05-14"},
            {"mobile", "+966501112233"}};
  }
  // The visual code's id and answer, as the demo outbox reveals them.
  std::pair<std::string, std::string> captcha() {
    const std::string id = body(call("POST", "/api/v1/auth/captcha"))["captchaId"];
    const auto outbox = body(call("GET", "/api/v1/demo/outbox"));
    for (const auto& open : outbox["captchas"])
      if (open["captchaId"] == id) return {id, open["answer"]};
    return {id, ""};
  }
  Response confirm(const std::string& registration_id, const std::string& code, bool right_captcha = true) {
    const auto [id, answer] = captcha();
    return call(
        "POST", "/api/v1/public/registrations/" + registration_id + "/confirmation",
        nlohmann::json{{"code", code}, {"captchaId", id}, {"captchaAnswer", right_captcha ? answer : "XXXXX"}}
            .dump());
  }
  std::vector<std::string> fields_of(const Response& response) {
    std::vector<std::string> fields;
    for (const auto& error : body(response).value("errors", nlohmann::json::array()))
      fields.push_back(error["field"]);
    return fields;
  }
};

TEST_F(PublicRequests, TheFormsLookupsAreCodedInBothLanguagesWithoutSigningIn) {
  const Response cities = call("GET", "/api/v1/lookups/cities");
  ASSERT_EQ(cities.status, 200);
  const auto list = body(cities);
  EXPECT_EQ(list.size(), 24u);
  EXPECT_NE(std::find(list.begin(), list.end(),
                      nlohmann::json{{"code", "riyadh"}, {"ar", "الرياض"}, {"en", "Riyadh"}}),
            list.end());
  EXPECT_EQ(list[0]["en"], "Abha");  // by English name, like the other lookups

  const auto statuses = body(call("GET", "/api/v1/lookups/tawasul-statuses"));
  std::vector<std::string> ar;
  for (const auto& status : statuses) ar.push_back(status["ar"]);
  EXPECT_EQ(ar, (std::vector<std::string>{"تحت المعالجة", "معاد من مقدم الطلب", "معاد لمقدم الطلب",
                                          "تمت المعالجة", "مغلق"}));
  EXPECT_EQ(body(call("GET", "/api/v1/lookups/permissions"))[0]["code"], "iqama-renewal");
  EXPECT_EQ(body(call("GET", "/api/v1/lookups/tawasul-categories")).size(), 5u);
  EXPECT_EQ(body(call("GET", "/api/v1/lookups/establishment-types"))[0]["code"], "company");
  EXPECT_EQ(body(call("GET", "/api/v1/lookups/registration-types"))[0]["code"], "new-primary-user");
  EXPECT_EQ(call("GET", "/api/v1/lookups/user").status, 404);
}

TEST_F(PublicRequests, ASubscriptionRequestGetsANumber) {
  const Response response = call("POST", "/api/v1/public/subscription-requests", subscription().dump());
  ASSERT_EQ(response.status, 201) << response.body;
  const auto receipt = body(response);
  EXPECT_EQ(receipt["requestNumber"], "SR00000001");
  EXPECT_EQ(receipt["city"], (nlohmann::json{{"code", "jeddah"}, {"ar", "جدة"}, {"en", "Jeddah"}}));
  EXPECT_EQ(receipt["package"]["ar"], "المعاملات");
  EXPECT_EQ(receipt["maskedMobile"], "05******67");
  EXPECT_EQ(receipt["createdOn"], "2026-01-01");
  EXPECT_EQ(
      count("SELECT count(*) FROM subscription_request WHERE mobile = '+966501234567' AND company_name = "
            "'شركة الواحة للمقاولات'"),
      1);
  EXPECT_EQ(count("SELECT count(*) FROM audit_log WHERE operation = 'subscription-request' AND subject = "
                  "'SR00000001'"),
            1);
}

TEST_F(PublicRequests, EachWrongFieldOfASubscriptionIsNamedAndNothingStored) {
  const nlohmann::json wrong = {{"companyName", "x'; DROP TABLE subscription_request; --"},
                                {"applicantName", "12345"},
                                {"city", "atlantis"},
                                {"mobile", "0123"},
                                {"email", "not-an-address"},
                                {"package", "gold"}};
  const Response response = call("POST", "/api/v1/public/subscription-requests", wrong.dump());
  EXPECT_EQ(response.status, 400);
  EXPECT_EQ(fields_of(response),
            (std::vector<std::string>{"companyName", "applicantName", "city", "mobile", "email", "package"}));
  nlohmann::json typed = subscription();
  typed["mobile"] = 501234567;
  EXPECT_EQ(fields_of(call("POST", "/api/v1/public/subscription-requests", typed.dump())),
            std::vector<std::string>{"mobile"});
  EXPECT_EQ(
      call("POST", "/api/v1/public/subscription-requests", "{\"companyName\": \"\xED\xA0\x80\"}").status,
      400);
  EXPECT_EQ(call("POST", "/api/v1/public/subscription-requests", "not json").status, 400);
  EXPECT_EQ(count("SELECT count(*) FROM subscription_request"), 0);
}

TEST_F(PublicRequests, SubscriptionsAreLimitedPerAddressAndPerMobile) {
  for (int i = 0; i < 3; ++i)
    EXPECT_EQ(post_from("10.0.0.1", "/api/v1/public/subscription-requests", subscription()).status, 201);
  // The same mobile a fourth time in a day, even from elsewhere.
  EXPECT_EQ(post_from("10.0.0.2", "/api/v1/public/subscription-requests", subscription()).status, 429);
  nlohmann::json other = subscription();
  for (const char* mobile : {"0551110001", "0551110002"}) {
    other["mobile"] = mobile;
    EXPECT_EQ(post_from("10.0.0.1", "/api/v1/public/subscription-requests", other).status, 201);
  }
  other["mobile"] = "0551110003";
  const Response spent =
      post_from("10.0.0.1", "/api/v1/public/subscription-requests", other);  // a sixth this hour
  EXPECT_EQ(spent.status, 429);
  EXPECT_EQ(spent.header("Retry-After"), "3600");
  EXPECT_EQ(body(spent)["type"], "https://muqeem.example/problems/too-many-requests");
  EXPECT_EQ(count("SELECT count(*) FROM subscription_request"), 5);
  portal_.now += 3600;
  EXPECT_EQ(post_from("10.0.0.1", "/api/v1/public/subscription-requests", other).status, 201);
}

TEST_F(PublicRequests, ARegistrationIsConfirmedByItsSmsCodeAndTheVisualCode) {
  const Response started = call("POST", "/api/v1/public/registrations", registration().dump());
  ASSERT_EQ(started.status, 201) << started.body;
  const auto challenge = body(started);
  EXPECT_EQ(challenge["maskedMobile"], "05******33");
  EXPECT_EQ(challenge["attemptsLeft"], 3);
  EXPECT_EQ(challenge["expiresAt"], portal_.now + 300);
  const std::string id = challenge["registrationId"];
  EXPECT_EQ(body(call("GET", "/api/v1/demo/outbox"))["messages"][0]["mobile"], "+966501112233");
  const std::string code = last_sms_code();

  const Response robot = confirm(id, code, /*right_captcha=*/false);
  EXPECT_EQ(robot.status, 400);
  EXPECT_EQ(body(robot)["type"], "https://muqeem.example/problems/wrong-captcha");
  const Response wrong = confirm(id, code == "000000" ? "111111" : "000000");
  EXPECT_EQ(wrong.status, 400);
  EXPECT_EQ(body(wrong)["attemptsLeft"], 2);

  const Response done = confirm(id, code);
  ASSERT_EQ(done.status, 201) << done.body;
  const auto receipt = body(done);
  EXPECT_EQ(receipt["requestNumber"], "UR00000001");
  EXPECT_EQ(receipt["registrationType"]["ar"], "تسجيل مستخدم رئيسي لمنشأة");
  EXPECT_EQ(receipt["establishmentType"]["en"], "Company");
  EXPECT_EQ(receipt["maskedIdNumber"], "******0008");
  EXPECT_EQ(confirm(id, code).status, 400);  // submitted once
  EXPECT_EQ(count("SELECT count(*) FROM registration_request WHERE request_number = 'UR00000001'"), 1);
}

TEST_F(PublicRequests, ARegistrationCodeExpiresAndAllowsThreeAttempts) {
  const std::string id =
      body(call("POST", "/api/v1/public/registrations", registration().dump()))["registrationId"];
  const std::string code = last_sms_code();
  const std::string other = code == "000000" ? "111111" : "000000";
  EXPECT_EQ(body(confirm(id, other))["attemptsLeft"], 2);
  EXPECT_EQ(body(confirm(id, other))["attemptsLeft"], 1);
  EXPECT_EQ(body(confirm(id, other))["attemptsLeft"], 0);
  EXPECT_EQ(body(confirm(id, code))["type"], "https://muqeem.example/problems/registration-unusable");

  nlohmann::json second = registration();
  second["mobile"] = "0559998877";
  const std::string late =
      body(call("POST", "/api/v1/public/registrations", second.dump()))["registrationId"];
  const std::string late_code = last_sms_code();
  portal_.now += 301;
  EXPECT_EQ(body(confirm(late, late_code))["type"], "https://muqeem.example/problems/code-expired");
  EXPECT_EQ(count("SELECT count(*) FROM registration_request WHERE submitted_at IS NOT NULL"), 0);
}

TEST_F(PublicRequests, EachWrongFieldOfARegistrationIsNamedAndNoSmsIsSent) {
  const int64_t messages = count("SELECT count(*) FROM sms_outbox");
  const nlohmann::json wrong = {{"registrationType", "admin"}, {"establishmentType", "castle"},
                                {"idType", "iqama"},           {"idNumber", "1000000008"},
                                {"birthDate", "2030-01-01"},   {"mobile", "0101234567"}};
  const Response response = call("POST", "/api/v1/public/registrations", wrong.dump());
  EXPECT_EQ(response.status, 400);
  EXPECT_EQ(fields_of(response), (std::vector<std::string>{"registrationType", "establishmentType",
                                                           "idNumber", "birthDate", "mobile"}));
  nlohmann::json luhn = registration();
  luhn["idNumber"] = "1000000009";
  EXPECT_EQ(fields_of(call("POST", "/api/v1/public/registrations", luhn.dump())),
            std::vector<std::string>{"idNumber"});
  nlohmann::json sql = registration();
  sql["idType"] = "iqama' OR '1'='1";
  EXPECT_EQ(fields_of(call("POST", "/api/v1/public/registrations", sql.dump())),
            std::vector<std::string>{"idType"});
  nlohmann::json typed = registration();
  typed["birthDate"] = nullptr;
  EXPECT_EQ(fields_of(call("POST", "/api/v1/public/registrations", typed.dump())),
            std::vector<std::string>{"birthDate"});
  EXPECT_EQ(count("SELECT count(*) FROM registration_request"), 0);
  EXPECT_EQ(count("SELECT count(*) FROM sms_outbox"), messages);
}

TEST_F(PublicRequests, OneMobileGetsAtMostThreeRegistrationCodesADay) {
  for (int i = 0; i < 3; ++i)
    EXPECT_EQ(post_from("10.0.0." + std::to_string(i), "/api/v1/public/registrations", registration()).status,
              201);
  const Response spent = post_from("10.0.0.9", "/api/v1/public/registrations", registration());
  EXPECT_EQ(spent.status, 429);
  EXPECT_EQ(count("SELECT count(*) FROM sms_outbox WHERE mobile = '+966501112233'"), 3);
}

}  // namespace
}  // namespace muqeem::portal
