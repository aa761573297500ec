#pragma once
// Signing in as a browser test does: a captcha, its answer and then the SMS code read from the demo-only
// outbox. `call(method, path, body)` answers a request however the caller serves them (the router, a
// pool of lanes) and returns the Response.
#include <nlohmann/json.hpp>
#include <string>

namespace muqeem::test {

template <typename Call>
std::string sign_in_through_outbox(Call call, const std::string& username = "golden.admin") {
  using nlohmann::json;
  const auto answer = [&call](const char* method, const char* path, const std::string& body = "") {
    return json::parse(call(method, path, body).body);
  };
  const json captcha = answer("POST", "/api/v1/auth/captcha");
  const json request = {{"username", username},
                        {"password", "Muqeem@2026"},
                        {"captchaId", captcha["captchaId"]},
                        {"captchaAnswer", answer("GET", "/api/v1/demo/outbox")["captchas"][0]["answer"]}};
  const json challenge = answer("POST", "/api/v1/auth/sign-in", request.dump());
  const std::string sms = answer("GET", "/api/v1/demo/outbox")["messages"][0]["text"];
  const json verify = {{"challengeId", challenge["challengeId"]}, {"code", sms.substr(sms.size() - 6)}};
  return answer("POST", "/api/v1/auth/verify-code", verify.dump())["token"];
}

}  // namespace muqeem::test
