// The resident report (تقرير مقيم): issued on a resident of the caller's establishment as things stand
// that day, with a verification code valid for seven days whose QR code opens the public check, which
// answers with what the paper states until the code expires. Issuing is audited and idempotent.
#include <regex>

#include "portal/api_fixture.h"
#include "portal/qr_scan.h"

namespace muqeem::portal {
namespace {

constexpr const char* kHost = "portal.example:8443";
constexpr int64_t kToday = 1'767'225'600;  // the fixture's clock: 2026-01-01T00:00Z, 03:00 in Riyadh

class ResidentReport : public ApiTest {
 protected:
  void SetUp() override {
    token_ = sign_in("golden.admin");
    // The demo establishment's first resident, with a record the test knows in full.
    store::Statement pick = portal_.db->prepare(
        "SELECT id, iqama_number FROM resident WHERE establishment_id = 1 ORDER BY id LIMIT 1");
    pick.step();
    resident_id_ = pick.integer(0);
    iqama_ = pick.text(1);
    exec(
        "UPDATE resident SET iqama_expiry = '2026-03-01', passport_number = 'P7654321', passport_expiry = "
        "'2030-05-01', insurance_expiry = '2026-12-31' WHERE id = " +
        std::to_string(resident_id_));
    exec("DELETE FROM visa WHERE resident_id = " + std::to_string(resident_id_));
    exec("DELETE FROM dependant WHERE resident_id = " + std::to_string(resident_id_));
    exec("INSERT INTO visa (resident_id, visa_number, type_code, issued_on, expires_on, status) VALUES (" +
         std::to_string(resident_id_) +
         ", '6199999999', 'exit-reentry-single', '2025-12-01', '2026-02-28', 'issued')");
    exec("INSERT INTO dependant (resident_id, name_ar, name_en, relationship_code, birth_date) VALUES (" +
         std::to_string(resident_id_) + ", 'فاطمة', 'Fatima', 'wife', '1990-04-02'), (" +
         std::to_string(resident_id_) + ", 'علي', 'Ali', 'son', '2015-09-09')");
    exec(
        "INSERT INTO traffic_violation (resident_id, violation_number, issued_on, kind_ar, kind_en, "
        "amount_halalas) VALUES (" +
        std::to_string(resident_id_) + ", 'T-REPORT', '2025-10-01', 'تجاوز السرعة', 'Speeding', 30000)");
  }
  void exec(const std::string& sql) { portal_.db->execute(sql); }

  Response issue(const std::string& body, const std::string& key, const std::string& token) {
    std::map<std::string, std::string> headers{{"Host", kHost}};
    if (!key.empty()) headers["Idempotency-Key"] = key;
    return call("POST", "/api/v1/resident-reports", body, token, {}, headers);
  }
  Response issue(const std::string& key = "report-1") {
    return issue(nlohmann::json{{"iqamaNumber", iqama_}}.dump(), key, token_);
  }
  Response reprint(const std::string& number, const std::string& token) {
    return call("GET", "/api/v1/resident-reports/" + number, "", token, {}, {{"Host", kHost}});
  }
  Response verify(const std::string& code) { return call("GET", "/api/v1/public/verifications/" + code); }
  int64_t reports() { return count("SELECT count(*) FROM resident_report"); }

  std::string token_, iqama_;
  int64_t resident_id_ = 0;
};

TEST_F(ResidentReport, StatesTheResidentAsOfTodayWithTheEstablishment) {
  const Response response = issue();
  ASSERT_EQ(response.status, 201) << response.body;
  const auto report = body(response);
  EXPECT_TRUE(std::regex_match(report["reportNumber"].get<std::string>(), std::regex("80[0-9]{8}")));
  EXPECT_EQ(report["issuedOn"], "2026-01-01");
  EXPECT_EQ(report["issuedOnHijri"], "1447-07-12");
  const auto& resident = report["resident"];
  EXPECT_EQ(resident["iqamaNumber"], iqama_);
  EXPECT_EQ(resident["iqamaExpiry"], "2026-03-01");
  EXPECT_EQ(resident["iqamaExpiryHijri"], "1447-09-12");  // 12 Ramadan 1447
  EXPECT_EQ(resident["passport"]["number"], "P7654321");
  EXPECT_EQ(resident["insuranceExpiry"], "2026-12-31");
  ASSERT_EQ(resident["visas"].size(), 1u);
  EXPECT_EQ(resident["visas"][0]["visaNumber"], "6199999999");
  ASSERT_EQ(resident["dependants"].size(), 2u);
  EXPECT_EQ(resident["dependants"][0]["name"]["en"], "Fatima");  // eldest first
  EXPECT_FALSE(resident.contains("trafficViolations"));          // not the paper's business
  EXPECT_EQ(response.body.find("T-REPORT"), std::string::npos);
  EXPECT_EQ(report["establishment"]["unifiedNumber"], "7001234567");
  EXPECT_EQ(report["establishment"]["name"]["ar"], "شركة الرمال الذهبية للمقاولات");
  EXPECT_EQ(
      count("SELECT count(*) FROM audit_log WHERE operation = 'resident-report' AND subject = '" + iqama_ +
            "' AND outcome LIKE 'issued report " + report["reportNumber"].get<std::string>() + "%'"),
      1);
}

TEST_F(ResidentReport, ItsQrCodeScansToThePublicCheck) {
  const auto verification = body(issue())["verification"];
  const std::string code = verification["code"];
  EXPECT_TRUE(std::regex_match(code, std::regex("[0-9A-HJKMNP-TV-Z]{16}"))) << code;
  EXPECT_EQ(verification["url"], std::string("http://") + kHost + "/#/verify?code=" + code);
  EXPECT_EQ(scan(verification["qrSvg"]), verification["url"]);
}

TEST_F(ResidentReport, TheCheckSaysWhatThePaperIsUntilTheSeventhDayEnds) {
  const auto report = body(issue());
  const auto& verification = report["verification"];
  EXPECT_EQ(verification["expiresOn"], "2026-01-08");
  EXPECT_EQ(verification["expiresOnHijri"], "1447-07-19");
  EXPECT_EQ(verification["expiresAt"], kToday + 8 * 86400 - 3 * 3600);  // midnight in Riyadh

  const std::string code = verification["code"];
  portal_.now = verification["expiresAt"].get<int64_t>() - 1;
  const Response checked = verify(code);
  ASSERT_EQ(checked.status, 200) << checked.body;
  const auto paper = body(checked);
  EXPECT_EQ(paper["documentKind"], "resident-report");
  EXPECT_EQ(paper["title"]["ar"], "تقرير مقيم");
  EXPECT_EQ(paper["title"]["en"], "Resident report");
  EXPECT_EQ(paper["requestNumber"], report["reportNumber"]);
  EXPECT_EQ(paper["iqamaNumber"], "******" + iqama_.substr(6));
  EXPECT_EQ(paper["name"], report["resident"]["name"]);
  EXPECT_EQ(paper["iqamaExpiry"], "2026-03-01");
  EXPECT_EQ(paper["iqamaExpiryHijri"], "1447-09-12");
  EXPECT_EQ(paper["issuedOn"], "2026-01-01");
  EXPECT_EQ(paper["issuer"]["en"], "Golden Sands Contracting Co.");
  EXPECT_FALSE(paper.contains("newExpiry"));
  EXPECT_EQ(checked.body.find(iqama_), std::string::npos);

  portal_.now += 1;  // midnight in Riyadh: the eighth day has begun
  EXPECT_EQ(verify(code).status, 404);
  EXPECT_EQ(body(verify(code))["type"], "https://muqeem.example/problems/document-not-verifiable");
}

TEST_F(ResidentReport, AReprintAndTheCheckStateThePaperAfterTheRecordChanges) {
  const auto report = body(issue());
  exec("UPDATE resident SET iqama_expiry = '2027-03-01' WHERE id = " + std::to_string(resident_id_));
  const Response again = reprint(report["reportNumber"], token_);
  ASSERT_EQ(again.status, 200) << again.body;
  EXPECT_EQ(body(again), report);
  EXPECT_EQ(body(verify(report["verification"]["code"]))["iqamaExpiry"], "2026-03-01");
}

TEST_F(ResidentReport, AReprintAfterTheCodeExpiredAsksForANewReport) {
  const auto report = body(issue());
  portal_.now = report["verification"]["expiresAt"].get<int64_t>();
  const Response gone = reprint(report["reportNumber"], sign_in("golden.admin"));
  EXPECT_EQ(gone.status, 410);
  EXPECT_FALSE(body(gone)["title"]["ar"].get<std::string>().empty());
  EXPECT_FALSE(body(gone)["title"]["en"].get<std::string>().empty());
}

TEST_F(ResidentReport, ARetryWithTheSameKeyIsTheSameReport) {
  const auto first = body(issue("same-key"));
  const Response again = issue("same-key");
  EXPECT_EQ(again.status, 201);
  EXPECT_EQ(again.header("Idempotent-Replayed"), "true");
  EXPECT_EQ(body(again)["reportNumber"], first["reportNumber"]);
  EXPECT_EQ(body(again)["verification"]["code"], first["verification"]["code"]);
  EXPECT_EQ(reports(), 1);
  // A new key is a new report, with its own number and code.
  const auto second = body(issue("another-key"));
  EXPECT_NE(second["reportNumber"], first["reportNumber"]);
  EXPECT_NE(second["verification"]["code"], first["verification"]["code"]);
  EXPECT_EQ(reports(), 2);
}

TEST_F(ResidentReport, AnotherEstablishmentsResidentOrReportIsNotFound) {
  const std::string other = sign_in("nakheel.admin");
  const Response refused = issue(nlohmann::json{{"iqamaNumber", iqama_}}.dump(), "k", other);
  EXPECT_EQ(refused.status, 404);
  EXPECT_EQ(body(refused)["type"], "https://muqeem.example/problems/resident-not-found");
  EXPECT_EQ(reports(), 0);
  const std::string number = body(issue())["reportNumber"];
  const Response hidden = reprint(number, other);
  EXPECT_EQ(hidden.status, 404);
  EXPECT_EQ(hidden.body.find(iqama_), std::string::npos);
}

TEST_F(ResidentReport, BadRequestsAreProblemsInBothLanguagesAndStoreNothing) {
  const auto field_of = [this](const Response& response) {
    const auto problem = body(response);
    EXPECT_FALSE(problem["title"]["ar"].get<std::string>().empty());
    EXPECT_FALSE(problem["title"]["en"].get<std::string>().empty());
    return problem.contains("errors") ? problem["errors"][0]["field"].get<std::string>() : std::string();
  };
  const std::string valid = nlohmann::json{{"iqamaNumber", iqama_}}.dump();
  Response response = issue(valid, "", token_);
  EXPECT_EQ(response.status, 400);
  EXPECT_EQ(field_of(response), "Idempotency-Key");
  response = issue("{not json", "k1", token_);
  EXPECT_EQ(response.status, 400);
  response = issue(R"({"iqamaNumber": 2123456789})", "k2", token_);
  EXPECT_EQ(response.status, 400);
  EXPECT_EQ(field_of(response), "iqamaNumber");
  response = issue("{}", "k3", token_);
  EXPECT_EQ(response.status, 400);
  EXPECT_EQ(field_of(response), "iqamaNumber");
  response = issue(R"({"iqamaNumber": "2' OR '1'='1"})", "k4", token_);
  EXPECT_EQ(response.status, 400);
  EXPECT_EQ(field_of(response), "iqamaNumber");
  EXPECT_EQ(issue(valid, "k5", "").status, 401);
  EXPECT_EQ(reprint("80' OR 1=1", token_).status, 404);
  EXPECT_EQ(reports(), 0);
  EXPECT_EQ(count("SELECT count(*) FROM document_verification"), 0);
}

TEST_F(ResidentReport, TheIqamaNumberMayBeTypedInArabicIndicDigits) {
  std::string arabic;
  for (char digit : iqama_) arabic += std::string("\xD9") + static_cast<char>(0xA0 + (digit - '0'));
  const Response response = issue(nlohmann::json{{"iqamaNumber", arabic}}.dump(), "arabic", token_);
  ASSERT_EQ(response.status, 201) << response.body;
  EXPECT_EQ(body(response)["resident"]["iqamaNumber"], iqama_);
}

}  // namespace
}  // namespace muqeem::portal
