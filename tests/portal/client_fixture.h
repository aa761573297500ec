#pragma once
// The app's API client against a whole reference portal in memory: a call awaited (the transports
// here reply before returning) and the sign-in as the app makes it.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <optional>

#include "api/portal_client.h"
#include "portal/demo_portal.h"

namespace muqeem::portal {

template <typename T>
using Outcome = domain::Result<T, api::ApiError>;

// Runs a client call and returns what it replied (the transports here reply before returning).
template <typename T, typename Call>
Outcome<T> await(Call call) {
  std::optional<Outcome<T>> outcome;
  call([&outcome](Outcome<T> result) { outcome.emplace(std::move(result)); });
  if (!outcome) ADD_FAILURE() << "no reply";
  return outcome.value_or(Outcome<T>(api::ApiError{api::ApiError::Kind::Network}));
}

class ClientTest : public testing::Test {
 protected:
  nlohmann::json outbox() {
    Request request;
    request.path = "/api/v1/demo/outbox";
    return nlohmann::json::parse(portal_.router->handle(request).body);
  }
  // The whole sign-in through the client: captcha, password, SMS code.
  void sign_in(api::PortalClient& client) {
    const auto captcha = await<api::CaptchaResponse>([&](auto reply) { client.new_captcha(reply); });
    ASSERT_TRUE(captcha);
    const std::string answer = outbox()["captchas"][0]["answer"];
    const auto challenge = await<api::CodeChallengeResponse>([&](auto reply) {
      client.sign_in({"golden.admin", "Muqeem@2026", captcha->captcha_id, answer}, reply);
    });
    ASSERT_TRUE(challenge);
    const std::string sms = outbox()["messages"][0]["text"];
    const auto session = await<api::SessionResponse>([&](auto reply) {
      client.verify_code({challenge->challenge_id, sms.substr(sms.size() - 6)}, reply);
    });
    ASSERT_TRUE(session);
    EXPECT_TRUE(client.signed_in());
  }
  test::DemoPortal portal_{200, 20};
};

}  // namespace muqeem::portal
