#pragma once
// A renewal made by the demo establishment's officer, ready to print and to verify: the printed
// result comes from GET /iqama-renewals/{requestNumber}, asked of the host a phone would reach.
#include "portal/renewal_fixture.h"

namespace muqeem::portal {

class DocumentTest : public RenewalTest {
 protected:
  // The Host the officer's browser reached the portal by: what the QR code must point at.
  static constexpr const char* kHost = "portal.example:8443";

  // Renews an eligible resident for a year; returns the submit's answer.
  nlohmann::json renew(int nth = 0) {
    iqama_ = eligible(nth);
    const Response response = submit(iqama_, 12, security_code(token_), "print-" + std::to_string(nth));
    EXPECT_EQ(response.status, 201) << response.body;
    return body(response);
  }
  Response print(const std::string& request_number, const std::string& token) {
    return call("GET", "/api/v1/iqama-renewals/" + request_number, "", token, {}, {{"Host", kHost}});
  }
  Response verify(const std::string& code) { return call("GET", "/api/v1/public/verifications/" + code); }

  std::string iqama_;
};

}  // namespace muqeem::portal
