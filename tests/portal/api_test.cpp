// The portal API through the router, as the app (or any client) calls it: JSON in, JSON or
// bilingual problem details out, sessions by bearer token, data scoped to the caller's establishment.
#include "portal/api_fixture.h"

namespace muqeem::portal {
namespace {

using nlohmann::json;

using Api = ApiTest;

TEST_F(Api, SignedInOfficerListsOnlyTheirEstablishmentsResidents) {
  const std::string golden = sign_in("golden.admin");
  ASSERT_EQ(golden.size(), 64u);
  const Response page =
      call("GET", "/api/v1/residents", "", golden, {{"size", "5"}, {"sort", "iqamaExpiry,desc"}});
  ASSERT_EQ(page.status, 200);
  const auto residents = body(page);
  EXPECT_EQ(residents["totalElements"], 300);
  ASSERT_EQ(residents["content"].size(), 5u);
  EXPECT_GE(residents["content"][0]["iqamaExpiry"].get<std::string>(),
            residents["content"][4]["iqamaExpiry"].get<std::string>());
  EXPECT_FALSE(residents["content"][0]["nationality"]["ar"].get<std::string>().empty());

  const std::string nakheel = sign_in("nakheel.admin");
  const std::string golden_iqama = residents["content"][0]["iqamaNumber"];
  const auto other = body(call("GET", "/api/v1/residents", "", nakheel, {{"query", golden_iqama}}));
  EXPECT_EQ(other["totalElements"], 0);  // another establishment's resident does not exist for them
  EXPECT_EQ(body(call("GET", "/api/v1/residents", "", nakheel))["totalElements"], 50);
}

TEST_F(Api, AResidentsFileShowsPassportInsuranceAndHijriExpiry) {
  const std::string token = sign_in("golden.admin");
  const auto first = body(call("GET", "/api/v1/residents", "", token, {{"size", "1"}}))["content"][0];
  const std::string iqama = first["iqamaNumber"];
  const Response response = call("GET", "/api/v1/residents/" + iqama, "", token);
  ASSERT_EQ(response.status, 200);
  const auto file = body(response);
  EXPECT_EQ(file["name"], first["name"]);
  EXPECT_FALSE(file["passport"]["number"].get<std::string>().empty());
  EXPECT_EQ(file["iqamaExpiryHijri"].get<std::string>().size(), 10u);
  EXPECT_TRUE(file["insideKingdom"].is_boolean());

  const std::string nakheel = sign_in("nakheel.admin");
  EXPECT_EQ(call("GET", "/api/v1/residents/" + iqama, "", nakheel).status, 404);    // not theirs: not there
  const Response invalid = call("GET", "/api/v1/residents/2000000007", "", token);  // bad check digit
  EXPECT_EQ(invalid.status, 400);
  EXPECT_EQ(body(invalid)["errors"][0]["field"], "iqamaNumber");
}

TEST_F(Api, LookupsAreBilingualCodedValues) {
  const auto nationalities = body(call("GET", "/api/v1/lookups/nationalities"));
  ASSERT_GE(nationalities.size(), 10u);
  for (const auto& item : nationalities) {
    EXPECT_FALSE(item["code"].get<std::string>().empty());
    EXPECT_FALSE(item["ar"].get<std::string>().empty());
    EXPECT_FALSE(item["en"].get<std::string>().empty());
  }
  EXPECT_GE(body(call("GET", "/api/v1/lookups/occupations")).size(), 10u);
}

TEST_F(Api, WithoutAValidSessionTheAnswerIs401) {
  const Response response = call("GET", "/api/v1/residents");
  EXPECT_EQ(response.status, 401);
  EXPECT_EQ(response.header("WWW-Authenticate"), "Bearer");
  EXPECT_EQ(call("GET", "/api/v1/residents", "", "forged-token").status, 401);
  const std::string token = sign_in("golden.admin");
  EXPECT_EQ(call("POST", "/api/v1/auth/sign-out", "", token).status, 204);
  EXPECT_EQ(call("GET", "/api/v1/residents", "", token).status, 401);
}

TEST_F(Api, BadRequestsGetBilingualProblemsNamingEachField) {
  const Response malformed = call("POST", "/api/v1/auth/sign-in", "{not json");
  EXPECT_EQ(malformed.status, 400);
  EXPECT_EQ(malformed.header("Content-Type"), "application/problem+json");
  const Response missing =
      call("POST", "/api/v1/auth/sign-in", R"({"username": "golden.admin", "password": 5})");
  EXPECT_EQ(missing.status, 400);
  const auto problem = body(missing);
  std::vector<std::string> fields;
  for (const auto& error : problem["errors"]) fields.push_back(error["field"]);
  EXPECT_EQ(fields, (std::vector<std::string>{"password", "captchaId", "captchaAnswer"}));
  EXPECT_FALSE(problem["title"]["ar"].get<std::string>().empty());
  EXPECT_FALSE(problem["errors"][0]["message"]["en"].get<std::string>().empty());
}

TEST_F(Api, WrongPasswordsAre401ThenTheAccountIsPaused) {
  for (int i = 0; i < 5; ++i) {
    const auto captcha = body(call("POST", "/api/v1/auth/captcha"));
    const auto answer = body(call("GET", "/api/v1/demo/outbox"))["captchas"][0]["answer"];
    const json request = {{"username", "golden.admin"},
                          {"password", "wrong"},
                          {"captchaId", captcha["captchaId"]},
                          {"captchaAnswer", answer}};
    const Response response = call("POST", "/api/v1/auth/sign-in", request.dump());
    if (i < 4) {
      EXPECT_EQ(response.status, 401);
    } else {
      EXPECT_EQ(response.status, 423);
      EXPECT_EQ(response.header("Retry-After"), "900");
    }
  }
}

TEST_F(Api, TheCaptchaIsDrawnAsShapesNotText) {
  const auto captcha = body(call("POST", "/api/v1/auth/captcha"));
  const std::string svg = captcha["imageSvg"];
  const std::string answer = body(call("GET", "/api/v1/demo/outbox"))["captchas"][0]["answer"];
  EXPECT_EQ(svg.rfind("<svg", 0), 0u);
  EXPECT_NE(svg.find("<path fill="), std::string::npos);
  EXPECT_EQ(svg.find("<text"), std::string::npos);
  EXPECT_EQ(svg.find(answer), std::string::npos);
}

TEST_F(Api, TheDemoOutboxExistsOnlyInDemoMode) {
  portal_.services->demo = false;
  EXPECT_EQ(call("GET", "/api/v1/demo/outbox").status, 404);
}

}  // namespace
}  // namespace muqeem::portal
