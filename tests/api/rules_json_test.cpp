#include "api/rules_json.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

namespace muqeem::api {
namespace {

TEST(FeeScheduleJson, MissingOrNegativeFiguresAreRefusedNotGuessed) {
  EXPECT_FALSE(parse_fee_schedule("{"));
  EXPECT_FALSE(parse_fee_schedule("{}"));
  EXPECT_FALSE(parse_fee_schedule(R"({"iqama": {"per_year_halalas": -1}})"));
  EXPECT_FALSE(parse_fee_schedule(R"({"iqama": {"per_year_halalas": "650"}})"));
}

TEST(DocumentRulesJson, ThePrintedCodeIsValidForTheSevenDaysDomainGives) {
  std::ifstream file(MUQEEM_SOURCE_DIR "/assets/rules/documents.json");
  std::stringstream text;
  text << file.rdbuf();
  const auto rules = parse_document_rules(text.str());
  ASSERT_TRUE(rules);
  EXPECT_EQ(rules->verification_valid_days, 7);  // DOMAIN.md: the resident report is valid 7 days
}

TEST(DocumentRulesJson, AMissingZeroOrMistypedValidityIsRefused) {
  EXPECT_FALSE(parse_document_rules("{}"));
  EXPECT_FALSE(parse_document_rules(R"({"verification_valid_days": 0})"));
  EXPECT_FALSE(parse_document_rules(R"({"verification_valid_days": "7"})"));
  EXPECT_FALSE(parse_document_rules(R"({"verification_valid_days": -7})"));
}

}  // namespace
}  // namespace muqeem::api
