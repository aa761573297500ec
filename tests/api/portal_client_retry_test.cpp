// When the connection fails, the client sends a request once more only if doing so cannot do anything
// twice: a read, or a state change carrying an Idempotency-Key. A sign-in or a quote is never resent,
// and a timeout is left to the officer (the screen offers a retry).
#include <gtest/gtest.h>

#include <algorithm>
#include <deque>
#include <string>
#include <vector>

#include "api/portal_client.h"

namespace muqeem::api {
namespace {

// Answers each request with the next scripted outcome, and remembers what it was sent.
class ScriptedTransport : public Transport {
 public:
  void send(HttpRequest request, std::function<void(TransportResult)> done) override {
    sent.push_back(request);
    TransportResult outcome = outcomes.empty() ? TransportResult(TransportError::Network) : outcomes.front();
    if (!outcomes.empty()) outcomes.pop_front();
    done(std::move(outcome));
  }
  std::deque<TransportResult> outcomes;
  std::vector<HttpRequest> sent;
};

HttpResponse json_answer(std::string body) {
  return HttpResponse{200, "application/json", std::move(body), {}};
}

TEST(PortalClientRetry, AReadIsSentOnceMoreAfterAFailedConnection) {
  ScriptedTransport transport;
  transport.outcomes = {TransportError::Network,
                        json_answer(R"({"apiVersion":"1","date":"2026-11-23","hijriDate":"1448-06-02"})")};
  PortalClient client(transport);
  std::optional<ConfigResponse> config;
  client.config([&](auto result) {
    if (result) config = *result;
  });
  ASSERT_TRUE(config.has_value());
  EXPECT_EQ(config->date, "2026-11-23");
  EXPECT_EQ(transport.sent.size(), 2u);
}

TEST(PortalClientRetry, AReadFailingTwiceIsANetworkError) {
  ScriptedTransport transport;
  transport.outcomes = {TransportError::Network, TransportError::Network};
  PortalClient client(transport);
  std::optional<ApiError::Kind> kind;
  client.config([&](auto result) {
    if (!result) kind = result.error().kind;
  });
  EXPECT_EQ(kind, ApiError::Kind::Network);
  EXPECT_EQ(transport.sent.size(), 2u);
}

TEST(PortalClientRetry, ASignInIsNeverSentTwice) {
  ScriptedTransport transport;
  transport.outcomes = {TransportError::Network, json_answer("{}")};
  PortalClient client(transport);
  std::optional<ApiError::Kind> kind;
  client.sign_in({"officer", "secret", "captcha", "ABCD"}, [&](auto result) {
    if (!result) kind = result.error().kind;
  });
  EXPECT_EQ(kind, ApiError::Kind::Network);
  EXPECT_EQ(transport.sent.size(), 1u);
}

TEST(PortalClientRetry, ATimeoutIsNotRetried) {
  ScriptedTransport transport;
  transport.outcomes = {TransportError::Timeout};
  PortalClient client(transport);
  std::optional<ApiError::Kind> kind;
  client.config([&](auto result) {
    if (!result) kind = result.error().kind;
  });
  EXPECT_EQ(kind, ApiError::Kind::Timeout);
  EXPECT_EQ(transport.sent.size(), 1u);
}

TEST(PortalClientRetry, ARenewalIsSentAgainWithTheSameIdempotencyKey) {
  ScriptedTransport transport;
  transport.outcomes = {TransportError::Network, TransportError::Network};
  PortalClient client(transport);
  client.renew_iqama({"2000000008", 12, "123456"}, "key-1", [](auto) {});
  ASSERT_EQ(transport.sent.size(), 2u);
  for (const HttpRequest& request : transport.sent) {
    EXPECT_EQ(request.method, "POST");
    EXPECT_NE(std::find(request.headers.begin(), request.headers.end(),
                        std::pair<std::string, std::string>{"Idempotency-Key", "key-1"}),
              request.headers.end());
  }
}

}  // namespace
}  // namespace muqeem::api
