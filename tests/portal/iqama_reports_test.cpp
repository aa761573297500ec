// The residents report and the expired and expiring iqamas report: the same figures as the dashboard
// and the residents list (one definition of expired and expiring), worked out here from expiry dates
// the test sets; another establishment's residents never counted; paging, sorting, date ranges, CSV.
#include "portal/report_fixture.h"

namespace muqeem::portal {
namespace {

class IqamaReports : public ReportTest {
 protected:
  void SetUp() override {
    ReportTest::SetUp();
    // Today is 2026-01-01 in Riyadh: +30 days is 2026-01-31, +60 is 2026-03-02, +90 is 2026-04-01.
    portal_.db->execute(
        "UPDATE resident SET iqama_expiry = '2030-01-01', nationality_code = 'IND' WHERE "
        "establishment_id = 1");
    // Every one of the other establishment's iqamas expired, so a leak would show in every figure.
    portal_.db->execute("UPDATE resident SET iqama_expiry = '2025-01-01' WHERE establishment_id = 2");
    const char* const expiries[] = {"2025-06-01", "2025-12-31", "2026-01-01", "2026-01-31",
                                    "2026-02-01", "2026-03-31", "2026-04-01", "2026-04-02"};
    store::Statement set = portal_.db->prepare(
        "UPDATE resident SET iqama_expiry = ?1, nationality_code = 'PHL' WHERE id = (SELECT id FROM resident "
        "WHERE establishment_id = 1 ORDER BY id LIMIT 1 OFFSET ?2)");
    for (int64_t i = 0; i < 8; ++i) set.bind(1, expiries[i]).bind(2, i).run();
  }
  int64_t listed(Query query) {
    return body(call("GET", "/api/v1/residents", "", token_, std::move(query)))["totalElements"];
  }
};

TEST_F(IqamaReports, ExpiredIqamasAreThoseBeforeTodayOldestFirst) {
  const auto expired = page("iqama-expiry", {{"status", "expired"}});
  EXPECT_EQ(expired["totalElements"], 2);
  EXPECT_EQ(expired["totals"]["count"], 2);
  EXPECT_FALSE(expired["totals"].contains("feesHalalas"));  // a report without fees
  EXPECT_EQ(column(expired, "iqamaExpiry"), (std::vector<nlohmann::json>{"2025-06-01", "2025-12-31"}));
  EXPECT_EQ(column(expired, "daysLeft"), (std::vector<nlohmann::json>{-214, -1}));
  EXPECT_EQ(expired["content"][1]["iqamaExpiryHijri"], "1447-07-11");  // the day before 12 Rajab 1447
  EXPECT_EQ(expired["content"][0]["iqamaStatus"]["code"], "expired");
  EXPECT_EQ(expired["content"][0]["iqamaStatus"]["ar"], "منتهية");
}

TEST_F(IqamaReports, ExpiringWithinNDaysCountsTodayThroughTheWindowsLastDay) {
  const auto within30 = page("iqama-expiry", {{"status", "valid"}, {"expiringWithinDays", "30"}});
  EXPECT_EQ(column(within30, "iqamaExpiry"), (std::vector<nlohmann::json>{"2026-01-01", "2026-01-31"}));
  EXPECT_EQ(column(within30, "daysLeft"), (std::vector<nlohmann::json>{0, 30}));
  EXPECT_EQ(page("iqama-expiry", {{"status", "valid"}, {"expiringWithinDays", "60"}})["totalElements"], 3);
  EXPECT_EQ(page("iqama-expiry", {{"status", "valid"}, {"expiringWithinDays", "90"}})["totalElements"], 5);
  EXPECT_EQ(page("iqama-expiry", {{"status", "valid"}, {"expiringWithinDays", "0"}})["totalElements"], 1);
  // Without a status the window includes the expired, and the breakdown tells them apart.
  const auto both = page("iqama-expiry", {{"expiringWithinDays", "30"}});
  EXPECT_EQ(both["totalElements"], 4);
  EXPECT_EQ(groups(both), (std::map<std::string, int64_t>{{"expired", 2}, {"valid", 2}}));
  EXPECT_EQ(both["breakdown"]["title"]["en"], "By iqama status");
}

TEST_F(IqamaReports, TheDashboardTheResidentsListAndTheReportsGiveTheSameFigures) {
  const auto dashboard = body(call("GET", "/api/v1/establishment", "", token_))["dashboard"];
  EXPECT_EQ(dashboard["iqamasExpired"], 2);
  EXPECT_EQ(dashboard["expiringWithin30Days"], 2);
  EXPECT_EQ(dashboard["expiringWithin60Days"], 3);
  EXPECT_EQ(dashboard["expiringWithin90Days"], 5);
  EXPECT_EQ(page("iqama-expiry", {{"status", "expired"}})["totalElements"], dashboard["iqamasExpired"]);
  EXPECT_EQ(listed({{"status", "expired"}}), dashboard["iqamasExpired"]);
  for (const char* days : {"30", "60", "90"}) {
    const Query window{{"status", "valid"}, {"expiringWithinDays", days}};
    const auto expected = dashboard[std::string("expiringWithin") + days + "Days"];
    EXPECT_EQ(page("iqama-expiry", window)["totalElements"], expected) << days;
    EXPECT_EQ(listed(window), expected) << days;
  }
  const auto residents = page("residents");
  EXPECT_EQ(residents["totalElements"], dashboard["residents"]);
  EXPECT_EQ(groups(page("residents", {{"status", "expired"}}))["PHL"], 2);
}

TEST_F(IqamaReports, TheResidentsReportCountsByNationalityWithinTheEstablishment) {
  const auto residents = page("residents");
  EXPECT_EQ(residents["totalElements"], 300);  // the fixture's establishment; the other one has 50
  EXPECT_EQ(groups(residents), (std::map<std::string, int64_t>{{"IND", 292}, {"PHL", 8}}));
  EXPECT_EQ(residents["breakdown"]["groups"][0]["group"]["en"], "India");  // the largest first
  EXPECT_EQ(page("residents", {{"nationality", "PHL"}})["totalElements"], 8);
  EXPECT_EQ(page("residents", {{"status", "valid"}})["totalElements"], 298);
  EXPECT_EQ(page("residents", {}, sign_in("nakheel.admin"))["totalElements"], 50);
  EXPECT_EQ(page("iqama-expiry", {{"status", "expired"}}, sign_in("nakheel.admin"))["totalElements"], 50);
}

TEST_F(IqamaReports, PagesCoverEveryRowOnceInTheAskedOrder) {
  std::set<std::string> seen;
  for (int n = 0; n < 43; ++n) {
    const auto one = page("residents", {{"size", "7"}, {"page", std::to_string(n)}, {"sort", "iqamaNumber"}});
    EXPECT_EQ(one["content"].size(), n < 42 ? 7u : 6u) << n;  // 300 = 42 × 7 + 6
    for (const auto& number : column(one, "iqamaNumber")) seen.insert(number.get<std::string>());
  }
  EXPECT_EQ(seen.size(), 300u);
  EXPECT_TRUE(page("residents", {{"page", "43"}, {"size", "7"}})["content"].empty());
  const auto descending =
      column(page("residents", {{"sort", "iqamaNumber,desc"}, {"size", "3"}}), "iqamaNumber");
  EXPECT_EQ(descending[0], *seen.rbegin());
  EXPECT_GT(descending[0].get<std::string>(), descending[1].get<std::string>());
}

TEST_F(IqamaReports, ADateRangeIncludesBothEnds) {
  const auto range = page("iqama-expiry", {{"from", "2026-01-31"}, {"to", "2026-02-01"}});
  EXPECT_EQ(column(range, "iqamaExpiry"), (std::vector<nlohmann::json>{"2026-01-31", "2026-02-01"}));
  EXPECT_EQ(range["from"], "2026-01-31");
  EXPECT_EQ(range["to"], "2026-02-01");
  EXPECT_EQ(page("iqama-expiry", {{"from", "2026-02-02"}, {"to", "2026-03-30"}})["totalElements"], 0);
  EXPECT_EQ(page("iqama-expiry", {{"from", "2026-04-02"}, {"to", "2026-04-02"}})["totalElements"], 1);
}

TEST_F(IqamaReports, BadParametersAreProblemsNamingTheField) {
  EXPECT_EQ(refused_field("residents", {{"page", "-1"}}), "page");
  EXPECT_EQ(refused_field("residents", {{"page", "first"}}), "page");
  EXPECT_EQ(refused_field("residents", {{"size", "0"}}), "size");
  EXPECT_EQ(refused_field("residents", {{"size", "201"}}), "size");
  EXPECT_EQ(refused_field("residents", {{"sort", "password"}}), "sort");
  EXPECT_EQ(refused_field("residents", {{"sort", "nameEn,sideways"}}), "sort");
  EXPECT_EQ(refused_field("residents", {{"sort", "nameEn; DROP TABLE resident"}}), "sort");
  EXPECT_EQ(refused_field("residents", {{"from", "2026-01-01"}}), "from");  // the report has no dates
  EXPECT_EQ(refused_field("residents", {{"status", "lapsed"}}), "status");
  EXPECT_EQ(refused_field("iqama-expiry", {{"from", "2026-13-01"}}), "from");
  EXPECT_EQ(refused_field("iqama-expiry", {{"from", "2026-02-01"}, {"to", "2026-01-01"}}), "to");
  EXPECT_EQ(refused_field("iqama-expiry", {{"expiringWithinDays", "-3"}}), "expiringWithinDays");
  EXPECT_EQ(refused_field("iqama-expiry", {{"expiringWithinDays", "4000"}}), "expiringWithinDays");
  EXPECT_EQ(refused_field("iqama-expiry", {{"format", "xlsx"}}), "format");
  EXPECT_EQ(refused_field("iqama-expiry", {{"format", "csv"}, {"lang", "fr"}}), "lang");
  EXPECT_EQ(count("SELECT count(*) FROM resident"), 350);  // the injection attempt changed nothing

  const Response unknown = report("salaries");
  EXPECT_EQ(unknown.status, 404);
  EXPECT_FALSE(body(unknown)["title"]["ar"].get<std::string>().empty());
  EXPECT_EQ(call("GET", "/api/v1/reports/residents").status, 401);
}

TEST_F(IqamaReports, ExportsEveryRowAsCsvInTheChosenLanguage) {
  portal_.db->execute(
      "UPDATE resident SET name_en = '=HYPERLINK(\"http://x\")' WHERE iqama_expiry = '2025-06-01' AND "
      "establishment_id = 1");
  const Response csv =
      report("iqama-expiry", {{"status", "expired"}, {"format", "csv"}, {"lang", "en"}, {"size", "1"}});
  ASSERT_EQ(csv.status, 200) << csv.body;
  EXPECT_EQ(csv.header("Content-Type"), "text/csv; charset=utf-8");
  EXPECT_EQ(csv.header("Content-Disposition"), "attachment; filename=\"iqama-expiry-2026-01-01.csv\"");
  EXPECT_EQ(csv.body.rfind("\xEF\xBB\xBF", 0), 0u);
  std::vector<std::string> lines;
  for (size_t at = 3, end; (end = csv.body.find("\r\n", at)) != std::string::npos; at = end + 2)
    lines.push_back(csv.body.substr(at, end - at));
  ASSERT_EQ(lines.size(), 3u);  // the heading and both expired iqamas, whatever the page size
  EXPECT_EQ(
      lines[0],
      "Iqama number,Name,Nationality,Occupation,Iqama expiry,Iqama expiry (Hijri),Days left,Iqama status");
  // A name a spreadsheet would run as a formula is written as text.
  EXPECT_NE(lines[1].find(",\"'=HYPERLINK(\"\"http://x\"\")\",Philippines,"), std::string::npos) << lines[1];
  EXPECT_NE(lines[1].find(",2025-06-01,"), std::string::npos);
  EXPECT_NE(lines[1].find(",-214,Expired"), std::string::npos) << lines[1];

  const Response arabic = report("iqama-expiry", {{"status", "expired"}, {"format", "csv"}});
  EXPECT_EQ(arabic.body.find("\xEF\xBB\xBFرقم الإقامة,الاسم,الجنسية"), 0u);
  EXPECT_NE(arabic.body.find(",الفلبين,"), std::string::npos);
}

}  // namespace
}  // namespace muqeem::portal
