// The reports of the services beyond renewal (DOMAIN.md "Reports": issued iqamas, transfers,
// occupation changes), made from real transactions through the router: each lists what was done with
// the fee that left the balance, a transfer shows to both its establishments and to nobody else, and a
// bad filter is a 400 naming it.
#include "portal/report_fixture.h"
#include "portal/transaction_fixture.h"

namespace muqeem::portal {
namespace {

using nlohmann::json;

class ServiceReports : public TransactionTest {
 protected:
  json report(const std::string& token, const std::string& name,
              std::map<std::string, std::string> query = {}) {
    const Response response = call("GET", "/api/v1/reports/" + name, "", token, std::move(query));
    EXPECT_EQ(response.status, 200) << name << ": " << response.body;
    return response.status == 200 ? body(response) : json::object();
  }
  // Golden Sands asks to transfer a resident to Al Nakheel; returns the request number.
  std::string ask_transfer(int nth) {
    const std::string iqama = clean_resident(nth);
    const Response asked = submit(golden_, "/api/v1/service-transfers",
                                  {{"iqamaNumber", iqama}, {"newEstablishmentNumber", kNakheelNumber}},
                                  "service-transfer", "ask-" + iqama);
    EXPECT_EQ(asked.status, 201) << asked.body;
    return body(asked).value("requestNumber", "");
  }
  void decide(const std::string& number, const std::string& action) {
    const Response decided = submit(nakheel_, "/api/v1/service-transfers/" + number + "/" + action,
                                    json::object(), "service-transfer-" + action, action + number);
    EXPECT_EQ(decided.status, 200) << decided.body;
  }
};

TEST_F(ServiceReports, AnIssuedIqamaIsListedWithItsBorderNumberAndWhatItCost) {
  EXPECT_EQ(report(golden_, "iqama-issues")["totalElements"], 0);
  const std::string border = ready_arrival();
  const Response issued = submit(golden_, "/api/v1/iqama-issues",
                                 {{"borderNumber", border},
                                  {"name", {{"ar", "راجيش كومار"}, {"en", "Rajesh Kumar"}}},
                                  {"mobile", "0551234567"},
                                  {"occupationCode", "ELC"},
                                  {"nationalityCode", "IND"},
                                  {"durationMonths", 24}},
                                 "iqama-issue", "issue");
  ASSERT_EQ(issued.status, 201) << issued.body;
  const int64_t spent = kGoldenBalance - balance(golden_);

  const json page = report(golden_, "iqama-issues");
  ASSERT_EQ(page["totalElements"], 1);
  const json& row = page["content"][0];
  EXPECT_EQ(row["requestNumber"], body(issued)["requestNumber"]);
  EXPECT_EQ(row["iqamaNumber"], body(issued)["iqamaNumber"]);
  EXPECT_EQ(row["borderNumber"], border);
  EXPECT_EQ(row["name"]["en"], "Rajesh Kumar");
  EXPECT_EQ(row["nationality"]["en"], "India");
  EXPECT_EQ(row["occupation"]["code"], "ELC");
  EXPECT_EQ(row["issuedOn"], "2026-01-01");
  EXPECT_FALSE(row["issuedOnHijri"].get<std::string>().empty());
  EXPECT_EQ(row["durationMonths"], 24);
  EXPECT_EQ(row["iqamaExpiry"], "2028-01-01");
  EXPECT_EQ(row["totalHalalas"], spent);  // SAR 1,300 for two years
  EXPECT_EQ(page["totals"]["feesHalalas"], spent);
  EXPECT_EQ(report_groups(page), (std::map<std::string, int64_t>{{"IND", 1}}));

  EXPECT_EQ(report(golden_, "iqama-issues", {{"from", "2026-01-02"}})["totalElements"], 0);
  EXPECT_EQ(report(nakheel_, "iqama-issues")["totalElements"], 0);
}

TEST_F(ServiceReports, AChangeOfOccupationShowsBothOccupationsAndItsFee) {
  const std::string iqama = clean_resident();
  set_resident(iqama, "qiwa_approved_occupation = 'ELC'");
  const Response changed =
      submit(golden_, "/api/v1/occupation-changes", {{"iqamaNumber", iqama}, {"occupationCode", "ELC"}},
             "occupation-change", "c");
  ASSERT_EQ(changed.status, 201) << changed.body;

  const json page = report(golden_, "occupation-changes");
  ASSERT_EQ(page["totalElements"], 1);
  const json& row = page["content"][0];
  EXPECT_EQ(row["requestNumber"], body(changed)["requestNumber"]);
  EXPECT_EQ(row["iqamaNumber"], iqama);
  EXPECT_EQ(row["previousOccupation"]["code"], "LAB");
  EXPECT_EQ(row["newOccupation"]["en"], "Electrician");
  EXPECT_EQ(row["changedOn"], "2026-01-01");
  EXPECT_EQ(row["feeHalalas"], kGoldenBalance - balance(golden_));
  EXPECT_EQ(page["totals"]["feesHalalas"], 200000);
  EXPECT_EQ(report_groups(page), (std::map<std::string, int64_t>{{"ELC", 1}}));
  EXPECT_EQ(report(nakheel_, "occupation-changes")["totalElements"], 0);
}

TEST_F(ServiceReports, ATransferShowsToBothEstablishmentsWithItsOutcomeAndToNobodyElse) {
  const std::string accepted = ask_transfer(0), declined = ask_transfer(1), pending = ask_transfer(2);
  decide(accepted, "accept");
  decide(declined, "decline");

  for (const std::string& token : {golden_, nakheel_}) {
    const json page = report(token, "transfers", {{"sort", "requestNumber,asc"}});
    ASSERT_EQ(page["totalElements"], 3);
    std::map<std::string, json> rows;
    for (const auto& row : page["content"]) rows[row["requestNumber"]] = row;
    EXPECT_EQ(rows[accepted]["status"]["code"], "accepted");
    EXPECT_EQ(rows[accepted]["feeHalalas"], 200000);  // what Al Nakheel paid on accepting
    EXPECT_EQ(rows[declined]["status"]["en"], "Declined");
    EXPECT_EQ(rows[declined]["feeHalalas"], 0);
    EXPECT_EQ(rows[pending]["status"]["code"], "pending");
    for (const std::string& number : {accepted, declined, pending}) {  // in the words the transfer shows
      const Response own = call("GET", "/api/v1/service-transfers/" + number, "", token);
      ASSERT_EQ(own.status, 200) << own.body;
      EXPECT_EQ(rows[number]["status"], body(own)["status"]) << number;
    }
    EXPECT_EQ(rows[pending]["fromEstablishment"]["en"], "Golden Sands Contracting Co.");
    EXPECT_EQ(rows[pending]["toEstablishment"]["en"], "Al Nakheel Trading Est.");
    EXPECT_EQ(rows[pending]["requestedOn"], "2026-01-01");
    EXPECT_EQ(report_groups(page),
              (std::map<std::string, int64_t>{{"accepted", 1}, {"declined", 1}, {"pending", 1}}));
    EXPECT_FALSE(page["totals"].contains("feesHalalas"));  // the fee is the new establishment's alone
  }
  EXPECT_EQ(report(golden_, "transfers", {{"status", "pending"}})["content"][0]["requestNumber"], pending);

  portal_.db->execute(
      "INSERT INTO establishment (id, unified_number, name_ar, name_en, package, balance_halalas) VALUES (3, "
      "'7005555555', 'مؤسسة ثالثة', 'Third Est.', 'transactions', 0)");
  portal_.db->execute("UPDATE user SET establishment_id = 3 WHERE username = 'golden.clerk'");
  EXPECT_EQ(report(sign_in("golden.clerk"), "transfers")["totalElements"], 0);
}

TEST_F(ServiceReports, ABadFilterIsA400NamingIt) {
  const Response bad = call("GET", "/api/v1/reports/transfers", "", golden_, {{"status", "' OR '1'='1"}});
  EXPECT_EQ(bad.status, 400);
  EXPECT_EQ(body(bad)["errors"][0]["field"], "status");
  EXPECT_FALSE(body(bad)["errors"][0]["message"]["ar"].get<std::string>().empty());
  for (const char* name : {"iqama-issues", "occupation-changes", "transfers"}) {
    const Response bad_sort =
        call("GET", std::string("/api/v1/reports/") + name, "", golden_, {{"sort", "fee"}});
    EXPECT_EQ(bad_sort.status, 400) << name;
    EXPECT_EQ(call("GET", std::string("/api/v1/reports/") + name, "", "").status, 401) << name;
  }
}

}  // namespace
}  // namespace muqeem::portal
