#pragma once
// The app's API client against a whole reference portal in memory: a call awaited (the transports here
// reply before returning), the demo outbox read for codes, signing in through the client, and the
// router served over real HTTP on a loopback port for as long as a test needs it.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <thread>

#include "api/portal_client.h"
#include "portal/demo_portal.h"
#include "portal/http_server.h"

namespace muqeem::portal {

template <typename T>
using Outcome = domain::Result<T, api::ApiError>;

// Runs a client call and returns what it replied.
template <typename T, typename Call>
Outcome<T> await(Call call) {
  std::optional<Outcome<T>> outcome;
  call([&outcome](Outcome<T> result) { outcome.emplace(std::move(result)); });
  if (!outcome) ADD_FAILURE() << "no reply";
  return outcome.value_or(Outcome<T>(api::ApiError{api::ApiError::Kind::Network}));
}

// The router on cpp-httplib, on a free loopback port, until destroyed.
class HttpServing {
 public:
  explicit HttpServing(const Router& router) : lanes_(router) {
    mount(server_, lanes_);
    port_ = server_.bind_to_any_port("127.0.0.1");
    thread_ = std::thread([this] { server_.listen_after_bind(); });
  }
  ~HttpServing() {
    server_.stop();
    thread_.join();
  }
  HttpServing(const HttpServing&) = delete;
  HttpServing& operator=(const HttpServing&) = delete;
  int port() const { return port_; }

 private:
  LanePool lanes_;  // the one router, as a pool of one lane
  httplib::Server server_;
  int port_ = 0;
  std::thread thread_;
};

class ClientTest : public testing::Test {
 protected:
  nlohmann::json outbox() {
    Request request;
    request.path = "/api/v1/demo/outbox";
    return nlohmann::json::parse(portal_.router->handle(request).body);
  }
  // The six digits of the newest SMS: a sign-in or a security code.
  std::string last_code() {
    const std::string sms = outbox()["messages"][0]["text"];
    return sms.substr(sms.size() - 6);
  }
  // The whole sign-in through the client: captcha, password, SMS code.
  void sign_in(api::PortalClient& client, const std::string& username = "golden.admin") {
    const auto captcha = await<api::CaptchaResponse>([&](auto reply) { client.new_captcha(reply); });
    ASSERT_TRUE(captcha);
    const std::string answer = outbox()["captchas"][0]["answer"];
    const auto challenge = await<api::CodeChallengeResponse>([&](auto reply) {
      client.sign_in({username, "Muqeem@2026", captcha->captcha_id, answer}, reply);
    });
    ASSERT_TRUE(challenge);
    const auto session = await<api::SessionResponse>([&](auto reply) {
      client.verify_code({challenge->challenge_id, last_code()}, reply);
    });
    ASSERT_TRUE(session);
    EXPECT_TRUE(client.signed_in());
  }
  test::DemoPortal portal_{200, 20};
};

}  // namespace muqeem::portal
