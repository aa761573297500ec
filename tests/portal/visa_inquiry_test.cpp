// Asking about visas: the establishment's own by iqama number or by visa number (another
// establishment's are not found), and the public validity check, which answers only when the
// holder's passport number or date of birth matches, and otherwise says exactly what it says for a
// number that does not exist.
#include "portal/visa_fixture.h"

namespace muqeem::portal {
namespace {

class VisaInquiry : public VisaTest {
 protected:
  Response check(const nlohmann::json& request) {
    return call("POST", "/api/v1/public/visa-validity", request.dump());
  }
  std::pair<std::string, std::string> passport_and_birth(const std::string& iqama) {
    store::Statement row =
        portal_.db->prepare("SELECT passport_number, birth_date FROM resident WHERE iqama_number = ?1");
    row.bind(1, iqama);
    EXPECT_TRUE(row.step());
    return {row.text(0), row.text(1)};
  }
};

TEST_F(VisaInquiry, ListsAResidentsVisasNewestFirstAndFindsOneByNumber) {
  const std::string iqama = ready();
  const std::string older = add_visa(iqama, "exit-reentry-single", "2025-03-01", "2025-04-01", "used");
  const std::string newer = add_visa(iqama, "final-exit", "2025-12-20", "2026-02-18");
  portal_.db
      ->prepare(
          "DELETE FROM visa WHERE resident_id = (SELECT id FROM resident WHERE iqama_number = ?1) "
          "AND visa_number NOT IN (?2, ?3)")
      .bind(1, iqama)
      .bind(2, older)
      .bind(3, newer)
      .run();
  const Response response = call("GET", "/api/v1/visas", "", token_, {{"iqamaNumber", iqama}});
  ASSERT_EQ(response.status, 200) << response.body;
  const auto page = body(response);
  EXPECT_EQ(page["totalElements"], 2);
  EXPECT_EQ(codes(page["content"], "visaNumber"), (std::vector<std::string>{newer, older}));
  EXPECT_EQ(page["content"][1]["status"]["code"], "used");
  EXPECT_EQ(page["content"][0]["durationDays"], 60);
  const auto finals =
      body(call("GET", "/api/v1/visas", "", token_, {{"iqamaNumber", iqama}, {"type", "final-exit"}}));
  EXPECT_EQ(finals["totalElements"], 1);

  const auto one = body(call("GET", "/api/v1/visas/" + newer, "", token_));
  EXPECT_EQ(one["iqamaNumber"], iqama);
  EXPECT_EQ(one["type"]["en"], "Final exit");
  EXPECT_EQ(one["expiresOnHijri"].get<std::string>().size(), 10u);
}

TEST_F(VisaInquiry, AnotherEstablishmentsVisasAreNotSeen) {
  const std::string iqama = ready();
  const std::string visa = add_visa(iqama, "exit-reentry-single", "2025-12-01", "2026-02-01");
  token_ = sign_in("nakheel.admin");
  EXPECT_EQ(call("GET", "/api/v1/visas/" + visa, "", token_).status, 404);
  EXPECT_EQ(body(call("GET", "/api/v1/visas", "", token_, {{"iqamaNumber", iqama}}))["totalElements"], 0);
  const auto all = body(call("GET", "/api/v1/visas", "", token_, {{"size", "200"}}));
  for (const auto& item : all["content"]) EXPECT_NE(item["visaNumber"], visa);
}

TEST_F(VisaInquiry, BadQueriesAreA400AndASessionIsNeeded) {
  EXPECT_EQ(call("GET", "/api/v1/visas", "", token_, {{"iqamaNumber", "2' OR 1=1 --"}}).status, 400);
  EXPECT_EQ(call("GET", "/api/v1/visas", "", token_, {{"type", "tourist"}}).status, 400);
  EXPECT_EQ(call("GET", "/api/v1/visas/61'--", "", token_).status, 400);
  EXPECT_EQ(call("GET", "/api/v1/visas").status, 401);
}

TEST_F(VisaInquiry, TheHolderCanCheckAVisaByNumberAndPassportOrByIqamaAndBirthDate) {
  const std::string iqama = ready();
  const auto [passport, born] = passport_and_birth(iqama);
  const std::string visa = add_visa(iqama, "exit-reentry-multiple", "2025-12-15", "2026-03-15");
  const Response by_visa = check({{"visaNumber", visa}, {"passportNumber", passport}});
  ASSERT_EQ(by_visa.status, 200) << by_visa.body;
  const auto answer = body(by_visa);
  EXPECT_EQ(answer["visaNumber"], visa);
  EXPECT_EQ(answer["status"]["code"], "valid");
  EXPECT_EQ(answer["type"]["code"], "exit-reentry-multiple");
  EXPECT_EQ(answer["issuedOn"], "2025-12-15");
  EXPECT_EQ(answer["durationDays"], 90);
  EXPECT_EQ(answer.find("iqamaNumber"), answer.end());  // states only the visa
  // The newest visa of the iqama, with the date of birth; a passport typed in lower case still matches.
  EXPECT_EQ(body(check({{"iqamaNumber", iqama}, {"birthDate", born}}))["visaNumber"], visa);
  std::string lower = passport;
  for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  EXPECT_EQ(check({{"visaNumber", visa}, {"passportNumber", lower}}).status, 200);
}

TEST_F(VisaInquiry, SaysWhetherAVisaIsExpiredUsedOrCancelled) {
  const std::string iqama = ready();
  const std::string passport = passport_and_birth(iqama).first;
  const auto status_of_visa = [&](const std::string& visa) {
    return body(check({{"visaNumber", visa}, {"passportNumber", passport}}))["status"]["code"];
  };
  EXPECT_EQ(status_of_visa(add_visa(iqama, "exit-reentry-single", "2025-10-01", "2025-12-31")), "expired");
  EXPECT_EQ(status_of_visa(add_visa(iqama, "exit-reentry-single", "2025-10-01", "2025-11-01", "used")),
            "used");
  EXPECT_EQ(status_of_visa(add_visa(iqama, "final-exit", "2025-12-01", "2026-01-30", "cancelled")),
            "cancelled");
}

TEST_F(VisaInquiry, AWrongCrossCheckIsAnsweredExactlyLikeAnUnknownNumber) {
  const std::string iqama = ready();
  const auto [passport, born] = passport_and_birth(iqama);
  const std::string visa = add_visa(iqama, "exit-reentry-single", "2025-12-15", "2026-02-15");
  const Response wrong_passport = check({{"visaNumber", visa}, {"passportNumber", "X0000000"}});
  const Response wrong_birth = check({{"iqamaNumber", iqama}, {"birthDate", "1901-01-01"}});
  const Response unknown = check({{"visaNumber", "6999999999"}, {"passportNumber", passport}});
  const Response no_visa = check({{"iqamaNumber", "1000000008"}, {"birthDate", born}});
  EXPECT_EQ(unknown.status, 404);
  EXPECT_EQ(body(unknown)["type"], "https://muqeem.example/problems/visa-not-confirmed");
  for (const Response* same : {&wrong_passport, &wrong_birth, &no_visa}) {
    EXPECT_EQ(same->status, unknown.status);
    EXPECT_EQ(same->body, unknown.body);
  }
}

// Dates of birth cannot be tried one by one: ten checks a day for one number, right or wrong, then a
// 429 with Retry-After even for the right answer; another number is still answered, and one address
// gets thirty checks an hour whatever it asks about.
TEST_F(VisaInquiry, GuessingIsLimitedPerNumberAndPerAddress) {
  const std::string iqama = ready();
  const auto [passport, born] = passport_and_birth(iqama);
  const std::string visa = add_visa(iqama, "exit-reentry-single", "2025-12-15", "2026-02-15");
  for (int day = 1; day <= 10; ++day) {
    const std::string guess = "1990-01-" + std::string(day < 10 ? "0" : "") + std::to_string(day);
    EXPECT_EQ(check({{"iqamaNumber", iqama}, {"birthDate", guess}}).status, 404) << guess;
  }
  const Response spent = check({{"iqamaNumber", iqama}, {"birthDate", born}});
  EXPECT_EQ(spent.status, 429);
  EXPECT_EQ(spent.header("Content-Type"), "application/problem+json");
  EXPECT_FALSE(spent.header("Retry-After").empty());
  EXPECT_EQ(check({{"visaNumber", visa}, {"passportNumber", passport}}).status, 200);  // another number
  portal_.now += 24 * 3600;
  EXPECT_EQ(check({{"iqamaNumber", iqama}, {"birthDate", born}}).status, 200);  // a day later

  int answered = 0;
  for (int n = 0; n < 40; ++n) {
    const Response response =
        check({{"visaNumber", std::to_string(6100000100 + n)}, {"passportNumber", "P1"}});
    if (response.status != 429) ++answered;
  }
  EXPECT_EQ(answered, 30 - 1);  // the hour's thirty, less the one asked about above
}

TEST_F(VisaInquiry, TheCheckNeedsOneNumberAndOneCrossCheck) {
  const nlohmann::json bad[] = {
      {{"visaNumber", "6100000001"}},
      {{"passportNumber", "P1000000"}},
      {{"visaNumber", "6100000001"}, {"iqamaNumber", "2000000007"}, {"passportNumber", "P1"}},
      {{"visaNumber", "6100000001"}, {"passportNumber", "P1"}, {"birthDate", "1990-01-01"}},
      {{"visaNumber", "6100000001"}, {"birthDate", "01/01/1990"}},
      {{"visaNumber", "61' OR '1'='1"}, {"passportNumber", "P1"}},
      {{"iqamaNumber", "2' OR 1=1 --"}, {"passportNumber", "P1"}},
      {{"visaNumber", 6100000001}, {"passportNumber", "P1"}},
  };
  for (const auto& request : bad) {
    const Response response = check(request);
    EXPECT_EQ(response.status, 400) << request.dump();
    EXPECT_FALSE(body(response)["errors"][0]["message"]["ar"].get<std::string>().empty()) << request.dump();
  }
  EXPECT_EQ(call("POST", "/api/v1/public/visa-validity", "not json").status, 400);
}

}  // namespace
}  // namespace muqeem::portal
