#include "api/demo_dto.h"

#include <nlohmann/json.hpp>

#include "api/json_fields.h"

namespace muqeem::api {

using fields::read;

void to_json(nlohmann::json& j, const DemoOutbox& value) {
  nlohmann::json messages = nlohmann::json::array(), captchas = nlohmann::json::array();
  for (const auto& message : value.messages)
    messages.push_back({{"at", message.at}, {"mobile", message.mobile}, {"text", message.text}});
  for (const auto& captcha : value.captchas)
    captchas.push_back({{"captchaId", captcha.captcha_id}, {"answer", captcha.answer}});
  j = {{"demoOnly", true}, {"messages", messages}, {"captchas", captchas}};
}

std::optional<DemoOutbox> read_demo_outbox(const nlohmann::json& body) {
  if (!body.is_object() || !body.contains("messages") || !body["messages"].is_array() ||
      !body.contains("captchas") || !body["captchas"].is_array())
    return std::nullopt;
  DemoOutbox value;
  for (const auto& item : body["messages"]) {
    DemoMessage message;
    if (!read(item, "at", message.at) || !read(item, "mobile", message.mobile) ||
        !read(item, "text", message.text))
      return std::nullopt;
    value.messages.push_back(std::move(message));
  }
  for (const auto& item : body["captchas"]) {
    DemoCaptcha captcha;
    if (!read(item, "captchaId", captcha.captcha_id) || !read(item, "answer", captcha.answer))
      return std::nullopt;
    value.captchas.push_back(std::move(captcha));
  }
  return value;
}

}  // namespace muqeem::api
