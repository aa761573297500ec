// The app's client as the browser runs it: the session is a cookie the client never holds, shared by
// every tab of the browser. Here the "browser" is a transport with one cookie jar for its tabs, which
// keeps what Set-Cookie says and sends it back from the portal's own origin, as a browser does.
#include "portal/client_fixture.h"
#include "portal/in_process_transport.h"

namespace muqeem::portal {
namespace {

class Browser : public api::Transport {
 public:
  explicit Browser(const Router& router) : inner_(router) {}
  void send(api::HttpRequest request, std::function<void(api::TransportResult)> done) override {
    for (const auto& [name, value] : request.headers)
      if (name == "Authorization") ++bearer_requests;
    if (!cookie.empty()) request.headers.emplace_back("Cookie", cookie);
    request.headers.emplace_back("Host", "127.0.0.1:8765");
    if (request.method != "GET") request.headers.emplace_back("Origin", "http://127.0.0.1:8765");
    inner_.send(std::move(request), [this, done = std::move(done)](api::TransportResult result) {
      if (result) {
        const std::string set = result->header("Set-Cookie");
        if (!set.empty())
          cookie = set.find("Max-Age=0") != std::string::npos ? "" : set.substr(0, set.find(';'));
      }
      done(std::move(result));
    });
  }
  std::string cookie;  // the jar: "muqeem-session=…"
  int bearer_requests = 0;

 private:
  InProcessTransport inner_;
};

class BrowserSession : public ClientTest {
 protected:
  BrowserSession() {
    first_tab.use_browser_session();
    second_tab.use_browser_session();
  }
  Browser browser{*portal_.router};
  api::PortalClient first_tab{browser};
  api::PortalClient second_tab{browser};
};

TEST_F(BrowserSession, SignedInTheClientHoldsNoTokenAndTheCookieCarriesTheSession) {
  sign_in(first_tab);
  EXPECT_NE(browser.cookie.rfind("muqeem-session=", 0), std::string::npos);
  const auto residents = await<api::ResidentPage>([&](auto reply) { first_tab.residents({}, reply); });
  ASSERT_TRUE(residents);
  EXPECT_FALSE(residents->content.empty());
  EXPECT_EQ(browser.bearer_requests, 0);  // never a token on the wire from the browser
  EXPECT_TRUE(first_tab.session_expires_at().has_value());
}

TEST_F(BrowserSession, ANewTabOrAReloadResumesTheSessionWithoutSigningIn) {
  EXPECT_FALSE(await<api::SessionExpiry>([&](auto reply) { second_tab.resume_session(reply); }));
  EXPECT_FALSE(second_tab.signed_in());
  sign_in(first_tab);
  const auto resumed = await<api::SessionExpiry>([&](auto reply) { second_tab.resume_session(reply); });
  ASSERT_TRUE(resumed);
  EXPECT_TRUE(second_tab.signed_in());
  EXPECT_EQ(second_tab.session_expires_at(), resumed->expires_at);
  EXPECT_TRUE(await<api::EstablishmentProfile>([&](auto reply) { second_tab.establishment(reply); }));
  // A change from the resumed tab: the app's header and origin pass the CSRF defence.
  EXPECT_TRUE(await<api::SecurityCodeResponse>(
      [&](auto reply) { second_tab.request_security_code({"iqama-renewal"}, reply); }));
}

TEST_F(BrowserSession, SigningOutInOneTabEndsTheSessionForTheOther) {
  sign_in(first_tab);
  ASSERT_TRUE(await<api::SessionExpiry>([&](auto reply) { second_tab.resume_session(reply); }));
  bool expired_told = false;
  second_tab.on_session_expired = [&] { expired_told = true; };
  first_tab.sign_out([] {});
  EXPECT_TRUE(browser.cookie.empty());  // the server cleared it
  // The other tab learns it from the server's answer even if no message reached it.
  const auto after = await<api::ResidentPage>([&](auto reply) { second_tab.residents({}, reply); });
  ASSERT_FALSE(after);
  EXPECT_EQ(after.error().kind, api::ApiError::Kind::SessionExpired);
  EXPECT_TRUE(expired_told);
  EXPECT_FALSE(second_tab.signed_in());
}

}  // namespace
}  // namespace muqeem::portal
