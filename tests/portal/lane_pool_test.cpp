// The server's lanes (lane_pool.h): a whole portal on a database file, answered from several threads
// at once as cpp-httplib does. Requests that overlap are answered on lanes of their own; state
// changes still happen one at a time, so replays of one request made at the same moment store it once.
#include <gtest/gtest.h>

#include <unistd.h>
#include <algorithm>
#include <ctime>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <thread>

#include "portal/api_responses.h"
#include "portal/lane_pool.h"
#include "portal/outbox_sign_in.h"
#include "portal/portal_instance.h"
#include "test_paths.h"

namespace muqeem::portal {
namespace {

using nlohmann::json;

class LanePoolTest : public testing::Test {
 protected:
  void SetUp() override {
    folder_ = std::filesystem::path(testing::TempDir()) / ("lanes-" + std::to_string(getpid()));
    std::filesystem::remove_all(folder_);
    std::filesystem::create_directories(folder_);
    PortalSetup setup{(folder_ / "portal.db").string(), store::Journal::Wal, "", test::font_dir(),
                      test::source_path("assets/i18n")};
    setup.demo_data = store::DemoData{60, 10, riyadh_today(static_cast<int64_t>(std::time(nullptr))), 7,
                                      auth::PasswordCost::Minimum};
    setup.demo = true;
    std::string error;
    portal_ = PortalInstance::start(setup, &error);
    ASSERT_TRUE(portal_) << error;
    lanes_ = std::make_unique<LanePool>(portal_->router(), [this] { return portal_->open_lane(); });
    token_ = sign_in();
  }
  void TearDown() override {
    lanes_.reset();
    portal_.reset();
    std::filesystem::remove_all(folder_);
  }

  Response call(const std::string& method, const std::string& path, const std::string& body = "",
                std::map<std::string, std::string> headers = {},
                std::map<std::string, std::string> query = {}) {
    Request request;
    request.method = method;
    request.path = path;
    request.body = body;
    request.query = std::move(query);
    request.remote_address = "127.0.0.1";
    for (auto& [name, value] : headers) request.set_header(name, std::move(value));
    if (!token_.empty()) request.set_header("Authorization", "Bearer " + token_);
    return lanes_->handle(request);
  }
  std::string sign_in() {
    return test::sign_in_through_outbox([this](const char* method, const char* path,
                                               const std::string& body) { return call(method, path, body); });
  }
  // Runs `work(i)` on `threads` threads at once, started together.
  template <typename Work>
  static void at_once(int threads, Work work) {
    std::vector<std::thread> running;
    for (int i = 0; i < threads; ++i) running.emplace_back([&work, i] { work(i); });
    for (auto& thread : running) thread.join();
  }

  std::filesystem::path folder_;
  std::unique_ptr<PortalInstance> portal_;
  std::unique_ptr<LanePool> lanes_;
  std::string token_;
};

TEST_F(LanePoolTest, ARequestThatFindsEveryLaneBusyIsAnsweredOnANewOne) {
  ASSERT_EQ(lanes_->lanes_open(), 1u);
  const LanePool::Lease busy(*lanes_);  // an answer under way, holding the only lane
  const Response answer = call("GET", "/api/v1/establishment");
  EXPECT_EQ(answer.status, 200) << answer.body;
  EXPECT_EQ(json::parse(answer.body)["name"]["en"], "Golden Sands Contracting Co.");
  EXPECT_EQ(lanes_->lanes_open(), 2u);
}

TEST_F(LanePoolTest, LanesAreReusedNotOpenedForEveryRequest) {
  for (int i = 0; i < 20; ++i) ASSERT_EQ(call("GET", "/api/v1/establishment").status, 200);
  EXPECT_EQ(lanes_->lanes_open(), 1u);
}

TEST_F(LanePoolTest, OfficersLookingUpAtOnceEachGetTheirResident) {
  const json listed = json::parse(call("GET", "/api/v1/residents", "", {}, {{"size", "8"}}).body)["content"];
  ASSERT_EQ(listed.size(), 8u);
  std::vector<int> right(8, 0);
  at_once(8, [&](int i) {
    const std::string iqama = listed[i]["iqamaNumber"];
    for (int n = 0; n < 25; ++n) {
      const Response found = call("GET", "/api/v1/residents", "", {}, {{"query", iqama}});
      const json body = json::parse(found.body, nullptr, false);
      if (found.status == 200 && body["totalElements"] == 1 && body["content"][0]["iqamaNumber"] == iqama)
        ++right[i];
    }
  });
  EXPECT_EQ(right, std::vector<int>(8, 25));
  EXPECT_LE(lanes_->lanes_open(), 8u);  // never more lanes than requests under way at once
}

TEST_F(LanePoolTest, TheSameRequestSentFromSeveralPlacesAtOnceIsStoredOnce) {
  const json request = {{"category", "technical"},
                        {"description", "لا تظهر الإقامات المنتهية في التقرير.\nExpired iqamas are missing."},
                        {"attachments", json::array()}};
  std::vector<Response> answers(6);
  at_once(6, [&](int i) {
    answers[i] = call("POST", "/api/v1/tawasul/requests", request.dump(), {{"Idempotency-Key", "one-tap"}});
  });
  for (const Response& answer : answers) {
    EXPECT_EQ(answer.status, 201) << answer.body;
    EXPECT_EQ(answer.body, answers[0].body);  // the one request, however many times it was sent
  }
  store::Statement stored = portal_->database().prepare(
      "SELECT count(*) FROM tawasul_request WHERE description LIKE '%Expired iqamas are missing.'");
  ASSERT_TRUE(stored.step());
  EXPECT_EQ(stored.integer(0), 1);
}

TEST_F(LanePoolTest, ASessionDueForItsIdleExpiryOnManyLanesAtOnceIsAnsweredEveryTime) {
  // Each round makes the stored expiry a step behind, as after a minute's pause, then eight requests
  // of the session arrive together: each lane finds the expiry to write.
  int answered = 0;
  for (int round = 0; round < 15; ++round) {
    portal_->database().prepare("UPDATE session SET expires_at = expires_at - 120").run();
    std::vector<int> statuses(8, 0);
    at_once(8, [&](int i) { statuses[i] = call("GET", "/api/v1/establishment").status; });
    answered += static_cast<int>(std::count(statuses.begin(), statuses.end(), 200));
  }
  EXPECT_EQ(answered, 15 * 8);
}

TEST(LanePoolInMemory, ADatabaseInMemoryServesFromItsOneLane) {
  PortalSetup setup{":memory:", store::Journal::Memory, "", test::font_dir(),
                    test::source_path("assets/i18n")};
  const auto portal = PortalInstance::start(setup, nullptr);
  ASSERT_TRUE(portal);
  EXPECT_EQ(portal->open_lane(), nullptr);
  LanePool lanes(portal->router(), [&portal] { return portal->open_lane(); });
  std::vector<int> statuses(4, 0);
  std::vector<std::thread> running;
  for (int i = 0; i < 4; ++i)
    running.emplace_back([&, i] {
      Request request;
      request.method = "GET";
      request.path = "/api/v1/config";
      statuses[i] = lanes.handle(request).status;
    });
  for (auto& thread : running) thread.join();
  EXPECT_EQ(statuses, std::vector<int>(4, 200));
  EXPECT_EQ(lanes.lanes_open(), 1u);
}

}  // namespace
}  // namespace muqeem::portal
