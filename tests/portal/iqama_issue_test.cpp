// Issuing an iqama to a new arrival by border number (DOMAIN.md): the quote shows the fee worked out
// from SAR 650 a year and the SAR 500 fine after 90 days in the Kingdom; the issue makes the arrival a
// resident of the caller's establishment with a new, valid iqama number, pays the fee once, and is
// refused, with nothing stored, for each rule, another establishment's arrival and bad input.
#include "domain/identifiers.h"
#include "portal/transaction_fixture.h"

namespace muqeem::portal {
namespace {

using nlohmann::json;

class IqamaIssue : public TransactionTest {
 protected:
  static json request(const std::string& border, int months = 12) {
    return {{"borderNumber", border},   {"name", {{"ar", "راجيش كومار"}, {"en", "Rajesh Kumar"}}},
            {"mobile", "0551234567"},   {"occupationCode", "ELC"},
            {"nationalityCode", "IND"}, {"durationMonths", months}};
  }
  Response quote(const json& body, const std::string& token = "") {
    return post(token.empty() ? golden_ : token, "/api/v1/iqama-issues/quote", body);
  }
  Response issue(const json& body, const std::string& key, const std::string& token = "") {
    return submit(token.empty() ? golden_ : token, "/api/v1/iqama-issues", body, "iqama-issue", key);
  }
};

TEST_F(IqamaIssue, AReadyArrivalGetsANewIqamaAndBecomesAResident) {
  const std::string border = ready_arrival();
  const auto quoted = body(quote(request(border)));
  EXPECT_TRUE(quoted["eligible"]);
  EXPECT_EQ(quoted["daysSinceEntry"], 30);
  EXPECT_EQ(quoted["expiry"], "2027-01-01");  // a year from today
  EXPECT_EQ(quoted["fees"].size(), 1u);
  EXPECT_EQ(quoted["fees"][0]["code"], "iqama-fee");
  EXPECT_EQ(quoted["totalHalalas"], 65000);  // SAR 650 a year
  EXPECT_EQ(quoted["mobile"], "+966551234567");

  const Response response = issue(request(border), "issue-1");
  ASSERT_EQ(response.status, 201) << response.body;
  const auto result = body(response);
  const std::string iqama = result["iqamaNumber"], number = result["requestNumber"];
  EXPECT_TRUE(domain::IqamaNumber::parse(iqama));  // ten digits, a 2 first, the Luhn digit last
  EXPECT_EQ(iqama[0], '2');
  EXPECT_EQ(number.size(), 10u);
  EXPECT_EQ(number.rfind("02", 0), 0u);  // SADAD's service code for issuing an iqama
  EXPECT_EQ(result["borderNumber"], border);
  EXPECT_EQ(result["expiry"], "2027-01-01");
  EXPECT_EQ(result["totalHalalas"], 65000);

  const Response file = call("GET", "/api/v1/residents/" + iqama, "", golden_);
  ASSERT_EQ(file.status, 200);
  EXPECT_EQ(body(file)["name"]["en"], "Rajesh Kumar");
  EXPECT_EQ(body(file)["occupation"]["code"], "ELC");
  EXPECT_EQ(body(file)["nationality"]["en"], "India");
  EXPECT_EQ(body(file)["iqamaExpiry"], "2027-01-01");
  EXPECT_EQ(balance(golden_), kGoldenBalance - 65000);
  EXPECT_EQ(
      count("SELECT count(*) FROM resident WHERE iqama_number = '" + iqama +
            "' AND mobile = '+966551234567' AND border_number = '" + border + "' AND establishment_id = 1"),
      1);
  EXPECT_EQ(count("SELECT count(*) FROM iqama_issue WHERE request_number = '" + number +
                  "' AND total_halalas = 65000 AND user_id = 1 AND duration_months = 12"),
            1);
  EXPECT_EQ(count("SELECT count(*) FROM payment WHERE reference = '" + number +
                  "' AND service_code = '02' AND amount_halalas = 65000"),
            1);
  EXPECT_EQ(
      count("SELECT count(*) FROM audit_log WHERE operation = 'iqama-issue' AND subject = '" + border + "'"),
      1);
  // No longer among those awaiting an iqama.
  for (const auto& arrival :
       body(call("GET", "/api/v1/new-arrivals", "", golden_, {{"size", "200"}}))["content"])
    EXPECT_NE(arrival["borderNumber"], border);
}

TEST_F(IqamaIssue, MoreThanNinetyDaysAfterEntryTheFineIsAddedAndTheQuoteIsWhatIsCharged) {
  const std::string border = ready_arrival();
  set_arrival(border, "entry_date = '2025-10-02'");  // 91 days before 2026-01-01
  const auto quoted = body(quote(request(border, 6)));
  EXPECT_TRUE(quoted["eligible"]);
  EXPECT_EQ(codes(quoted["fees"], "code"), (std::vector<std::string>{"iqama-fee", "late-issue-fine"}));
  EXPECT_EQ(quoted["totalHalalas"], 32500 + 50000);  // six months of SAR 650 a year, and SAR 500
  const auto result = body(issue(request(border, 6), "late"));
  EXPECT_EQ(result["totalHalalas"], quoted["totalHalalas"]);
  EXPECT_EQ(balance(golden_), kGoldenBalance - 82500);
  set_arrival(ready_arrival(1), "entry_date = '2025-10-03'");  // the 90th day: still in time
  EXPECT_EQ(body(quote(request(ready_arrival(1))))["totalHalalas"], 65000);
}

TEST_F(IqamaIssue, EachRuleRefusesWithItsProblemAndStoresNothing) {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"medical_exam_done = 0", "no-medical-exam"},
      {"fingerprint_taken = 0", "no-fingerprint"},
      {"insurance_expiry = NULL", "no-medical-insurance"},
      {"insurance_expiry = '2025-12-31'", "no-medical-insurance"},
      {"inside_kingdom = 0", "outside-kingdom"},
      {"passport_expiry = '2025-12-01'", "passport-expired"},
      {"passport_expiry = '2026-02-01'", "passport-expiring"}};
  const auto before = stored();
  for (const auto& [assignment, problem] : cases) {
    const std::string border = ready_arrival();
    set_arrival(border, assignment);
    const auto quoted = body(quote(request(border)));
    EXPECT_FALSE(quoted["eligible"]) << assignment;
    EXPECT_EQ(codes(quoted["problems"], "code"), std::vector<std::string>{problem}) << assignment;
    const Response refused = issue(request(border), "refused-" + problem);
    EXPECT_EQ(refused.status, 422) << assignment;
    EXPECT_EQ(type_of(refused), "not-eligible");
    EXPECT_EQ(body(refused)["errors"][0]["field"], "borderNumber");
    EXPECT_EQ(body(refused)["errors"][0]["message"]["en"], quoted["problems"][0]["en"]);
    EXPECT_NE(body(refused)["errors"][0]["message"]["ar"], "");
  }
  EXPECT_EQ(stored(), before);
}

TEST_F(IqamaIssue, AnIqamaIsIssuedOnceAndOnlyForDurationsOnOffer) {
  const std::string border = ready_arrival();
  const std::string iqama = body(issue(request(border), "first"))["iqamaNumber"];
  const auto again = body(quote(request(border)));
  EXPECT_EQ(codes(again["problems"], "code"), std::vector<std::string>{"already-issued"});
  EXPECT_NE(again["problems"][0]["en"].get<std::string>().find(iqama), std::string::npos);
  EXPECT_EQ(issue(request(border), "second").status, 422);
  const auto odd = body(quote(request(ready_arrival(1), 7)));
  EXPECT_EQ(codes(odd["problems"], "code"), std::vector<std::string>{"duration-not-allowed"});
  const Response refused = issue(request(ready_arrival(1), 7), "odd");
  EXPECT_EQ(body(refused)["errors"][0]["field"], "durationMonths");
  EXPECT_EQ(count("SELECT count(*) FROM iqama_issue"), 1);
}

TEST_F(IqamaIssue, AnotherEstablishmentsArrivalIsNotFound) {
  const std::string golden_arrival = ready_arrival();
  const auto before = stored();
  const Response quoted = quote(request(golden_arrival), nakheel_);
  EXPECT_EQ(quoted.status, 404);
  EXPECT_EQ(type_of(quoted), "arrival-not-found");
  EXPECT_EQ(issue(request(golden_arrival), "cross", nakheel_).status, 404);
  EXPECT_EQ(stored(), before);
  // The other establishment issues its own arrivals, as residents of its own.
  const Response own = issue(request(ready_arrival(0, 2)), "own", nakheel_);
  ASSERT_EQ(own.status, 201);
  EXPECT_EQ(
      call("GET", "/api/v1/residents/" + body(own)["iqamaNumber"].get<std::string>(), "", golden_).status,
      404);
  EXPECT_EQ(balance(nakheel_), kNakheelBalance - 65000);
}

TEST_F(IqamaIssue, AReplayReturnsTheFirstIqamaAndChargesOnce) {
  const std::string border = ready_arrival();
  const json body_with_code = [&] {
    json b = request(border);
    b["securityCode"] = security_code(golden_, "iqama-issue");
    return b;
  }();
  const Response first = post(golden_, "/api/v1/iqama-issues", body_with_code, "replay");
  const Response again = post(golden_, "/api/v1/iqama-issues", body_with_code, "replay");
  ASSERT_EQ(first.status, 201);
  EXPECT_EQ(again.body, first.body);
  EXPECT_EQ(again.header("Idempotent-Replayed"), "true");
  EXPECT_EQ(balance(golden_), kGoldenBalance - 65000);
  EXPECT_EQ(count("SELECT count(*) FROM resident WHERE border_number = '" + border + "'"), 1);
}

TEST_F(IqamaIssue, AWrongSecurityCodeIssuesNothing) {
  const std::string border = ready_arrival();
  json wrong = request(border);
  wrong["securityCode"] = wrong_code(golden_, "iqama-issue");
  const auto before = stored();
  const Response response = post(golden_, "/api/v1/iqama-issues", wrong, "wrong-code");
  EXPECT_EQ(response.status, 400);
  EXPECT_EQ(type_of(response), "wrong-security-code");
  EXPECT_EQ(stored(), before);
  // A code asked for another transaction does not confirm this one either.
  json other = request(border);
  other["securityCode"] = security_code(golden_, "passport-update");
  EXPECT_EQ(post(golden_, "/api/v1/iqama-issues", other, "other-code").status, 400);
  EXPECT_EQ(stored(), before);
}

TEST_F(IqamaIssue, BadInputIsAProblemInBothLanguagesAndStoresNothing) {
  const std::string border = ready_arrival();
  const auto before = stored();
  EXPECT_EQ(
      call("POST", "/api/v1/iqama-issues", "{\"borderNumber\": ", golden_, {}, {{"Idempotency-Key", "m"}})
          .status,
      400);
  json wrong_types = request(border);
  wrong_types["durationMonths"] = "12";
  wrong_types["name"] = "Rajesh Kumar";
  const Response typed = issue(wrong_types, "types");
  EXPECT_EQ(typed.status, 400);
  EXPECT_EQ(codes(body(typed)["errors"], "field"),
            (std::vector<std::string>{"name.ar", "name.en", "durationMonths"}));
  for (const std::string& attack : kInjections) {
    for (const char* field : {"borderNumber", "mobile", "occupationCode", "nationalityCode"}) {
      json bad = request(border);
      bad[field] = attack;
      const Response refused = issue(bad, std::string("sql-") + field);
      EXPECT_EQ(refused.status, 400) << field << ": " << attack;
      EXPECT_EQ(body(refused)["errors"][0]["field"], field);
      EXPECT_NE(body(refused)["errors"][0]["message"]["ar"], "");
    }
    for (const char* part : {"ar", "en"}) {
      json bad = request(border);
      bad["name"][part] = attack;
      EXPECT_EQ(quote(bad).status, 400) << part << ": " << attack;
    }
  }
  json unknown = request(border);
  unknown["occupationCode"] = "ASTRONAUT";
  const Response refused = quote(unknown);
  EXPECT_EQ(refused.status, 400);
  EXPECT_EQ(body(refused)["errors"][0]["field"], "occupationCode");
  EXPECT_EQ(stored(), before);
  EXPECT_EQ(count("SELECT count(*) FROM establishment"), 2);
}

TEST_F(IqamaIssue, ListsOnlyTheEstablishmentsOwnArrivalsAwaitingAnIqama) {
  const auto golden = body(call("GET", "/api/v1/new-arrivals", "", golden_, {{"size", "5"}}));
  const auto nakheel = body(call("GET", "/api/v1/new-arrivals", "", nakheel_, {{"size", "200"}}));
  EXPECT_EQ(golden["totalElements"], 80);  // the demo's
  EXPECT_EQ(golden["content"].size(), 5u);
  EXPECT_EQ(nakheel["totalElements"], 12);
  for (const auto& arrival : nakheel["content"]) {
    EXPECT_EQ(count("SELECT count(*) FROM new_arrival WHERE establishment_id = 2 AND border_number = '" +
                    arrival["borderNumber"].get<std::string>() + "'"),
              1);
  }
  // Oldest entry first: those closest to the fine lead.
  EXPECT_LE(golden["content"][0]["entryDate"], golden["content"][1]["entryDate"]);
  EXPECT_EQ(call("GET", "/api/v1/new-arrivals").status, 401);
}

TEST_F(IqamaIssue, TheDemoHasArrivalsShowingEveryCase) {
  const auto of_golden = [this](const std::string& where) {
    return count("SELECT count(*) FROM new_arrival WHERE establishment_id = 1 AND " + where);
  };
  EXPECT_GT(of_golden("medical_exam_done = 0"), 0);
  EXPECT_GT(of_golden("fingerprint_taken = 0"), 0);
  EXPECT_GT(of_golden("insurance_expiry IS NULL"), 0);
  EXPECT_GT(of_golden("entry_date < '2025-10-03'"), 0);  // over 90 days in the Kingdom
  EXPECT_GT(of_golden("inside_kingdom = 1 AND medical_exam_done = 1 AND fingerprint_taken = 1 AND "
                      "insurance_expiry >= '2026-01-01' AND passport_expiry >= '2026-04-01' AND "
                      "entry_date >= '2025-10-03'"),
            20);
}

TEST_F(IqamaIssue, NeedsASession) {
  EXPECT_EQ(call("POST", "/api/v1/iqama-issues/quote", request(ready_arrival()).dump()).status, 401);
  EXPECT_EQ(post("", "/api/v1/iqama-issues", request(ready_arrival()), "k").status, 401);
}

}  // namespace
}  // namespace muqeem::portal
