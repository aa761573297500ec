#pragma once
// The portal API through the router, as the app (or any client) calls it: requests in, JSON or
// problems out, signing in the way a browser test does (captcha answer and SMS code from the demo
// outbox), and per-transaction security codes read from the same outbox.
#include <gtest/gtest.h>

#include <map>
#include <nlohmann/json.hpp>
#include <string>

#include "portal/demo_portal.h"
#include "portal/outbox_sign_in.h"

namespace muqeem::portal {

// The demo establishments' balances as seeded (store/demo_data.cpp): SAR 50,000 and SAR 20,000.
inline constexpr int64_t kGoldenBalance = 5000000;
inline constexpr int64_t kNakheelBalance = 2000000;

class ApiTest : public testing::Test {
 protected:
  explicit ApiTest(int residents = 300, int other_residents = 50) : portal_(residents, other_residents) {}

  Response call(const std::string& method, const std::string& path, const std::string& body = "",
                const std::string& token = "", std::map<std::string, std::string> query = {},
                std::map<std::string, std::string> headers = {}) {
    Request request;
    request.method = method;
    request.path = path;
    request.body = body;
    request.query = std::move(query);
    for (auto& [name, value] : headers) request.set_header(name, std::move(value));
    if (!token.empty()) request.headers["authorization"] = "Bearer " + token;
    return portal_.router->handle(request);
  }
  static nlohmann::json body(const Response& response) { return nlohmann::json::parse(response.body); }

  std::string last_sms_code() {
    const std::string text = body(call("GET", "/api/v1/demo/outbox"))["messages"][0]["text"];
    return text.substr(text.size() - 6);
  }

  std::string sign_in(const std::string& username) {
    return test::sign_in_through_outbox([this](const char* method, const char* path,
                                               const std::string& body) { return call(method, path, body); },
                                        username);
  }

  // Asks for a security code for an operation (an iqama renewal unless told) and reads it from the SMS.
  std::string security_code(const std::string& token, const std::string& operation = "iqama-renewal") {
    const Response sent =
        call("POST", "/api/v1/auth/security-code", nlohmann::json{{"operation", operation}}.dump(), token);
    EXPECT_EQ(sent.status, 201) << sent.body;
    return last_sms_code();
  }

  // The iqama number of an establishment's nth resident (by row), for a test to arrange.
  std::string nth_resident(int64_t establishment, int nth) {
    store::Statement pick = portal_.db->prepare(
        "SELECT iqama_number FROM resident WHERE establishment_id = ?1 ORDER BY id LIMIT 1 OFFSET ?2");
    pick.bind(1, establishment).bind(2, int64_t{nth});
    EXPECT_TRUE(pick.step());
    return pick.text(0);
  }
  void pay_traffic_violations(const std::string& iqama) {
    portal_.db
        ->prepare(
            "UPDATE traffic_violation SET paid = 1 WHERE resident_id = (SELECT id FROM resident WHERE "
            "iqama_number = ?1)")
        .bind(1, iqama)
        .run();
  }

  int64_t count(const std::string& sql) {
    portal::store::Statement statement = portal_.db->prepare(sql);
    return statement.step() ? statement.integer(0) : -1;
  }

  test::DemoPortal portal_;
};

}  // namespace muqeem::portal
