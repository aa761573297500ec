// Reprinting a visa: the printed visa with the resident's passport and nationality, the establishment
// and a verification code with its QR code, the same code on every print while it lasts; anyone can
// check the code and sees what has become of the visa since.
#include "portal/visa_fixture.h"

namespace muqeem::portal {
namespace {

class VisaDocument : public VisaTest {
 protected:
  Response print(const std::string& visa) {
    return call("GET", "/api/v1/visas/" + visa + "/document", "", token_, {}, {{"Host", "portal.example"}});
  }
};

TEST_F(VisaDocument, PrintsWithAVerificationCodeThatAnyoneCanCheck) {
  const std::string iqama = ready();
  const Response issued = issue(iqama, "multiple", 90, "print");
  ASSERT_EQ(issued.status, 201);
  const std::string visa = body(issued)["visa"]["visaNumber"];
  const Response response = print(visa);
  ASSERT_EQ(response.status, 200) << response.body;
  const auto document = body(response);
  EXPECT_EQ(document["visa"], body(issued)["visa"]);
  EXPECT_EQ(document["establishment"]["name"]["en"], "Golden Sands Contracting Co.");
  EXPECT_EQ(document["passportNumber"], file_of(iqama)["passport"]["number"]);
  EXPECT_EQ(document["printedOn"], "2026-01-01");
  const std::string code = document["verification"]["code"];
  EXPECT_EQ(document["verification"]["url"], "http://portal.example/#/verify?code=" + code);
  EXPECT_EQ(document["verification"]["qrSvg"].get<std::string>().rfind("<svg", 0), 0u);
  EXPECT_EQ(body(print(visa))["verification"]["code"], code);  // every print while it lasts
  EXPECT_EQ(
      count("SELECT count(*) FROM audit_log WHERE operation = 'visa-document' AND subject = '" + visa + "'"),
      1);

  const auto verified = body(call("GET", "/api/v1/public/verifications/" + code));
  EXPECT_EQ(verified["documentKind"], "visa");
  EXPECT_EQ(verified["requestNumber"], visa);
  EXPECT_EQ(verified["iqamaNumber"], "******" + iqama.substr(6));
  EXPECT_EQ(verified.find("newExpiry"), verified.end());  // a renewal's field
  EXPECT_EQ(verified["visa"]["expiresOn"], "2026-04-01");
  EXPECT_EQ(verified["title"]["en"], "Exit/re-entry, multiple visa");
  EXPECT_EQ(verified["iqamaExpiry"], "2026-12-31");
  EXPECT_EQ(verified["visa"]["status"]["code"], "issued");
  EXPECT_EQ(verified["issuer"]["en"], "Golden Sands Contracting Co.");

  // Cancelled after printing: the paper's check says so.
  ASSERT_EQ(post("/api/v1/visas/" + visa + "/cancellation",
                 {{"securityCode", security_code(token_, "visa-cancellation")}}, "cancel")
                .status,
            201);
  EXPECT_EQ(body(call("GET", "/api/v1/public/verifications/" + code))["visa"]["status"]["code"], "cancelled");
}

TEST_F(VisaDocument, OnlyAnOpenVisaOfTheEstablishmentPrints) {
  const std::string iqama = ready();
  const std::string used = add_visa(iqama, "exit-reentry-single", "2025-10-01", "2025-11-01", "used");
  const Response refused = print(used);
  EXPECT_EQ(refused.status, 422);
  EXPECT_NE(body(refused)["title"]["en"].get<std::string>().find("Used"), std::string::npos);
  const std::string open = add_visa(iqama, "exit-reentry-single", "2025-12-01", "2026-02-01");
  token_ = sign_in("nakheel.admin");
  EXPECT_EQ(print(open).status, 404);
  EXPECT_EQ(count("SELECT count(*) FROM document_verification"), 0);
  token_.clear();
  EXPECT_EQ(print(open).status, 401);
}

}  // namespace
}  // namespace muqeem::portal
