#pragma once
// The demo-only outbox (GET /api/v1/demo/outbox, on only in demo mode): the newest SMS messages the
// portal "sent" and the answers of the captchas still open. It stands in for the officer's phone and
// eyes in the demo; a real deployment never has it.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json_fwd.hpp>

namespace muqeem::api {

struct DemoMessage {
  int64_t at = 0;  // epoch seconds
  std::string mobile;
  std::string text;
};

struct DemoCaptcha {
  std::string captcha_id;
  std::string answer;
};

struct DemoOutbox {
  std::vector<DemoMessage> messages;  // newest first
  std::vector<DemoCaptcha> captchas;  // newest first
};

// Written with "demoOnly": true, so nobody mistakes it for part of the real API.
void to_json(nlohmann::json& j, const DemoOutbox& value);
std::optional<DemoOutbox> read_demo_outbox(const nlohmann::json& body);

}  // namespace muqeem::api
