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

TEST(SupportRulesJson, TawasulAimsToAnswerWithinTheSevenDaysDomainGives) {
  std::ifstream file(MUQEEM_SOURCE_DIR "/assets/rules/support.json");
  std::stringstream text;
  text << file.rdbuf();
  const auto rules = parse_support_rules(text.str());
  ASSERT_TRUE(rules);
  EXPECT_EQ(rules->target_days, 7);  // DOMAIN.md, Tawasul: "Target: 7 days"
  EXPECT_EQ(rules->max_attachments, 3);
  EXPECT_EQ(rules->max_attachment_bytes, 2 * 1024 * 1024);
}

TEST(SupportRulesJson, AMissingZeroOrMistypedFigureIsRefused) {
  const auto with = [](const char* days, const char* count, const char* bytes) {
    return parse_support_rules(std::string(R"({"target_days": )") + days +
                               R"(, "attachments": {"max_count": )" + count + R"(, "max_bytes": )" + bytes +
                               "}}");
  };
  EXPECT_TRUE(with("7", "3", "1000"));
  EXPECT_FALSE(parse_support_rules("{}"));
  EXPECT_FALSE(with("0", "3", "1000"));
  EXPECT_FALSE(with("\"7\"", "3", "1000"));
  EXPECT_FALSE(with("7", "-1", "1000"));
  EXPECT_FALSE(with("7", "3", "0"));
}

}  // namespace
}  // namespace muqeem::api
