#include "api/rules_json.h"

#include <gtest/gtest.h>

namespace muqeem::api {
namespace {

TEST(FeeScheduleJson, MissingOrNegativeFiguresAreRefusedNotGuessed) {
  EXPECT_FALSE(parse_fee_schedule("{"));
  EXPECT_FALSE(parse_fee_schedule("{}"));
  EXPECT_FALSE(parse_fee_schedule(R"({"iqama": {"per_year_halalas": -1}})"));
  EXPECT_FALSE(parse_fee_schedule(R"({"iqama": {"per_year_halalas": "650"}})"));
}

}  // namespace
}  // namespace muqeem::api
