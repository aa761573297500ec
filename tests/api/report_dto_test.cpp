// A report page's JSON, written once and read back by the client: rows keyed by their columns, a date
// with its Hijri beside it, totals and breakdown; an answer whose rows do not match its columns is not
// read.
#include "api/report_dto.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

namespace muqeem::api {
namespace {

using nlohmann::json;

ReportPage sample() {
  ReportPage page;
  page.report = "payments";
  page.title = {"سجل المدفوعات", "Payment history"};
  page.generated_on = "2026-01-01";
  page.generated_on_hijri = "1447-07-12";
  page.from = "2025-12-01";
  page.columns = {{"paidOn", {"تاريخ الدفع", "Paid on"}, ReportColumnType::Date},
                  {"service", {"الخدمة", "Service"}, ReportColumnType::Coded},
                  {"amountHalalas", {"المبلغ", "Amount"}, ReportColumnType::Money}};
  page.content = {
      {ReportDate{"2025-12-01", "1447-06-10"}, Coded{"03", "تجديد إقامة", "Iqama renewal"}, int64_t{65000}}};
  page.total_elements = 1;
  page.fees_halalas = 65000;
  page.breakdown_title = {"حسب الخدمة", "By service"};
  page.breakdown = {{{"03", "تجديد إقامة", "Iqama renewal"}, 1, 65000}};
  return page;
}

TEST(ReportDto, APageReadsBackAsWritten) {
  const json written = sample();
  EXPECT_EQ(written["content"][0]["paidOn"], "2025-12-01");
  EXPECT_EQ(written["content"][0]["paidOnHijri"], "1447-06-10");
  EXPECT_EQ(written["columns"][1]["type"], "coded");
  EXPECT_EQ(written["totals"]["feesHalalas"], 65000);
  EXPECT_FALSE(written.contains("to"));
  const auto read = read_report_page(written);
  ASSERT_TRUE(read);
  EXPECT_EQ(json(*read), written);
  EXPECT_EQ(std::get<Coded>(read->content[0][1]).en, "Iqama renewal");
}

TEST(ReportDto, RowsThatDoNotMatchTheirColumnsAreNotRead) {
  json body = sample();
  body["content"][0]["amountHalalas"] = "650.00";
  EXPECT_FALSE(read_report_page(body));
  body = sample();
  body["content"][0].erase("paidOnHijri");
  EXPECT_FALSE(read_report_page(body));
  body = sample();
  body["columns"][0]["type"] = "currency";
  EXPECT_FALSE(read_report_page(body));
  body = sample();
  body.erase("totals");
  EXPECT_FALSE(read_report_page(body));
}

}  // namespace
}  // namespace muqeem::api
