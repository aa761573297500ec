// Verifying a printed document by its code, as anyone holding the paper may: no sign-in, only what the
// paper states (the iqama number masked), and the same refusal for an unknown code as for an expired
// one.
#include "portal/document_fixture.h"

namespace muqeem::portal {
namespace {

using DocumentVerification = DocumentTest;

TEST_F(DocumentVerification, AValidCodeShowsWhatThePaperStatesWithoutSigningIn) {
  const auto submitted = renew();
  const std::string code = body(print(submitted["requestNumber"], token_))["verification"]["code"];
  const Response response = verify(code);  // no token
  ASSERT_EQ(response.status, 200) << response.body;
  const auto document = body(response);
  EXPECT_EQ(document["documentKind"], "iqama-renewal");
  EXPECT_EQ(document["title"]["en"], "Iqama renewal");
  EXPECT_EQ(document["title"]["ar"], "تجديد إقامة");
  EXPECT_EQ(document["iqamaExpiry"], "2027-03-01");  // what the paper states: the new expiry
  EXPECT_EQ(document["requestNumber"], submitted["requestNumber"]);
  EXPECT_EQ(document["iqamaNumber"], "******" + iqama_.substr(6));
  EXPECT_EQ(document["name"], submitted["name"]);
  EXPECT_EQ(document["newExpiry"], "2027-03-01");
  EXPECT_EQ(document["newExpiryHijri"], submitted["newExpiryHijri"]);
  EXPECT_EQ(document["issuedOn"], "2026-01-01");
  EXPECT_EQ(document["issuer"]["en"], "Golden Sands Contracting Co.");
  EXPECT_EQ(response.body.find(iqama_), std::string::npos);  // the full number appears nowhere
}

TEST_F(DocumentVerification, ACodeTypedInLowerCaseIsTheSameCode) {
  std::string code = body(print(renew()["requestNumber"], token_))["verification"]["code"];
  for (char& c : code) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  EXPECT_EQ(verify(code).status, 200);
}

TEST_F(DocumentVerification, AnExpiredCodeIsRefusedExactlyLikeAnUnknownOne) {
  const std::string number = renew()["requestNumber"];
  const auto verification = body(print(number, token_))["verification"];
  const std::string code = verification["code"];
  portal_.now = verification["expiresAt"].get<int64_t>() - 1;  // 23:59:59 on its last day, in Riyadh
  EXPECT_EQ(verify(code).status, 200);
  portal_.now += 1;
  const Response expired = verify(code);
  EXPECT_EQ(expired.status, 404);
  EXPECT_EQ(expired.header("Content-Type"), "application/problem+json");
  const Response unknown = verify("0123456789ABCDEF");
  EXPECT_EQ(unknown.status, 404);
  EXPECT_EQ(expired.body, unknown.body);
  const auto problem = body(unknown);
  EXPECT_FALSE(problem["title"]["ar"].get<std::string>().empty());
  EXPECT_FALSE(problem["title"]["en"].get<std::string>().empty());
}

TEST_F(DocumentVerification, PrintingAfterTheCodeExpiredGivesANewOneThatVerifies) {
  const std::string number = renew()["requestNumber"];
  const auto first = body(print(number, token_))["verification"];
  portal_.now = first["expiresAt"].get<int64_t>() + 3600;
  token_ = sign_in("golden.admin");  // the first session has long ended
  const auto second = body(print(number, token_))["verification"];
  EXPECT_NE(second["code"], first["code"]);
  EXPECT_EQ(verify(second["code"]).status, 200);
  EXPECT_EQ(verify(first["code"]).status, 404);
}

TEST_F(DocumentVerification, MalformedCodesAreNotFoundAndHarmless) {
  renew();
  for (const std::string code : {"", "SHORT", "0123456789ABCDEFG", "%27%20OR%201%3D1--", "'+OR+1=1--xxxxx"}) {
    const Response response = verify(code);
    EXPECT_EQ(response.status, 404) << code;
    EXPECT_EQ(response.header("Content-Type"), "application/problem+json") << code;
  }
  EXPECT_EQ(count("SELECT count(*) FROM iqama_renewal"), 1);
}

}  // namespace
}  // namespace muqeem::portal
