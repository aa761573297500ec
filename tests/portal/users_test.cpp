// The establishment's users as its primary user manages them: the list, checking a person against the
// national records, adding them (an activation code by SMS; they set a password and can then sign
// in), with replays, wrong codes and bad input changing nothing.
#include "portal/api_fixture.h"

namespace muqeem::portal {
namespace {

// In the demo's national records, with no account yet (demo_accounts.cpp).
constexpr const char* kKhalid = "1000000008";
constexpr const char* kKhalidBirth = "1990-05-14";

class Users : public ApiTest {
 protected:
  void SetUp() override { token_ = sign_in("golden.admin"); }

  Response add(const nlohmann::json& fields, const std::string& key, bool with_code = true) {
    nlohmann::json request = fields;
    if (with_code && !request.contains("securityCode"))
      request["securityCode"] = security_code(token_, "user-add");
    return call("POST", "/api/v1/users", request.dump(), token_, {}, {{"Idempotency-Key", key}});
  }
  static nlohmann::json khalid() {
    return {{"idNumber", kKhalid},
            {"birthDate", kKhalidBirth},
            {"email", "khalid@golden-sands.sa"},
            {"permissions", {"visas"}}};
  }
  Response activate(const std::string& username, const std::string& code, const std::string& password) {
    return call(
        "POST", "/api/v1/public/user-activations",
        nlohmann::json{{"username", username}, {"activationCode", code}, {"password", password}}.dump());
  }
  int64_t users() { return count("SELECT count(*) FROM user"); }

  std::string token_;
};

TEST_F(Users, ThePrimaryUserSeesTheEstablishmentsUsersAndTheirPermissions) {
  const Response response = call("GET", "/api/v1/users", "", token_);
  ASSERT_EQ(response.status, 200);
  const auto page = body(response);
  EXPECT_EQ(page["totalElements"], 2);
  const auto& admin = page["content"][0];
  EXPECT_EQ(admin["username"], "golden.admin");
  EXPECT_EQ(admin["primary"], true);
  EXPECT_EQ(admin["maskedMobile"], "05******67");
  EXPECT_EQ(admin["status"]["code"], "active");
  const auto& clerk = page["content"][1];
  EXPECT_EQ(clerk["username"], "golden.clerk");
  EXPECT_EQ(clerk["primary"], false);
  ASSERT_EQ(clerk["permissions"].size(), 2u);
  EXPECT_EQ(clerk["permissions"][0], (nlohmann::json{{"code", "visas"},
                                                     {"ar", "تأشيرات الخروج والعودة والخروج النهائي"},
                                                     {"en", "Exit/re-entry and final exit visas"}}));
  EXPECT_EQ(clerk["permissions"][1]["code"], "reports");
}

TEST_F(Users, APersonIsCheckedAgainstTheNationalRecordsBeforeBeingAdded) {
  const auto check = [this](const char* id, const char* birth) {
    return call("POST", "/api/v1/users/verification",
                nlohmann::json{{"idNumber", id}, {"birthDate", birth}}.dump(), token_);
  };
  const Response found = check(kKhalid, kKhalidBirth);
  ASSERT_EQ(found.status, 200) << found.body;
  EXPECT_EQ(body(found)["name"], (nlohmann::json{{"ar", "خالد الحربي"}, {"en", "Khalid Al-Harbi"}}));
  EXPECT_EQ(body(found)["maskedMobile"], "05******33");

  EXPECT_EQ(check(kKhalid, "1990-05-15").status, 422);  // the wrong date of birth
  EXPECT_EQ(body(check(kKhalid, "1990-05-15"))["type"],
            "https://muqeem.example/problems/person-not-verified");
  EXPECT_EQ(check("1000000009", kKhalidBirth).status, 400);  // the check digit is wrong
  EXPECT_EQ(body(check("1000000009", kKhalidBirth))["errors"][0]["field"], "idNumber");
  EXPECT_EQ(body(check(kKhalid, "14-05-1990"))["errors"][0]["field"], "birthDate");
  EXPECT_EQ(body(check(kKhalid, "2026-06-01"))["errors"][0]["field"], "birthDate");  // not yet born
  EXPECT_EQ(check("1012345672", "1980-02-11").status, 409);  // golden.admin already is a user
  EXPECT_EQ(users(), 3);
}

TEST_F(Users, AnAddedUserIsSentAnActivationCodeSetsAPasswordAndSignsIn) {
  const Response added = add(khalid(), "add-khalid");
  ASSERT_EQ(added.status, 201) << added.body;
  const auto user = body(added);
  EXPECT_EQ(user["username"], kKhalid);  // the ID number is the username
  EXPECT_EQ(user["name"]["en"], "Khalid Al-Harbi");
  EXPECT_EQ(user["email"], "khalid@golden-sands.sa");
  EXPECT_EQ(user["primary"], false);
  EXPECT_EQ(user["status"], (nlohmann::json{{"code", "pending-activation"},
                                            {"ar", "بانتظار التفعيل"},
                                            {"en", "Waiting for activation"}}));
  EXPECT_EQ(user["permissions"][0]["code"], "visas");
  const auto sms = body(call("GET", "/api/v1/demo/outbox"))["messages"][0];
  EXPECT_EQ(sms["mobile"], "+966501112233");  // the mobile the national records hold
  const std::string code = last_sms_code();

  // Not yet: no password works before activation.
  const auto captcha = body(call("POST", "/api/v1/auth/captcha"));
  const auto outbox = body(call("GET", "/api/v1/demo/outbox"));
  const Response early = call("POST", "/api/v1/auth/sign-in",
                              nlohmann::json{{"username", kKhalid},
                                             {"password", "Muqeem@2026"},
                                             {"captchaId", captcha["captchaId"]},
                                             {"captchaAnswer", outbox["captchas"][0]["answer"]}}
                                  .dump());
  EXPECT_EQ(early.status, 401);

  const Response wrong = activate(kKhalid, code == "000000" ? "111111" : "000000", "Muqeem@2026");
  EXPECT_EQ(wrong.status, 400);
  EXPECT_EQ(body(wrong)["type"], "https://muqeem.example/problems/wrong-activation-code");
  EXPECT_NE(body(wrong)["errors"][0]["message"]["en"].get<std::string>().find("attempts left: 2"),
            std::string::npos);
  const Response weak = activate(kKhalid, code, "password");
  EXPECT_EQ(weak.status, 400);
  EXPECT_EQ(body(weak)["errors"][0]["field"], "password");
  const Response done = activate(kKhalid, code, "Muqeem@2026");
  ASSERT_EQ(done.status, 200) << done.body;
  EXPECT_EQ(body(done)["username"], kKhalid);
  EXPECT_EQ(activate(kKhalid, code, "Muqeem@2026").status, 400);  // used up

  const std::string token = sign_in(kKhalid);
  ASSERT_EQ(token.size(), 64u);
  const auto listed = body(call("GET", "/api/v1/users", "", token_))["content"];
  EXPECT_EQ(listed[1]["username"], kKhalid);  // after the primary, by username
  EXPECT_EQ(listed[1]["status"]["code"], "active");
  // Holding only visas, the new user may not renew.
  EXPECT_EQ(
      call("POST", "/api/v1/auth/security-code", nlohmann::json{{"operation", "iqama-renewal"}}.dump(), token)
          .status,
      403);
}

TEST_F(Users, AReplayReturnsTheFirstAnswerAndAddsOnce) {
  const nlohmann::json request = [&] {
    nlohmann::json r = khalid();
    r["securityCode"] = security_code(token_, "user-add");
    return r;
  }();
  const Response first = add(request, "once");
  ASSERT_EQ(first.status, 201);
  const Response again = add(request, "once");
  EXPECT_EQ(again.body, first.body);
  EXPECT_EQ(again.header("Idempotent-Replayed"), "true");
  EXPECT_EQ(users(), 4);
  EXPECT_EQ(count("SELECT count(*) FROM sms_outbox WHERE mobile = '+966501112233'"), 1);
  EXPECT_EQ(add(khalid(), "twice").status, 409);  // a new key for the same person: already a user
}

TEST_F(Users, AWrongOrMissingSecurityCodeAddsNobody) {
  security_code(token_, "user-add");
  nlohmann::json request = khalid();
  request["securityCode"] = "000000";
  const Response wrong = add(request, "wrong");
  EXPECT_EQ(wrong.status, 400);
  EXPECT_EQ(body(wrong)["errors"][0]["field"], "securityCode");
  const Response missing = add(khalid(), "missing", /*with_code=*/false);
  EXPECT_EQ(missing.status, 400);
  EXPECT_EQ(body(missing)["errors"][0]["field"], "securityCode");
  EXPECT_EQ(users(), 3);
  EXPECT_EQ(count("SELECT count(*) FROM sms_outbox WHERE mobile = '+966501112233'"), 0);
}

TEST_F(Users, BadInputIsNamedAndNothingIsStored) {
  const auto field_of = [this](nlohmann::json request, const std::string& key) {
    request["securityCode"] = "123456";
    const Response response = add(request, key, false);
    EXPECT_EQ(response.status, 400) << response.body;
    return body(response)["errors"][0]["field"].get<std::string>();
  };
  nlohmann::json request = khalid();
  request["email"] = "khalid'; DROP TABLE user; --@x.sa";
  EXPECT_EQ(field_of(request, "sql-email"), "email");
  request = khalid();
  request["email"] = 7;
  EXPECT_EQ(field_of(request, "number-email"), "email");
  request = khalid();
  request["permissions"] = {"super-user"};
  EXPECT_EQ(field_of(request, "unknown-permission"), "permissions");
  request = khalid();
  request.erase("idNumber");
  EXPECT_EQ(field_of(request, "no-id"), "idNumber");
  EXPECT_EQ(call("POST", "/api/v1/users", "{\"idNumber\": ", token_, {}, {{"Idempotency-Key", "m"}}).status,
            400);
  EXPECT_EQ(call("POST", "/api/v1/users", "{\"email\": \"\xC0\xAF\"}", token_, {}, {{"Idempotency-Key", "u"}})
                .status,
            400);
  EXPECT_EQ(users(), 3);
  EXPECT_EQ(call("GET", "/api/v1/users").status, 401);
}

TEST_F(Users, ActivationAttemptsAreLimitedPerAddress) {
  for (int i = 0; i < 10; ++i) EXPECT_EQ(activate("nobody", "123456", "Muqeem@2026").status, 400);
  const Response spent = activate("nobody", "123456", "Muqeem@2026");
  EXPECT_EQ(spent.status, 429);
  EXPECT_EQ(spent.header("Retry-After"), "3600");
}

}  // namespace
}  // namespace muqeem::portal
