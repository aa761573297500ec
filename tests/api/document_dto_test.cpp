// The printed renewal and a verified document in JSON: what the server writes the client reads back,
// and an answer short of the contract is refused rather than shown half empty on paper.
#include "api/document_dto.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

namespace muqeem::api {
namespace {

using nlohmann::json;

RenewalDocument sample_document() {
  return {{"0300000001",
           "2123456789",
           {"محمد خان", "Mohammed Khan"},
           12,
           "2026-03-01",
           "1447-09-12",
           "2027-03-01",
           "1448-09-23",
           65000},
          "7001234567",
          {"شركة الرمال الذهبية للمقاولات", "Golden Sands Contracting Co."},
          "2026-01-01",
          "1447-07-12",
          {"0123456789ABCDEF", "/#/verify?code=0123456789ABCDEF",
           "https://muqeem.example/#/verify?code=0123456789ABCDEF", 1767906000, "2026-01-08", "1447-07-19",
           "<svg/>"}};
}

TEST(DocumentDto, APrintedRenewalReadsBackAsWritten) {
  const auto read = read_renewal_document(json(sample_document()));
  ASSERT_TRUE(read);
  EXPECT_EQ(read->renewal.request_number, "0300000001");
  EXPECT_EQ(read->renewal.previous_expiry_hijri, "1447-09-12");
  EXPECT_EQ(read->establishment.en, "Golden Sands Contracting Co.");
  EXPECT_EQ(read->requested_on_hijri, "1447-07-12");
  EXPECT_EQ(read->verification.url, "https://muqeem.example/#/verify?code=0123456789ABCDEF");
  EXPECT_EQ(read->verification.expires_at, 1767906000);
  EXPECT_EQ(read->verification.qr_svg, "<svg/>");
}

TEST(DocumentDto, APrintedRenewalMissingAnythingIsRefused) {
  json body = sample_document();
  body["verification"].erase("qrSvg");
  EXPECT_FALSE(read_renewal_document(body));
  body = sample_document();
  body["renewal"].erase("previousExpiryHijri");
  EXPECT_FALSE(read_renewal_document(body));
  body = sample_document();
  body["establishment"]["name"] = "Golden Sands";
  EXPECT_FALSE(read_renewal_document(body));
  EXPECT_FALSE(read_renewal_document(json::array()));
}

TEST(DocumentDto, AVerifiedDocumentReadsBackAsWritten) {
  const VerifiedDocument written{"iqama-renewal",
                                 {"تجديد إقامة", "Iqama renewal"},
                                 "0300000001",
                                 "******6789",
                                 {"محمد خان", "Mohammed Khan"},
                                 "2027-03-01",
                                 "1448-09-23",
                                 "2027-03-01",
                                 "1448-09-23",
                                 "2026-01-01",
                                 "1447-07-12",
                                 {"شركة الرمال الذهبية للمقاولات", "Golden Sands Contracting Co."},
                                 1767906000};
  const auto read = read_verified_document(json(written));
  ASSERT_TRUE(read);
  EXPECT_EQ(read->iqama_number, "******6789");
  EXPECT_EQ(read->issuer.ar, "شركة الرمال الذهبية للمقاولات");
  EXPECT_EQ(read->title.en, "Iqama renewal");
  EXPECT_EQ(read->new_expiry, "2027-03-01");
  json body = written;
  body.erase("issuer");
  EXPECT_FALSE(read_verified_document(body));
  body = written;
  body.erase("newExpiryHijri");  // a new expiry comes with its Hijri date
  EXPECT_FALSE(read_verified_document(body));
}

TEST(DocumentDto, AReportsVerificationHasNoNewExpiry) {
  VerifiedDocument report{"resident-report", {"تقرير مقيم", "Resident report"}, "8000000001",
                          "******6789",      {"محمد خان", "Mohammed Khan"},     "2026-03-01",
                          "1447-09-12"};
  report.issued_on = "2026-01-01";
  const json body = report;
  EXPECT_FALSE(body.contains("newExpiry"));
  const auto read = read_verified_document(body);
  ASSERT_TRUE(read);
  EXPECT_EQ(read->iqama_expiry, "2026-03-01");
  EXPECT_TRUE(read->new_expiry.empty());
}

}  // namespace
}  // namespace muqeem::api
