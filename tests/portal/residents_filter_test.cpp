// The residents list filtered by the iqama's validity, and agreeing with the dashboard: each count on
// the home page opens a list with exactly that many residents.
#include "portal/api_fixture.h"

namespace muqeem::portal {
namespace {

using Query = std::map<std::string, std::string>;

class ResidentsFilter : public ApiTest {
 protected:
  int64_t total(const std::string& token, Query query) {
    const Response response = call("GET", "/api/v1/residents", "", token, std::move(query));
    EXPECT_EQ(response.status, 200) << response.body;
    return body(response)["totalElements"];
  }
  // The list each dashboard figure links to.
  static Query expiring(int days) {
    return {{"status", "valid"}, {"expiringWithinDays", std::to_string(days)}};
  }
};

TEST_F(ResidentsFilter, EachDashboardCountIsTheTotalOfItsList) {
  const std::string token = sign_in("golden.admin");
  const auto dashboard = body(call("GET", "/api/v1/establishment", "", token))["dashboard"];
  EXPECT_EQ(total(token, {}), dashboard["residents"]);
  EXPECT_EQ(total(token, {{"status", "expired"}}), dashboard["iqamasExpired"]);
  EXPECT_EQ(total(token, expiring(30)), dashboard["expiringWithin30Days"]);
  EXPECT_EQ(total(token, expiring(60)), dashboard["expiringWithin60Days"]);
  EXPECT_EQ(total(token, expiring(90)), dashboard["expiringWithin90Days"]);
  // The demo's spread (a tenth expired, a sixth within 90 days) makes none of these trivially zero.
  EXPECT_GT(dashboard["iqamasExpired"], 0);
  EXPECT_GT(dashboard["expiringWithin30Days"], 0);
}

TEST_F(ResidentsFilter, TheBoundariesAreTodayAndTheLastDayOfTheWindow) {
  // Today is 2026-01-01 in Riyadh: 30 days on is 2026-01-31, 60 is 2026-03-02, 90 is 2026-04-01.
  portal_.db->execute("UPDATE resident SET iqama_expiry = '2027-06-01' WHERE establishment_id = 1");
  const char* const expiries[] = {"2025-06-01", "2025-12-31", "2026-01-01", "2026-01-31",
                                  "2026-02-15", "2026-04-01", "2026-04-02"};
  for (size_t i = 0; i < std::size(expiries); ++i) {
    portal_.db
        ->prepare(
            "UPDATE resident SET iqama_expiry = ?1 WHERE id = (SELECT id FROM resident WHERE "
            "establishment_id = "
            "1 ORDER BY id LIMIT 1 OFFSET ?2)")
        .bind(1, expiries[i])
        .bind(2, static_cast<int64_t>(i))
        .run();
  }
  const std::string token = sign_in("golden.admin");
  const auto dashboard = body(call("GET", "/api/v1/establishment", "", token))["dashboard"];
  EXPECT_EQ(total(token, {{"status", "expired"}}), 2);  // 2025-06-01 and 2025-12-31
  EXPECT_EQ(total(token, expiring(30)), 2);             // today and the 30th day
  EXPECT_EQ(total(token, expiring(60)), 3);
  EXPECT_EQ(total(token, expiring(90)), 4);  // 2026-04-01 is the 90th day; 2026-04-02 is not
  EXPECT_EQ(total(token, {{"status", "valid"}}), 300 - 2);
  EXPECT_EQ(dashboard["iqamasExpired"], 2);
  EXPECT_EQ(dashboard["expiringWithin90Days"], 4);
  // Without status the window still takes in the expired ones, as it always has.
  EXPECT_EQ(total(token, {{"expiringWithinDays", "30"}}), 4);

  const auto expired = body(call("GET", "/api/v1/residents", "", token,
                                 {{"status", "expired"}, {"sort", "iqamaExpiry,desc"}}))["content"];
  ASSERT_EQ(expired.size(), 2u);
  EXPECT_EQ(expired[0]["iqamaExpiry"], "2025-12-31");
  EXPECT_EQ(expired[1]["iqamaExpiry"], "2025-06-01");
}

TEST_F(ResidentsFilter, StaysWithinTheEstablishmentAndCombinesWithSearch) {
  const std::string golden = sign_in("golden.admin"), nakheel = sign_in("nakheel.admin");
  EXPECT_EQ(total(golden, {{"status", "valid"}}) + total(golden, {{"status", "expired"}}), 300);
  EXPECT_EQ(total(nakheel, {{"status", "valid"}}) + total(nakheel, {{"status", "expired"}}), 50);
  const auto expired =
      body(call("GET", "/api/v1/residents", "", golden, {{"status", "expired"}, {"size", "1"}}));
  const std::string iqama = expired["content"][0]["iqamaNumber"];
  EXPECT_EQ(total(golden, {{"status", "expired"}, {"query", iqama}}), 1);
  EXPECT_EQ(total(golden, {{"status", "valid"}, {"query", iqama}}), 0);
}

TEST_F(ResidentsFilter, AnUnknownStatusIsRefusedNamingTheField) {
  const std::string token = sign_in("golden.admin");
  const Response refused = call("GET", "/api/v1/residents", "", token, {{"status", "' OR 1=1 --"}});
  EXPECT_EQ(refused.status, 400);
  const auto problem = body(refused);
  EXPECT_EQ(problem["errors"][0]["field"], "status");
  EXPECT_FALSE(problem["errors"][0]["message"]["ar"].get<std::string>().empty());
}

}  // namespace
}  // namespace muqeem::portal
