// Printing a renewal's result: the result as the submit returned it, the establishment and the date,
// and a verification code with the QR code a phone scans to check the paper; only for the
// establishment that made the renewal.
#include <regex>

#include "portal/document_fixture.h"
#include "portal/qr_scan.h"
#include "portal/qr_svg.h"

namespace muqeem::portal {
namespace {

using RenewalDocument = DocumentTest;

TEST_F(RenewalDocument, ShowsTheResultAsSubmittedWithTheEstablishmentAndTheDate) {
  const auto submitted = renew();
  const Response response = print(submitted["requestNumber"], token_);
  ASSERT_EQ(response.status, 200) << response.body;
  const auto document = body(response);
  EXPECT_EQ(document["renewal"], submitted);
  EXPECT_EQ(document["renewal"]["previousExpiry"], "2026-03-01");
  EXPECT_EQ(document["renewal"]["previousExpiryHijri"], "1447-09-12");  // 12 Ramadan 1447
  EXPECT_EQ(document["establishment"]["name"]["en"], "Golden Sands Contracting Co.");
  EXPECT_EQ(document["establishment"]["name"]["ar"], "شركة الرمال الذهبية للمقاولات");
  EXPECT_EQ(document["requestedOn"], "2026-01-01");
  EXPECT_EQ(document["requestedOnHijri"], "1447-07-12");
}

TEST_F(RenewalDocument, ItsQrCodeScansToTheVerificationPage) {
  const auto document = body(print(renew()["requestNumber"], token_));
  const auto& verification = document["verification"];
  const std::string code = verification["code"];
  EXPECT_TRUE(std::regex_match(code, std::regex("[0-9A-HJKMNP-TV-Z]{16}"))) << code;
  EXPECT_EQ(verification["path"], "/#/verify?code=" + code);
  EXPECT_EQ(verification["url"], std::string("http://") + kHost + "/#/verify?code=" + code);

  const std::string svg = verification["qrSvg"];
  EXPECT_EQ(svg.rfind("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ", 0), 0u);
  EXPECT_NE(svg.find("fill=\"#ffffff\""), std::string::npos);  // a white background under it all
  EXPECT_NE(svg.find("<path fill=\"#161616\""), std::string::npos);
  EXPECT_EQ(svg.find("<path", svg.find("<path") + 1), std::string::npos);  // one path
  // The top-left finder pattern's first row: seven dark modules after a quiet zone of four.
  EXPECT_NE(svg.find(" d=\"M4 4h7v1h-7z"), std::string::npos);
  EXPECT_EQ(scan(svg), verification["url"]);
}

TEST_F(RenewalDocument, EveryPrintCarriesTheSameCodeWhileItIsValid) {
  const std::string number = renew()["requestNumber"];
  const auto first = body(print(number, token_));
  portal_.now += 6 * 86400;
  const Response reprinted = print(number, sign_in("golden.admin"));  // a reprint in a later session
  ASSERT_EQ(reprinted.status, 200) << reprinted.body;
  const auto again = body(reprinted);
  EXPECT_EQ(again["verification"]["code"], first["verification"]["code"]);
  EXPECT_EQ(again["verification"]["qrSvg"], first["verification"]["qrSvg"]);
  EXPECT_EQ(count("SELECT count(*) FROM document_verification"), 1);
  EXPECT_EQ(
      count("SELECT count(*) FROM audit_log WHERE operation = 'iqama-renewal-document' AND subject = '" +
            number + "'"),
      1);
}

TEST_F(RenewalDocument, TheCodeIsValidThroughTheSeventhDayInRiyadh) {
  const auto verification = body(print(renew()["requestNumber"], token_))["verification"];
  // Printed on 2026-01-01 in Riyadh; the rules give a document 7 days.
  EXPECT_EQ(verification["expiresOn"], "2026-01-08");
  EXPECT_EQ(verification["expiresOnHijri"], "1447-07-19");
  EXPECT_EQ(verification["expiresAt"], 1'767'225'600 + 8 * 86400 - 3 * 3600);  // midnight in Riyadh
}

TEST_F(RenewalDocument, AnotherEstablishmentsRenewalIsNotFound) {
  const std::string number = renew()["requestNumber"];
  const Response response = print(number, sign_in("nakheel.admin"));
  EXPECT_EQ(response.status, 404);
  EXPECT_EQ(response.header("Content-Type"), "application/problem+json");
  EXPECT_EQ(body(response)["type"], "https://muqeem.example/problems/renewal-not-found");
  EXPECT_FALSE(body(response)["title"]["ar"].get<std::string>().empty());
  EXPECT_EQ(response.body.find(iqama_), std::string::npos);
  EXPECT_EQ(count("SELECT count(*) FROM document_verification"), 0);
}

TEST_F(RenewalDocument, AnUnknownRequestNumberIsNotFound) {
  renew();
  EXPECT_EQ(print("0399999999", token_).status, 404);
  EXPECT_EQ(print("03' OR '1'='1", token_).status, 404);
  EXPECT_EQ(print("", token_).status, 404);
}

TEST_F(RenewalDocument, NeedsASession) {
  const std::string number = renew()["requestNumber"];
  EXPECT_EQ(print(number, "").status, 401);
  EXPECT_EQ(count("SELECT count(*) FROM document_verification"), 0);
}

TEST(QrSvg, TextTooLongForAQrCodeIsRefused) {
  EXPECT_FALSE(qr_svg(std::string(4000, 'x')));
  EXPECT_TRUE(qr_svg("https://muqeem.example/#/verify?code=0123456789ABCDEF"));
}

}  // namespace
}  // namespace muqeem::portal
