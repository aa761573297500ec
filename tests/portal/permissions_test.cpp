// Permissions, enforced in one place: a user without the permission an operation needs is refused
// with a 403 problem naming it, both when asking for the operation's security code and when
// submitting it; only the primary user manages users. The demo's golden.clerk may issue visas and see
// reports, nothing else.
#include <algorithm>

#include "portal/renewal_fixture.h"

namespace muqeem::portal {
namespace {

class Permissions : public RenewalTest {
 protected:
  Response submit_as(const std::string& token, const std::string& iqama, const std::string& code,
                     const std::string& key) {
    return call("POST", "/api/v1/iqama-renewals", request(iqama, 12, code), token, {},
                {{"Idempotency-Key", key}});
  }
  Response set_permissions(const std::string& username, const nlohmann::json& permissions,
                           const std::string& key) {
    const nlohmann::json request = {{"permissions", permissions},
                                    {"securityCode", security_code(token_, "user-permissions")}};
    return call("PUT", "/api/v1/users/" + username + "/permissions", request.dump(), token_, {},
                {{"Idempotency-Key", key}});
  }
};

TEST_F(Permissions, AUserWithoutThePermissionCannotAskForItsCodeOrRenew) {
  const std::string clerk = sign_in("golden.clerk");
  const Response code = call("POST", "/api/v1/auth/security-code",
                             nlohmann::json{{"operation", "iqama-renewal"}}.dump(), clerk);
  EXPECT_EQ(code.status, 403);
  EXPECT_EQ(code.header("Content-Type"), "application/problem+json");
  EXPECT_EQ(body(code)["type"], "https://muqeem.example/problems/permission-required");
  EXPECT_NE(body(code)["title"]["ar"].get<std::string>().find("تجديد الإقامة"), std::string::npos);
  EXPECT_NE(body(code)["title"]["en"].get<std::string>().find("Renew iqamas"), std::string::npos);
  EXPECT_EQ(count("SELECT count(*) FROM security_code"), 0);  // no SMS sent

  const std::string iqama = eligible();
  const Response renewal = submit_as(clerk, iqama, "123456", "clerk-renewal");
  EXPECT_EQ(renewal.status, 403);
  EXPECT_EQ(renewals(), 0);
  EXPECT_EQ(balance(), kGoldenBalance);
  EXPECT_EQ(count("SELECT count(*) FROM idempotency_record"), 0);
}

TEST_F(Permissions, TheEstablishmentSaysWhatTheSignedInOfficerMayDo) {
  // An app offers each officer only their services from this.
  const nlohmann::json admin = body(call("GET", "/api/v1/establishment", "", token_));
  EXPECT_EQ(admin["officer"]["primary"], true);
  const nlohmann::json clerk = body(call("GET", "/api/v1/establishment", "", sign_in("golden.clerk")));
  EXPECT_EQ(clerk["officer"]["primary"], false);
  std::vector<std::string> held = clerk["officer"]["permissions"];
  std::sort(held.begin(), held.end());
  EXPECT_EQ(held, (std::vector<std::string>{"reports", "visas"}));

  ASSERT_EQ(set_permissions("golden.clerk", {"iqama-renewal"}, "grant-officer").status, 200);
  const nlohmann::json regranted = body(call("GET", "/api/v1/establishment", "", sign_in("golden.clerk")));
  EXPECT_EQ(regranted["officer"]["permissions"], nlohmann::json::array({"iqama-renewal"}));
}

TEST_F(Permissions, GrantingThePermissionLetsTheUserRenewAndRevokingItStopsThem) {
  const Response granted = set_permissions("golden.clerk", {"iqama-renewal", "visas"}, "grant-1");
  ASSERT_EQ(granted.status, 200) << granted.body;
  std::vector<std::string> held;
  const auto user = body(granted);
  for (const auto& p : user["permissions"]) held.push_back(p["code"]);
  EXPECT_EQ(held, (std::vector<std::string>{"iqama-renewal", "visas"}));  // reports revoked

  const std::string clerk = sign_in("golden.clerk");
  const std::string iqama = eligible();
  const Response renewal = submit_as(clerk, iqama, security_code(clerk), "clerk-renewal");
  EXPECT_EQ(renewal.status, 201) << renewal.body;

  ASSERT_EQ(set_permissions("golden.clerk", nlohmann::json::array(), "revoke-1").status, 200);
  const Response again = call("POST", "/api/v1/auth/security-code",
                              nlohmann::json{{"operation", "iqama-renewal"}}.dump(), clerk);
  EXPECT_EQ(again.status, 403);
  EXPECT_EQ(count("SELECT count(*) FROM audit_log WHERE operation = 'user-permissions' AND subject = "
                  "'golden.clerk'"),
            2);
}

TEST_F(Permissions, TheVisaTransactionsNeedTheVisasPermission) {
  const std::string clerk = sign_in("golden.clerk");  // holds visas and reports
  const auto ask = [this, &clerk](const char* operation) {
    return call("POST", "/api/v1/auth/security-code", nlohmann::json{{"operation", operation}}.dump(), clerk)
        .status;
  };
  for (const char* operation :
       {"exit-reentry-visa", "exit-reentry-extension", "final-exit", "visa-cancellation"})
    EXPECT_EQ(ask(operation), 201) << operation;

  ASSERT_EQ(set_permissions("golden.clerk", {"reports"}, "revoke-visas").status, 200);
  for (const char* operation :
       {"exit-reentry-visa", "exit-reentry-extension", "final-exit", "visa-cancellation"})
    EXPECT_EQ(ask(operation), 403) << operation;
  const nlohmann::json visa = {
      {"iqamaNumber", eligible()}, {"type", "single"}, {"durationDays", 30}, {"securityCode", "123456"}};
  const Response issued =
      call("POST", "/api/v1/exit-reentry-visas", visa.dump(), clerk, {}, {{"Idempotency-Key", "clerk-visa"}});
  EXPECT_EQ(issued.status, 403) << issued.body;
  EXPECT_EQ(body(issued)["type"], "https://muqeem.example/problems/permission-required");
  EXPECT_EQ(count("SELECT count(*) FROM visa_event"), 0);
  EXPECT_EQ(balance(), kGoldenBalance);
}

TEST_F(Permissions, OnlyThePrimaryUserManagesUsers) {
  const std::string clerk = sign_in("golden.clerk");
  for (const auto& [method, path] :
       std::vector<std::pair<std::string, std::string>>{{"GET", "/api/v1/users"},
                                                        {"POST", "/api/v1/users/verification"},
                                                        {"POST", "/api/v1/users"},
                                                        {"PUT", "/api/v1/users/golden.clerk/permissions"}}) {
    const nlohmann::json request = {{"idNumber", "1000000008"},
                                    {"birthDate", "1990-05-14"},
                                    {"email", "k@example.sa"},
                                    {"permissions", {"iqama-renewal"}},
                                    {"securityCode", "123456"}};
    const Response response = call(method, path, request.dump(), clerk, {}, {{"Idempotency-Key", path}});
    EXPECT_EQ(response.status, 403) << method << " " << path << ": " << response.body;
    EXPECT_EQ(body(response)["type"], "https://muqeem.example/problems/primary-user-required") << path;
  }
  EXPECT_EQ(
      call("POST", "/api/v1/auth/security-code", nlohmann::json{{"operation", "user-add"}}.dump(), clerk)
          .status,
      403);
  EXPECT_EQ(count("SELECT count(*) FROM user"), 3);
  EXPECT_EQ(count("SELECT count(*) FROM user_permission WHERE permission = 'iqama-renewal'"), 0);
}

TEST_F(Permissions, ThePrimaryUsersOwnPermissionsAreAllAndUnchangeable) {
  const Response response = set_permissions("golden.admin", {"visas"}, "primary");
  EXPECT_EQ(response.status, 422);
  EXPECT_EQ(body(response)["type"], "https://muqeem.example/problems/primary-user-permissions");
  EXPECT_EQ(count("SELECT count(*) FROM user_permission"), 2);  // the clerk's two
}

TEST_F(Permissions, AnotherEstablishmentsUserIsNotFound) {
  const std::string nakheel = sign_in("nakheel.admin");
  const nlohmann::json request = {{"permissions", {"iqama-renewal"}},
                                  {"securityCode", security_code(nakheel, "user-permissions")}};
  const Response response = call("PUT", "/api/v1/users/golden.clerk/permissions", request.dump(), nakheel, {},
                                 {{"Idempotency-Key", "cross"}});
  EXPECT_EQ(response.status, 404);
  EXPECT_EQ(count("SELECT count(*) FROM user_permission WHERE permission = 'iqama-renewal'"), 0);
  const auto theirs = body(call("GET", "/api/v1/users", "", nakheel));
  ASSERT_EQ(theirs["totalElements"], 1);
  EXPECT_EQ(theirs["content"][0]["username"], "nakheel.admin");
}

TEST_F(Permissions, AWrongCodeOrAnUnknownPermissionChangesNothing) {
  security_code(token_, "user-permissions");
  const Response wrong =
      call("PUT", "/api/v1/users/golden.clerk/permissions",
           nlohmann::json{{"permissions", {"iqama-renewal"}}, {"securityCode", "000000"}}.dump(), token_, {},
           {{"Idempotency-Key", "wrong-code"}});
  EXPECT_EQ(wrong.status, 400);
  EXPECT_EQ(body(wrong)["errors"][0]["field"], "securityCode");
  for (const nlohmann::json& permissions : {nlohmann::json{"iqama-renewal'; DELETE FROM user_permission; --"},
                                            nlohmann::json("visas"), nlohmann::json{42}}) {
    const Response response =
        call("PUT", "/api/v1/users/golden.clerk/permissions",
             nlohmann::json{{"permissions", permissions}, {"securityCode", "000000"}}.dump(), token_, {},
             {{"Idempotency-Key", "bad"}});
    EXPECT_EQ(response.status, 400) << permissions;
    EXPECT_EQ(body(response)["errors"][0]["field"], "permissions");
  }
  EXPECT_EQ(count("SELECT count(*) FROM user_permission"), 2);
}

}  // namespace
}  // namespace muqeem::portal
