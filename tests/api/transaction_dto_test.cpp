// The messages of the transactions beyond renewal, as the server reads requests (every field checked
// and stored the one way, every mistake named under its field in both languages) and as the client
// reads answers (anything short of the contract refused); and their rules files.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "api/iqama_issue_dto.h"
#include "api/occupation_change_dto.h"
#include "api/passport_update_dto.h"
#include "api/service_transfer_dto.h"
#include "api/transaction_rules_json.h"

namespace muqeem::api {
namespace {

using nlohmann::json;

std::vector<std::string> fields_of(const std::vector<FieldError>& errors) {
  std::vector<std::string> out;
  for (const auto& error : errors) {
    EXPECT_FALSE(error.message.ar.empty() || error.message.en.empty()) << error.field;
    out.push_back(error.field);
  }
  return out;
}

TEST(IssueRequestReading, TypedAnyWayItIsStoredOneWay) {
  const json body = {
      {"borderNumber", "٣١٠٠ ٠٠٠ ٠٠٠"}, {"name", {{"ar", " راجيش  كومار "}, {"en", "Rajesh  Kumar"}}},
      {"mobile", "+966 55 123 4567"},   {"occupationCode", "ELC"},
      {"nationalityCode", "IND"},       {"durationMonths", 12},
      {"securityCode", "123456"}};
  std::vector<FieldError> errors;
  const auto request = read_issue_request(body, true, errors);
  ASSERT_TRUE(request) << json(errors).dump();
  EXPECT_EQ(request->border_number, "3100000000");
  EXPECT_EQ(request->name.ar, "راجيش كومار");
  EXPECT_EQ(request->name.en, "Rajesh Kumar");
  EXPECT_EQ(request->mobile, "+966551234567");
  EXPECT_EQ(request->security_code, "123456");
}

TEST(IssueRequestReading, EveryMistakeIsNamedUnderItsField) {
  const json body = {{"borderNumber", "2100000000"},
                     {"name", {{"ar", "Rajesh"}, {"en", "Robert'); DROP TABLE resident;--"}}},
                     {"mobile", "0123"},
                     {"occupationCode", "elc' OR 1=1"},
                     {"nationalityCode", 5},
                     {"durationMonths", "12"}};
  std::vector<FieldError> errors;
  EXPECT_FALSE(read_issue_request(body, true, errors));
  EXPECT_EQ(fields_of(errors),
            (std::vector<std::string>{"borderNumber", "name.ar", "name.en", "mobile", "occupationCode",
                                      "nationalityCode", "durationMonths", "securityCode"}));
  errors.clear();
  EXPECT_FALSE(read_issue_request(json::object(), false, errors));
  EXPECT_EQ(fields_of(errors),
            (std::vector<std::string>{"borderNumber", "name.ar", "name.en", "mobile", "occupationCode",
                                      "nationalityCode", "durationMonths"}));
}

TEST(TransferRequestReading, BothNumbersAreChecked) {
  std::vector<FieldError> errors;
  const auto request = read_transfer_request(
      {{"iqamaNumber", "2000000006"}, {"newEstablishmentNumber", "7009876543"}}, false, errors);
  ASSERT_TRUE(request);
  EXPECT_EQ(request->new_establishment_number, "7009876543");
  EXPECT_FALSE(read_transfer_request(
      {{"iqamaNumber", "2000000007"}, {"newEstablishmentNumber", "3009876543"}}, false, errors));
  EXPECT_EQ(fields_of(errors), (std::vector<std::string>{"iqamaNumber", "newEstablishmentNumber"}));
  EXPECT_EQ(errors[0].message.en, "This iqama number is not valid; check its digits");
}

TEST(PassportUpdateReading, DatesAndTheNumberAreCheckedForShape) {
  std::vector<FieldError> errors;
  const json good = {{"iqamaNumber", "2000000006"}, {"passportNumber", "n 1234567"},
                     {"issueDate", "2025-06-01"},   {"expiryDate", "2035-05-31"},
                     {"issuingCountry", "IND"},     {"securityCode", "1"}};
  const auto request = read_passport_update_request(good, errors);
  ASSERT_TRUE(request);
  EXPECT_EQ(request->passport_number, "N1234567");
  json bad = good;
  bad["issueDate"] = "2025-02-30";
  bad["expiryDate"] = "31/05/2035";
  bad["passportNumber"] = "<script>";
  EXPECT_FALSE(read_passport_update_request(bad, errors));
  EXPECT_EQ(fields_of(errors), (std::vector<std::string>{"passportNumber", "issueDate", "expiryDate"}));
}

TEST(TransactionAnswers, ReadBackAsWrittenAndRefusedWhenShort) {
  const ServiceTransfer transfer{"0700000001",
                                 {"pending", "بانتظار", "Pending"},
                                 "2000000006",
                                 {"محمد خان", "Mohammed Khan"},
                                 {"PAK", "باكستان", "Pakistan"},
                                 {"ELC", "كهربائي", "Electrician"},
                                 {"7001234567", {"الرمال", "Golden Sands"}},
                                 {"7009876543", {"النخيل", "Al Nakheel"}},
                                 "2026-01-01",
                                 "1447-07-12",
                                 std::nullopt,
                                 200000};
  const auto read = read_service_transfer(json(transfer));
  ASSERT_TRUE(read);
  EXPECT_EQ(read->to.name.en, "Al Nakheel");
  EXPECT_FALSE(read->decided_on);
  json broken = transfer;
  broken.erase("decidedOn");
  EXPECT_FALSE(read_service_transfer(broken));

  const OccupationChangeQuote quote{"2000000006",
                                    {"م", "M"},
                                    {"LAB", "عامل", "Labourer"},
                                    {"ELC", "كهربائي", "Electrician"},
                                    std::nullopt,
                                    {{"occupation-change-fee", {"رسوم", "Fee"}, 200000}},
                                    200000,
                                    false,
                                    {{"not-approved-in-qiwa", "لم يعتمد", "Not approved"}}};
  const auto quoted = read_occupation_change_quote(json(quote));
  ASSERT_TRUE(quoted);
  EXPECT_FALSE(quoted->qiwa_approved_occupation);
  EXPECT_EQ(quoted->problems.at(0).code, "not-approved-in-qiwa");
  json short_quote = quote;
  short_quote["fees"][0].erase("amountHalalas");
  EXPECT_FALSE(read_occupation_change_quote(short_quote));
}

TEST(TransactionRulesJson, MissingOrMistypedFiguresAreRefusedNotGuessed) {
  EXPECT_FALSE(parse_issue_rules("{"));
  EXPECT_FALSE(
      parse_issue_rules(R"({"duration_months": [12], "issue_within_days": 0, "late_issue_fine_halalas": 50000,
                                    "passport_min_valid_days": 90, "sadad_service_code": "02"})"));
  EXPECT_FALSE(parse_occupation_change_rules(R"({"fee_halalas": "2000", "sadad_service_code": "12"})"));
  EXPECT_FALSE(parse_transfer_rules(R"({"fees_by_transfer_halalas": [], "sadad_service_code": "07"})"));
  EXPECT_FALSE(
      parse_transfer_rules(R"({"fees_by_transfer_halalas": [200000, -1], "sadad_service_code": "07"})"));
  EXPECT_FALSE(parse_passport_update_rules(R"({"request_prefix": ""})"));
  EXPECT_TRUE(parse_passport_update_rules(R"({"request_prefix": "90"})"));
}

}  // namespace
}  // namespace muqeem::api
