// The reports on visas made from real transactions through the router (DOMAIN.md "Reports": exit/
// re-entry visas issued and extended; final exits): every issue, extension and cancellation with the fee
// that left the balance, and the final exits with the day to leave by.
#include "portal/report_fixture.h"
#include "portal/visa_fixture.h"

namespace muqeem::portal {
namespace {

using nlohmann::json;

class VisaReports : public VisaTest {
 protected:
  json report(const std::string& name, std::map<std::string, std::string> query = {},
              const std::string& token = "") {
    const Response response =
        call("GET", "/api/v1/reports/" + name, "", token.empty() ? token_ : token, std::move(query));
    EXPECT_EQ(response.status, 200) << name << ": " << response.body;
    return response.status == 200 ? body(response) : json::object();
  }
  std::string issued(const Response& response) {
    EXPECT_EQ(response.status, 201) << response.body;
    return body(response)["visa"].value("visaNumber", "");
  }
};

TEST_F(VisaReports, EveryIssueExtensionAndCancellationWithWhatItCost) {
  const std::string extended = issued(issue(ready(0), "single", 60, "a"));
  ASSERT_EQ(
      post("/api/v1/visas/" + extended + "/extension",
           with_code({{"returnBefore", "2026-03-31"}}, security_code(token_, "exit-reentry-extension")), "b")
          .status,
      201);
  const std::string cancelled = issued(issue(ready(1), "multiple", 90, "c"));
  ASSERT_EQ(post("/api/v1/visas/" + cancelled + "/cancellation",
                 {{"securityCode", security_code(token_, "visa-cancellation")}}, "d")
                .status,
            201);
  const int64_t spent = kGoldenBalance - balance();

  const json page = report("visa-transactions", {{"sort", "visaNumber,asc"}});
  EXPECT_EQ(page["totalElements"], 4);
  EXPECT_EQ(page["totals"]["feesHalalas"], spent);  // the report and the balance agree
  EXPECT_EQ(report_groups(page),
            (std::map<std::string, int64_t>{{"cancelled", 1}, {"extended", 1}, {"issued", 2}}));
  const json extension = report("visa-transactions", {{"transaction", "extended"}});
  ASSERT_EQ(extension["totalElements"], 1);
  EXPECT_EQ(extension["content"][0]["visaNumber"], extended);
  EXPECT_EQ(extension["content"][0]["transaction"]["en"], "Extension");
  EXPECT_EQ(extension["content"][0]["validUntil"], "2026-03-31");
  EXPECT_EQ(extension["content"][0]["feeHalalas"], 10000);  // 60 days to 89: one extra month, SAR 100
  EXPECT_EQ(extension["content"][0]["transactionOn"], "2026-01-01");
  EXPECT_EQ(report("visa-transactions", {{"type", "exit-reentry-multiple"}})["totalElements"], 2);
  EXPECT_EQ(report("visa-transactions", {{"to", "2025-12-31"}})["totalElements"], 0);
  EXPECT_EQ(report("visa-transactions", {}, sign_in("nakheel.admin"))["totalElements"], 0);

  const Response bad =
      call("GET", "/api/v1/reports/visa-transactions", "", token_, {{"transaction", "renewed"}});
  EXPECT_EQ(bad.status, 400);
  EXPECT_EQ(body(bad)["errors"][0]["field"], "transaction");
}

TEST_F(VisaReports, AFinalExitIsListedWithTheDayToLeaveByAndOnlyFinalExits) {
  const int64_t before = report("final-exits")["totalElements"];
  issued(issue(ready(0), "single", 30, "single"));  // not a final exit
  const std::string iqama = ready(1);
  const std::string visa =
      issued(post("/api/v1/final-exits",
                  {{"iqamaNumber", iqama}, {"securityCode", security_code(token_, "final-exit")}}, "fe"));

  const json page = report("final-exits", {{"from", "2026-01-01"}});
  ASSERT_EQ(page["totalElements"], 1);
  const json& row = page["content"][0];
  EXPECT_EQ(row["visaNumber"], visa);
  EXPECT_EQ(row["iqamaNumber"], iqama);
  EXPECT_EQ(row["status"]["code"], "issued");
  EXPECT_EQ(row["leaveBy"], "2026-03-02");  // within 60 days
  EXPECT_FALSE(row["nationality"]["en"].get<std::string>().empty());
  EXPECT_EQ(report("final-exits")["totalElements"], before + 1);
  EXPECT_EQ(
      report("final-exits")["totalElements"],
      count("SELECT count(*) FROM visa v JOIN resident r ON r.id = v.resident_id WHERE r.establishment_id = "
            "1 AND v.type_code = 'final-exit'"));  // every final exit, and nothing else
  EXPECT_EQ(report("final-exits", {{"from", "2026-01-01"}, {"status", "cancelled"}})["totalElements"], 0);
}

}  // namespace
}  // namespace muqeem::portal
