// The demo outbox in JSON: what the server writes is what the demo panel reads, and an answer that is
// not an outbox is refused rather than half read.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "api/demo_dto.h"

namespace muqeem::api {
namespace {

using nlohmann::json;

TEST(DemoDto, TheOutboxReadsBackAsWritten) {
  const DemoOutbox sent{{{1767225600, "+966551234567", "رمز الدخول: 123456\nSign-in code: 123456"}},
                        {{"c1", "X7K2P"}}};
  const json written = sent;
  EXPECT_EQ(written["demoOnly"], true);
  const auto read = read_demo_outbox(written);
  ASSERT_TRUE(read);
  ASSERT_EQ(read->messages.size(), 1u);
  EXPECT_EQ(read->messages[0].text, sent.messages[0].text);
  EXPECT_EQ(read->messages[0].at, 1767225600);
  ASSERT_EQ(read->captchas.size(), 1u);
  EXPECT_EQ(read->captchas[0].answer, "X7K2P");
}

TEST(DemoDto, AnythingElseIsRefused) {
  EXPECT_FALSE(read_demo_outbox(json::array()));
  EXPECT_FALSE(read_demo_outbox(json{{"messages", json::array()}}));
  EXPECT_FALSE(read_demo_outbox(
      json{{"messages", {{{"at", "soon"}, {"mobile", "x"}, {"text", "y"}}}}, {"captchas", json::array()}}));
}

}  // namespace
}  // namespace muqeem::api
