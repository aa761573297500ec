// The browser app's session: an HttpOnly, SameSite=Strict cookie it never sees (`__Host-` and Secure
// over HTTPS), read by every route as a bearer token is; and the CSRF defence around it: a change
// made with the cookie needs the app's own header and the portal's own origin, or it is refused with
// 403 and nothing is done. Native clients keep the bearer token.
#include "portal/api_fixture.h"

namespace muqeem::portal {
namespace {

using nlohmann::json;

constexpr const char* kHost = "127.0.0.1:8765";

class SessionCookie : public ApiTest {
 protected:
  // Signs in as the browser app does; returns the verify-code answer.
  Response sign_in_as_app(std::map<std::string, std::string> extra = {}) {
    std::map<std::string, std::string> headers = {{"X-Muqeem-Client", "web"}, {"Host", kHost}};
    headers.insert(extra.begin(), extra.end());
    const json captcha = body(call("POST", "/api/v1/auth/captcha", "{}", "", {}, headers));
    const json request = {
        {"username", "golden.admin"},
        {"password", "Muqeem@2026"},
        {"captchaId", captcha["captchaId"]},
        {"captchaAnswer", body(call("GET", "/api/v1/demo/outbox"))["captchas"][0]["answer"]}};
    const json challenge = body(call("POST", "/api/v1/auth/sign-in", request.dump(), "", {}, headers));
    const json verify = {{"challengeId", challenge["challengeId"]}, {"code", last_sms_code()}};
    return call("POST", "/api/v1/auth/verify-code", verify.dump(), "", {}, headers);
  }
  // "muqeem-session=…": what the browser sends back.
  static std::string cookie_of(const Response& response) {
    const std::string& set = response.header("Set-Cookie");
    return set.substr(0, set.find(';'));
  }
  // A request as a browser page makes it: the cookie, and whatever else it says.
  Response with_cookie(const std::string& method, const std::string& path, const std::string& cookie,
                       std::map<std::string, std::string> headers, const std::string& payload = "{}") {
    headers["Cookie"] = cookie;
    headers.emplace("Host", kHost);
    return call(method, path, payload, "", {}, std::move(headers));
  }
  int64_t messages() { return count("SELECT count(*) FROM sms_outbox"); }
};

TEST_F(SessionCookie, SigningInAsTheAppSetsACookieScriptCannotReadAndGivesNoToken) {
  const Response signed_in = sign_in_as_app();
  ASSERT_EQ(signed_in.status, 200) << signed_in.body;
  EXPECT_FALSE(body(signed_in).contains("token"));
  EXPECT_GT(body(signed_in)["expiresAt"].get<int64_t>(), portal_.now);
  const std::string& cookie = signed_in.header("Set-Cookie");
  EXPECT_EQ(cookie.rfind("muqeem-session=", 0), 0u) << cookie;
  EXPECT_NE(cookie.find("; HttpOnly"), std::string::npos);
  EXPECT_NE(cookie.find("; SameSite=Strict"), std::string::npos);
  EXPECT_NE(cookie.find("; Path=/"), std::string::npos);
  // It ends with the browser, and belongs to this host alone.
  EXPECT_EQ(cookie.find("Max-Age"), std::string::npos);
  EXPECT_EQ(cookie.find("Expires"), std::string::npos);
  EXPECT_EQ(cookie.find("Domain"), std::string::npos);
  EXPECT_GT(cookie_of(signed_in).size(), std::string("muqeem-session=").size() + 20);

  // Served over HTTPS (behind the proxy that says so): the __Host- prefix, and Secure.
  const Response secure = sign_in_as_app({{"X-Forwarded-Proto", "https"}});
  ASSERT_EQ(secure.status, 200);
  EXPECT_EQ(secure.header("Set-Cookie").rfind("__Host-muqeem-session=", 0), 0u);
  EXPECT_NE(secure.header("Set-Cookie").find("; Secure"), std::string::npos);
}

TEST_F(SessionCookie, TheCookieIsTheSessionForReadsAndForTheAppsChanges) {
  const std::string cookie = cookie_of(sign_in_as_app());
  const Response profile = with_cookie("GET", "/api/v1/establishment", cookie, {});
  ASSERT_EQ(profile.status, 200) << profile.body;
  EXPECT_FALSE(profile.header("Session-Expires-At").empty());
  const Response session = with_cookie("GET", "/api/v1/auth/session", cookie, {});
  ASSERT_EQ(session.status, 200);
  EXPECT_EQ(body(session)["expiresAt"], portal_.now + 15 * 60);
  // The app's change: its header, from its own origin.
  const Response code = with_cookie("POST", "/api/v1/auth/security-code", cookie,
                                    {{"X-Muqeem-Client", "web"}, {"Origin", std::string("http://") + kHost}},
                                    json{{"operation", "iqama-renewal"}}.dump());
  EXPECT_EQ(code.status, 201) << code.body;
  // Without a session the check answers "none" (204), not an error.
  EXPECT_EQ(call("GET", "/api/v1/auth/session").status, 204);
  EXPECT_EQ(with_cookie("GET", "/api/v1/auth/session", "muqeem-session=forged", {}).status, 204);
}

TEST_F(SessionCookie, ACrossSiteChangeIsRefusedAndNothingIsDone) {
  const std::string cookie = cookie_of(sign_in_as_app());
  const std::string operation = json{{"operation", "iqama-renewal"}}.dump();
  const int64_t before = messages();
  // A form posted from another site sends the cookie (same-site, another port) but not the header.
  const Response form = with_cookie("POST", "/api/v1/auth/security-code", cookie,
                                    {{"Origin", "http://127.0.0.1:9999"}}, operation);
  EXPECT_EQ(form.status, 403);
  EXPECT_EQ(body(form)["type"].get<std::string>().find("cross-site-request") != std::string::npos, true);
  // Even with the header copied, another origin is refused.
  EXPECT_EQ(with_cookie("POST", "/api/v1/auth/security-code", cookie,
                        {{"X-Muqeem-Client", "web"}, {"Origin", "http://evil.example"}}, operation)
                .status,
            403);
  // No Origin but the browser says the request is cross-site.
  EXPECT_EQ(with_cookie("POST", "/api/v1/auth/security-code", cookie,
                        {{"X-Muqeem-Client", "web"}, {"Sec-Fetch-Site", "cross-site"}}, operation)
                .status,
            403);
  // The cookie without the app's header, from nowhere in particular.
  EXPECT_EQ(with_cookie("POST", "/api/v1/auth/security-code", cookie, {}, operation).status, 403);
  // A route that never acts with the session ignores a cookie that comes along (a test's own API
  // session in the same browser context), but still not from another origin.
  EXPECT_EQ(with_cookie("POST", "/api/v1/auth/captcha", cookie, {}).status, 201);
  EXPECT_EQ(with_cookie("POST", "/api/v1/auth/captcha", cookie, {{"Origin", "http://127.0.0.1:9999"}}).status,
            403);
  EXPECT_EQ(messages(), before);  // no code was sent
  // A renewal submitted cross-site changes nothing either.
  const int64_t renewals = count("SELECT count(*) FROM audit_log");
  const json renewal = {
      {"iqamaNumber", nth_resident(1, 3)}, {"durationMonths", 12}, {"securityCode", "123456"}};
  EXPECT_EQ(with_cookie("POST", "/api/v1/iqama-renewals", cookie,
                        {{"Origin", "http://127.0.0.1:9999"}, {"Idempotency-Key", "k-cross-site-1"}},
                        renewal.dump())
                .status,
            403);
  EXPECT_EQ(count("SELECT count(*) FROM audit_log"), renewals);
}

TEST_F(SessionCookie, TheBearerTokenStillWorksForOtherClients) {
  const std::string token = sign_in("golden.admin");
  EXPECT_EQ(call("GET", "/api/v1/auth/session", "", token).status, 200);
  const Response code =
      call("POST", "/api/v1/auth/security-code", json{{"operation", "iqama-renewal"}}.dump(), token);
  EXPECT_EQ(code.status, 201) << code.body;
  EXPECT_EQ(code.header("Set-Cookie"), "");
}

TEST_F(SessionCookie, SigningOutClearsTheCookieAndEndsTheSessionOnTheServer) {
  const std::string cookie = cookie_of(sign_in_as_app());
  const Response out = with_cookie("POST", "/api/v1/auth/sign-out", cookie,
                                   {{"X-Muqeem-Client", "web"}, {"Origin", std::string("http://") + kHost}});
  EXPECT_EQ(out.status, 204);
  EXPECT_EQ(out.header("Set-Cookie").rfind("muqeem-session=;", 0), 0u) << out.header("Set-Cookie");
  EXPECT_NE(out.header("Set-Cookie").find("Max-Age=0"), std::string::npos);
  EXPECT_EQ(with_cookie("GET", "/api/v1/auth/session", cookie, {}).status, 204);
  EXPECT_EQ(with_cookie("GET", "/api/v1/establishment", cookie, {}).status, 401);
}

}  // namespace
}  // namespace muqeem::portal
