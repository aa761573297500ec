// The establishment's own page: its names and number, package, balance, and the iqama counts a
// dashboard shows; each officer sees only their own establishment.
#include "portal/api_fixture.h"

namespace muqeem::portal {
namespace {

using Establishment = ApiTest;

TEST_F(Establishment, ShowsTheProfileBalanceAndPackage) {
  const std::string token = sign_in("golden.admin");
  const Response response = call("GET", "/api/v1/establishment", "", token);
  ASSERT_EQ(response.status, 200);
  const auto profile = body(response);
  EXPECT_EQ(profile["unifiedNumber"], "7001234567");
  EXPECT_EQ(profile["name"]["en"], "Golden Sands Contracting Co.");
  EXPECT_EQ(profile["name"]["ar"], "شركة الرمال الذهبية للمقاولات");
  EXPECT_EQ(profile["package"]["code"], "comprehensive");
  EXPECT_EQ(profile["package"]["ar"], "شامل");
  EXPECT_EQ(profile["balanceHalalas"], kGoldenBalance);
  EXPECT_EQ(profile["dashboard"]["residents"], 300);

  const auto other = body(call("GET", "/api/v1/establishment", "", sign_in("nakheel.admin")));
  EXPECT_EQ(other["unifiedNumber"], "7009876543");
  EXPECT_EQ(other["package"]["code"], "transactions");
  EXPECT_EQ(other["dashboard"]["residents"], 50);
}

TEST_F(Establishment, CountsExpiredAndExpiringIqamasFromToday) {
  // Today is 2026-01-01 in Riyadh: 30 days on is 2026-01-31, 60 is 2026-03-02, 90 is 2026-04-01.
  portal_.db->execute("UPDATE resident SET iqama_expiry = '2027-06-01' WHERE establishment_id = 1");
  const char* const expiries[] = {"2025-06-01", "2025-12-31", "2026-01-01", "2026-01-31",
                                  "2026-02-15", "2026-04-01", "2026-04-02"};
  for (size_t i = 0; i < std::size(expiries); ++i) {
    portal_.db
        ->prepare(
            "UPDATE resident SET iqama_expiry = ?1 WHERE id = (SELECT id FROM resident WHERE "
            "establishment_id = 1 "
            "ORDER BY id LIMIT 1 OFFSET ?2)")
        .bind(1, expiries[i])
        .bind(2, static_cast<int64_t>(i))
        .run();
  }
  const auto dashboard = body(call("GET", "/api/v1/establishment", "", sign_in("golden.admin")))["dashboard"];
  EXPECT_EQ(dashboard["iqamasExpired"], 2);
  EXPECT_EQ(dashboard["expiringWithin30Days"], 2);
  EXPECT_EQ(dashboard["expiringWithin60Days"], 3);
  EXPECT_EQ(dashboard["expiringWithin90Days"], 4);
}

TEST_F(Establishment, CountsTheNextThirteenWeeksOfExpiringIqamasWeekByWeek) {
  // Today is 2026-01-01: week 1 runs to 2026-01-07, week 2 from 2026-01-08; the 13th ends 2026-04-01.
  portal_.db->execute("UPDATE resident SET iqama_expiry = '2027-06-01' WHERE establishment_id = 1");
  const char* const expiries[] = {"2025-12-31", "2026-01-01", "2026-01-07", "2026-01-08", "2026-01-08",
                                  "2026-02-15", "2026-04-01", "2026-04-02"};
  for (size_t i = 0; i < std::size(expiries); ++i)
    portal_.db
        ->prepare(
            "UPDATE resident SET iqama_expiry = ?1 WHERE id = (SELECT id FROM resident WHERE establishment_id = 1 "
            "ORDER BY id LIMIT 1 OFFSET ?2)")
        .bind(1, expiries[i])
        .bind(2, static_cast<int64_t>(i))
        .run();
  const auto dashboard = body(call("GET", "/api/v1/establishment", "", sign_in("golden.admin")))["dashboard"];
  // The expired one and the one past the 13th week are in no week.
  const std::vector<int> expected = {2, 2, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 1};
  EXPECT_EQ(dashboard["expiringByWeek"].get<std::vector<int>>(), expected);
}

TEST_F(Establishment, NeedsASession) {
  const Response response = call("GET", "/api/v1/establishment");
  EXPECT_EQ(response.status, 401);
  EXPECT_EQ(response.header("WWW-Authenticate"), "Bearer");
}

}  // namespace
}  // namespace muqeem::portal
