// The reports of what the establishment did and paid: renewed iqamas, the payment history and the
// visas. Figures worked out here from rows the test makes (real renewals, or payments and visas
// inserted with known amounts and days), days counted from midnight to midnight in Riyadh, and another
// establishment's rows never shown.
#include "domain/civil_date.h"
#include "portal/renewal_fixture.h"
#include "portal/report_fixture.h"

namespace muqeem::portal {
namespace {

// The first second of a day in Riyadh (UTC+3).
int64_t riyadh_midnight(int year, int month, int day) {
  return domain::CivilDate(year, month, day).days_since_1970() * int64_t{86400} - 3 * 3600;
}

// One text column of every row of a report page.
std::vector<std::string> column_of(const nlohmann::json& page, const char* key) {
  std::vector<std::string> out;
  for (const auto& row : page["content"]) out.push_back(row[key]);
  return out;
}

class PaymentReport : public ReportTest {
 protected:
  void SetUp() override {
    ReportTest::SetUp();
    portal_.db->execute("DELETE FROM payment");
    pay(1, riyadh_midnight(2025, 11, 30) + 86399, "04", "0400000001", 20000);  // 23:59:59, 30 November
    pay(1, riyadh_midnight(2025, 12, 1), "03", "0300000001", 65000);           // 00:00:00, 1 December
    pay(1, riyadh_midnight(2025, 12, 31) + 86399, "03", "0300000002", 16300);
    pay(2, riyadh_midnight(2025, 12, 15), "03", "0300000003", 99900);  // the other establishment's
  }
  void pay(int64_t establishment, int64_t at, const char* service, const char* reference, int64_t halalas) {
    portal_.db
        ->prepare(
            "INSERT INTO payment (establishment_id, at, service_code, reference, amount_halalas, "
            "balance_after_halalas) VALUES (?1, ?2, ?3, ?4, ?5, 0)")
        .bind(1, establishment)
        .bind(2, at)
        .bind(3, service)
        .bind(4, reference)
        .bind(5, halalas)
        .run();
  }
};

TEST_F(PaymentReport, EveryChargeWithItsServiceRequestAmountAndDayNewestFirst) {
  const auto all = page("payments");
  EXPECT_EQ(all["totalElements"], 3);
  EXPECT_EQ(all["totals"]["feesHalalas"], 20000 + 65000 + 16300);
  EXPECT_EQ(column(all, "paidOn"), (std::vector<nlohmann::json>{"2025-12-31", "2025-12-01", "2025-11-30"}));
  EXPECT_EQ(column(all, "requestNumber"),
            (std::vector<nlohmann::json>{"0300000002", "0300000001", "0400000001"}));
  EXPECT_EQ(all["content"][0]["service"]["code"], "03");
  EXPECT_EQ(all["content"][0]["service"]["ar"], "تجديد إقامة");
  EXPECT_EQ(all["content"][2]["service"]["en"], "Exit/re-entry visa, single");
  EXPECT_EQ(all["content"][0]["amountHalalas"], 16300);
  EXPECT_EQ(all["breakdown"]["groups"][0]["group"]["code"], "03");
  EXPECT_EQ(all["breakdown"]["groups"][0]["count"], 2);
  EXPECT_EQ(all["breakdown"]["groups"][0]["feesHalalas"], 65000 + 16300);
  EXPECT_EQ(all["breakdown"]["groups"][1]["feesHalalas"], 20000);
  EXPECT_EQ(all.dump().find("0300000003"), std::string::npos);
}

TEST_F(PaymentReport, ADayRunsFromMidnightToMidnightInRiyadh) {
  const auto december = page("payments", {{"from", "2025-12-01"}, {"to", "2025-12-31"}});
  EXPECT_EQ(column(december, "requestNumber"), (std::vector<nlohmann::json>{"0300000002", "0300000001"}));
  EXPECT_EQ(december["totals"]["feesHalalas"], 65000 + 16300);
  EXPECT_EQ(page("payments", {{"to", "2025-11-30"}})["totals"]["feesHalalas"], 20000);
  EXPECT_EQ(page("payments", {{"from", "2026-01-01"}})["totalElements"], 0);
  EXPECT_EQ(page("payments", {{"service", "04"}})["totals"]["feesHalalas"], 20000);
  EXPECT_EQ(refused_field("payments", {{"service", "3"}}), "service");
  EXPECT_EQ(page("payments", {}, sign_in("nakheel.admin"))["totals"]["feesHalalas"], 99900);
}

TEST_F(PaymentReport, SortsByAmountAndPagesKeepTheTotals) {
  const auto cheapest = page("payments", {{"sort", "amountHalalas,asc"}, {"size", "1"}, {"page", "0"}});
  EXPECT_EQ(column(cheapest, "amountHalalas"), (std::vector<nlohmann::json>{16300}));
  EXPECT_EQ(cheapest["totalElements"], 3);
  EXPECT_EQ(cheapest["totals"]["feesHalalas"], 101300);  // over every row, not the page
  EXPECT_EQ(column(page("payments", {{"sort", "amountHalalas,asc"}, {"size", "1"}, {"page", "2"}}),
                   "amountHalalas"),
            (std::vector<nlohmann::json>{65000}));
  const Response csv = report("payments", {{"format", "csv"}, {"lang", "en"}});
  EXPECT_NE(csv.body.find("2025-12-01,1447-06-10,Iqama renewal,0300000001,650.00,"), std::string::npos)
      << csv.body;
}

class RenewalReport : public RenewalTest {
 protected:
  nlohmann::json renewals(std::map<std::string, std::string> query = {}, const std::string& token = "") {
    const Response response =
        call("GET", "/api/v1/reports/iqama-renewals", "", token.empty() ? token_ : token, query);
    EXPECT_EQ(response.status, 200) << response.body;
    return body(response);
  }
  std::string renew(int nth) {
    const Response response =
        submit(eligible(nth), 12, security_code(token_), "report-renewal-" + std::to_string(nth));
    EXPECT_EQ(response.status, 201) << response.body;
    return body(response)["requestNumber"];
  }
};

TEST_F(RenewalReport, RenewalsAndTheirFeesAgreeWithThePaymentsAndTheBalance) {
  const int64_t before = balance();
  const std::string first = renew(0), second = renew(1);
  const auto report = renewals();
  EXPECT_EQ(report["totalElements"], 2);
  // A year's renewal is SAR 650 (DOMAIN.md); nothing late, so no fine.
  EXPECT_EQ(report["totals"]["feesHalalas"], 2 * 65000);
  EXPECT_EQ(report["content"][0]["requestNumber"], second);  // newest first
  EXPECT_EQ(report["content"][0]["renewedOn"], "2026-01-01");
  EXPECT_EQ(report["content"][0]["previousExpiry"], "2026-03-01");
  EXPECT_EQ(report["content"][0]["newExpiry"], "2027-03-01");
  EXPECT_EQ(report["content"][0]["durationMonths"], 12);
  EXPECT_EQ(report["content"][0]["fineHalalas"], 0);
  EXPECT_EQ(report["breakdown"]["groups"][0]["group"]["en"], "12 months");
  EXPECT_EQ(before - balance(), 2 * 65000);
  const auto paid = body(call("GET", "/api/v1/reports/payments", "", token_));
  EXPECT_EQ(paid["totals"]["feesHalalas"], report["totals"]["feesHalalas"]);
  EXPECT_EQ(column_of(paid, "requestNumber"), (std::vector<std::string>{second, first}));
}

TEST_F(RenewalReport, OnlyTheDaysAskedForAndOnlyTheEstablishmentsOwn) {
  renew(0);
  EXPECT_EQ(renewals({{"from", "2026-01-01"}, {"to", "2026-01-01"}})["totalElements"], 1);
  EXPECT_EQ(renewals({{"from", "2026-01-02"}})["totalElements"], 0);
  EXPECT_EQ(renewals({{"to", "2025-12-31"}})["totalElements"], 0);
  EXPECT_EQ(renewals({}, sign_in("nakheel.admin"))["totalElements"], 0);
}

class VisaReport : public ReportTest {
 protected:
  void SetUp() override {
    ReportTest::SetUp();
    portal_.db->execute("DELETE FROM visa");
    visa(1, 0, "6100000001", "exit-reentry-single", "2025-12-01", "2026-02-01", "issued");
    visa(1, 1, "6100000002", "exit-reentry-multiple", "2025-11-15", "2025-12-15", "issued");  // lapsed
    visa(1, 2, "6100000003", "final-exit", "2025-10-01", "2025-11-30", "used");
    visa(2, 0, "6100000004", "exit-reentry-single", "2025-12-01", "2026-02-01", "issued");
  }
  void visa(int64_t establishment, int64_t nth, const char* number, const char* type, const char* issued,
            const char* expires, const char* status) {
    portal_.db
        ->prepare(
            "INSERT INTO visa (resident_id, visa_number, type_code, issued_on, expires_on, status) SELECT "
            "id, ?3, "
            "?4, ?5, ?6, ?7 FROM resident WHERE establishment_id = ?1 ORDER BY id LIMIT 1 OFFSET ?2")
        .bind(1, establishment)
        .bind(2, nth)
        .bind(3, number)
        .bind(4, type)
        .bind(5, issued)
        .bind(6, expires)
        .bind(7, status)
        .run();
  }
};

TEST_F(VisaReport, VisasIssuedByTypeWithTheirStatusAsTheFileShowsIt) {
  const auto visas = page("visas");
  EXPECT_EQ(visas["totalElements"], 3);
  EXPECT_EQ(column(visas, "visaNumber"),
            (std::vector<nlohmann::json>{"6100000001", "6100000002", "6100000003"}));
  EXPECT_EQ(visas["content"][1]["status"]["code"], "expired");  // issued, never used, past its date
  EXPECT_EQ(visas["content"][2]["type"]["ar"], "خروج نهائي");
  EXPECT_EQ(groups(visas), (std::map<std::string, int64_t>{
                               {"exit-reentry-multiple", 1}, {"exit-reentry-single", 1}, {"final-exit", 1}}));
  EXPECT_EQ(page("visas", {{"status", "expired"}})["totalElements"], 1);
  EXPECT_EQ(page("visas", {{"type", "final-exit"}})["totalElements"], 1);
  EXPECT_EQ(page("visas", {{"from", "2025-11-15"}, {"to", "2025-12-01"}})["totalElements"], 2);
  EXPECT_EQ(page("visas", {}, sign_in("nakheel.admin"))["totalElements"], 1);
  EXPECT_EQ(refused_field("visas", {{"type", "tourist"}}), "type");
  EXPECT_EQ(refused_field("visas", {{"status", "' OR 1=1 --"}}), "status");
}

}  // namespace
}  // namespace muqeem::portal
