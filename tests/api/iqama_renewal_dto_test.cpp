// Renewal messages in JSON, as the client reads the server's answers and the server reads requests:
// what one side writes the other reads back, and anything short of the contract is refused.
#include "api/iqama_renewal_dto.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "api/establishment_dto.h"

namespace muqeem::api {
namespace {

using nlohmann::json;

RenewalQuote sample_quote() {
  return {"2123456789",
          {"محمد خان", "Mohammed Khan"},
          {"PAK", "باكستان", "Pakistan"},
          "P1000007",
          "2030-05-01",
          {"شركة الرمال الذهبية للمقاولات", "Golden Sands Contracting Co."},
          "2026-03-01",
          "1447-09-12",
          12,
          "2027-03-01",
          "1448-09-23",
          {{"iqama-fee", {"رسوم", "Fee"}, 65000}},
          65000,
          false,
          {{"outside-kingdom", "خارج المملكة", "Outside the Kingdom"}}};
}

TEST(RenewalDto, AQuoteReadsBackAsWritten) {
  const auto read = read_renewal_quote(json(sample_quote()));
  ASSERT_TRUE(read);
  EXPECT_EQ(read->sponsor.en, "Golden Sands Contracting Co.");
  EXPECT_EQ(read->fees.at(0).amount_halalas, 65000);
  EXPECT_EQ(read->problems.at(0).code, "outside-kingdom");
  EXPECT_FALSE(read->eligible);
}

TEST(RenewalDto, AnAnswerMissingAFieldIsNotAQuote) {
  json body = sample_quote();
  body.erase("totalHalalas");
  EXPECT_FALSE(read_renewal_quote(body));
  body = sample_quote();
  body["fees"][0]["amountHalalas"] = "650";
  EXPECT_FALSE(read_renewal_quote(body));
  EXPECT_FALSE(read_renewal_result(json::object()));
  EXPECT_FALSE(read_establishment(json::array()));
}

TEST(RenewalDto, TheSubmitNeedsTheSecurityCodeTheQuoteDoesNot) {
  const json quote_request = RenewalRequest{"2123456789", 12, ""};
  EXPECT_FALSE(quote_request.contains("securityCode"));
  std::vector<FieldError> errors;
  EXPECT_TRUE(read_renewal_request(quote_request, false, errors));
  EXPECT_FALSE(read_renewal_request(quote_request, true, errors));
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].field, "securityCode");
}

TEST(RenewalDto, EachBadFieldIsNamed) {
  std::vector<FieldError> errors;
  EXPECT_FALSE(read_renewal_request(json{{"iqamaNumber", 2123456789}, {"durationMonths", 0}}, false, errors));
  ASSERT_EQ(errors.size(), 2u);
  EXPECT_EQ(errors[0].field, "iqamaNumber");
  EXPECT_EQ(errors[1].field, "durationMonths");
  EXPECT_FALSE(errors[1].message.ar.empty());
}

}  // namespace
}  // namespace muqeem::api
