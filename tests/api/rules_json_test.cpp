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

TEST(VisaRulesJson, TheShippedFileGivesDomainsWindowsAndSadadCodes) {
  std::ifstream file(MUQEEM_SOURCE_DIR "/assets/rules/visas.json");
  std::stringstream text;
  text << file.rdbuf();
  const auto rules = parse_visa_rules(text.str());
  ASSERT_TRUE(rules);
  EXPECT_EQ(rules->exit_reentry.passport_min_valid_days, 90);
  EXPECT_EQ(rules->exit_reentry.cancel_within_days_of_issue, 90);
  EXPECT_EQ(rules->exit_reentry.sadad_single, "04");
  EXPECT_EQ(rules->exit_reentry.sadad_multiple, "05");
  EXPECT_EQ(rules->exit_reentry.sadad_cancellation, "06");
  EXPECT_EQ(rules->final_exit.passport_min_valid_days, 60);
  EXPECT_EQ(rules->final_exit.use_within_days, 60);
  EXPECT_EQ(rules->final_exit.cancel_within_days, 60);
}

TEST(VisaRulesJson, AMissingZeroOrMistypedFigureIsRefused) {
  const std::string good = R"({"exit_reentry": {"passport_min_valid_days": 90, "days_per_fee_month": 30,
    "cancel_within_days_of_issue": 90, "cancellation_fee_halalas": 0,
    "sadad_service_codes": {"single": "04", "multiple": "05", "cancellation": "06"}},
    "final_exit": {"passport_min_valid_days": 60, "use_within_days": 60, "cancel_within_days": 60}})";
  EXPECT_TRUE(parse_visa_rules(good));
  const auto with = [&good](const std::string& from, const std::string& to) {
    std::string changed = good;
    changed.replace(changed.find(from), from.size(), to);
    return parse_visa_rules(changed);
  };
  EXPECT_FALSE(with("\"days_per_fee_month\": 30", "\"days_per_fee_month\": 0"));
  EXPECT_FALSE(with("\"use_within_days\": 60", "\"use_within_days\": \"60\""));
  EXPECT_FALSE(with("\"single\": \"04\"", "\"single\": \"\""));
  EXPECT_FALSE(with("\"cancel_within_days\": 60", "\"cancel_within_days\": -1"));
  EXPECT_FALSE(parse_visa_rules("{}"));
}

}  // namespace
}  // namespace muqeem::api
