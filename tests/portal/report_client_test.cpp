// The client's calls for the resident report and the reports, over real HTTP against the reference
// server: typed answers read back from the contract's JSON, CSV as text, problems as problems.
#include <mutex>

#include "api/native_http_transport.h"
#include "portal/client_fixture.h"
#include "portal/http_server.h"

namespace muqeem::portal {
namespace {

class ReportClient : public ClientTest {
 protected:
  void SetUp() override {
    ASSERT_GT(serving_.port(), 0);
    transport_.emplace("127.0.0.1", serving_.port());
    client_.emplace(*transport_);
    sign_in(*client_);
  }
  HttpServing serving_{*portal_.router};
  std::optional<api::NativeHttpTransport> transport_;
  std::optional<api::PortalClient> client_;
};

TEST_F(ReportClient, IssuesReprintsAndVerifiesAResidentReport) {
  portal_.db->execute("UPDATE resident SET iqama_expiry = '2026-03-01' WHERE id = 1");
  store::Statement first = portal_.db->prepare("SELECT iqama_number FROM resident WHERE id = 1");
  ASSERT_TRUE(first.step());
  const std::string iqama = first.text(0);
  const auto report = await<api::ResidentReport>(
      [&](auto reply) { client_->issue_resident_report({iqama}, "client-report", reply); });
  ASSERT_TRUE(report);
  EXPECT_EQ(report->resident.summary.iqama_number, iqama);
  EXPECT_EQ(report->resident.iqama_expiry_hijri, "1447-09-12");
  EXPECT_EQ(report->establishment.en, "Golden Sands Contracting Co.");
  EXPECT_EQ(report->verification.expires_on, "2026-01-08");
  const auto again =
      await<api::ResidentReport>([&](auto reply) { client_->resident_report(report->report_number, reply); });
  ASSERT_TRUE(again);
  EXPECT_EQ(again->verification.code, report->verification.code);
  const auto verified = await<api::VerifiedDocument>(
      [&](auto reply) { client_->verify_document(report->verification.code, reply); });
  ASSERT_TRUE(verified);
  EXPECT_EQ(verified->document_kind, "resident-report");
  EXPECT_EQ(verified->title.en, "Resident report");
  EXPECT_EQ(verified->iqama_expiry, "2026-03-01");

  const auto refused = await<api::ResidentReport>(
      [&](auto reply) { client_->issue_resident_report({"12345"}, "client-report-bad", reply); });
  ASSERT_FALSE(refused);
  ASSERT_TRUE(refused.error().problem);
  EXPECT_EQ(refused.error().problem->errors.at(0).field, "iqamaNumber");
}

TEST_F(ReportClient, ReadsAReportPageWithItsColumnsTotalsAndBreakdown) {
  portal_.db->execute("UPDATE resident SET iqama_expiry = '2030-01-01' WHERE establishment_id = 1");
  portal_.db->execute("UPDATE resident SET iqama_expiry = '2025-12-31' WHERE id IN (1, 2, 3)");
  const auto page = await<api::ReportPage>([&](auto reply) {
    client_->report({.report = "iqama-expiry", .size = 2, .filters = {{"status", "expired"}}}, reply);
  });
  ASSERT_TRUE(page);
  EXPECT_EQ(page->total_elements, 3);
  ASSERT_EQ(page->content.size(), 2u);
  ASSERT_EQ(page->columns.size(), page->content[0].size());
  EXPECT_EQ(page->columns[4].key, "iqamaExpiry");
  EXPECT_EQ(std::get<api::ReportDate>(page->content[0][4]).gregorian, "2025-12-31");
  EXPECT_EQ(std::get<api::ReportDate>(page->content[0][4]).hijri, "1447-07-11");
  EXPECT_EQ(std::get<int64_t>(page->content[0][5]), -1);  // days left
  ASSERT_EQ(page->breakdown.size(), 1u);
  EXPECT_EQ(page->breakdown[0].group.code, "expired");
  EXPECT_EQ(page->breakdown[0].count, 3);

  const auto csv = await<std::string>([&](auto reply) {
    client_->report_csv({.report = "iqama-expiry", .filters = {{"status", "expired"}}}, false, reply);
  });
  ASSERT_TRUE(csv);
  EXPECT_EQ(csv->rfind("\xEF\xBB\xBFIqama number,Name,", 0), 0u);
  EXPECT_EQ(std::count(csv->begin(), csv->end(), '\n'), 4);  // the heading and three rows

  const auto bad = await<api::ReportPage>([&](auto reply) {
    client_->report({.report = "payments", .from = "2026-02-01", .to = "2026-01-01"}, reply);
  });
  ASSERT_FALSE(bad);
  EXPECT_EQ(bad.error().status, 400);
}

}  // namespace
}  // namespace muqeem::portal
