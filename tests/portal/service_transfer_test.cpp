// Transferring services (نقل الخدمات, DOMAIN.md) in two steps: the current establishment asks; the new
// one sees the request (and only that) and accepts, paying SAR 2,000, 4,000 or 6,000 by the resident's
// earlier transfers (SADAD code 07), or declines. The resident moves only on acceptance; a valid
// passport and no unpaid fines are checked on asking and again on accepting; no third establishment,
// and neither side outside the request, ever sees the other's residents.
#include "portal/auth/secrets.h"
#include "portal/transaction_fixture.h"

namespace muqeem::portal {
namespace {

using nlohmann::json;

class ServiceTransfer : public TransactionTest {
 protected:
  static json request(const std::string& iqama, const std::string& to = kNakheelNumber) {
    return {{"iqamaNumber", iqama}, {"newEstablishmentNumber", to}};
  }
  Response quote(const json& body, const std::string& token = "") {
    return post(token.empty() ? golden_ : token, "/api/v1/service-transfers/quote", body);
  }
  Response ask(const json& body, const std::string& key, const std::string& token = "") {
    return submit(token.empty() ? golden_ : token, "/api/v1/service-transfers", body, "service-transfer",
                  key);
  }
  // The request number of a pending transfer of `iqama` from Golden Sands to Al Nakheel.
  std::string asked(const std::string& iqama) {
    const Response response = ask(request(iqama), "ask-" + iqama);
    EXPECT_EQ(response.status, 201) << response.body;
    return body(response)["requestNumber"];
  }
  Response decide(const std::string& number, const char* action, const std::string& key,
                  const std::string& token = "") {
    const std::string& who = token.empty() ? nakheel_ : token;
    return submit(who, "/api/v1/service-transfers/" + number + "/" + action, json::object(),
                  std::string("service-transfer-") + action, key);
  }
  int64_t establishment_of(const std::string& iqama) {
    return count("SELECT establishment_id FROM resident WHERE iqama_number = '" + iqama + "'");
  }
  // A third establishment with an officer of its own, signed in.
  std::string third_establishment() {
    portal_.db->execute(
        "INSERT INTO establishment (id, unified_number, name_ar, name_en, package, balance_halalas) VALUES "
        "(3, "
        "'7005555555', 'مؤسسة ثالثة', 'Third Est.', 'transactions', 1000000)");
    portal_.db
        ->prepare(
            "INSERT INTO user (establishment_id, username, password_hash, name_ar, name_en, mobile, "
            "is_primary) "
            "VALUES (3, 'third.admin', ?1, 'ثالث', 'Third', '+966550000003', 1)")  // its primary user
        .bind(1, auth::hash_password("Muqeem@2026", auth::PasswordCost::Minimum))
        .run();
    return sign_in("third.admin");
  }
};

TEST_F(ServiceTransfer, AskedByOneAcceptedByTheOtherTheResidentMovesAndTheNewEstablishmentPays) {
  const std::string iqama = clean_resident();
  const auto quoted = body(quote(request(iqama)));
  EXPECT_TRUE(quoted["eligible"]);
  EXPECT_EQ(quoted["newEstablishment"]["name"]["en"], "Al Nakheel Trading Est.");
  EXPECT_EQ(quoted["transferOrdinal"], 1);
  EXPECT_EQ(quoted["fees"][0]["code"], "transfer-fee");
  EXPECT_EQ(quoted["totalHalalas"], 200000);  // SAR 2,000 for a first transfer

  const Response response = ask(request(iqama), "ask");
  ASSERT_EQ(response.status, 201) << response.body;
  const auto pending = body(response);
  const std::string number = pending["requestNumber"];
  EXPECT_EQ(number.rfind("07", 0), 0u);  // SADAD's service code for a transfer
  EXPECT_EQ(pending["status"]["code"], "pending");
  EXPECT_TRUE(pending["decidedOn"].is_null());
  EXPECT_EQ(establishment_of(iqama), 1);  // nothing moves on asking
  EXPECT_EQ(balance(golden_), kGoldenBalance);

  // The new establishment sees the request, with only what it needs to decide.
  const auto incoming = body(call("GET", "/api/v1/service-transfers", "", nakheel_,
                                  {{"direction", "incoming"}, {"status", "pending"}}));
  ASSERT_EQ(incoming["totalElements"], 1);
  const auto seen = incoming["content"][0];
  EXPECT_EQ(seen["requestNumber"], number);
  EXPECT_EQ(seen["iqamaNumber"], iqama);
  EXPECT_EQ(seen["from"]["name"]["en"], "Golden Sands Contracting Co.");
  EXPECT_EQ(seen["feeHalalas"], 200000);
  for (const char* hidden :
       {"passport", "visas", "trafficViolations", "dependants", "birthDate", "iqamaExpiry"})
    EXPECT_FALSE(seen.contains(hidden)) << hidden;
  // ... and still cannot open the resident's file.
  EXPECT_EQ(call("GET", "/api/v1/residents/" + iqama, "", nakheel_).status, 404);

  const Response accepted = decide(number, "accept", "yes");
  ASSERT_EQ(accepted.status, 200) << accepted.body;
  EXPECT_EQ(body(accepted)["status"]["code"], "accepted");
  EXPECT_EQ(body(accepted)["decidedOn"], "2026-01-01");
  EXPECT_EQ(body(accepted)["feeHalalas"], 200000);
  EXPECT_EQ(call("GET", "/api/v1/residents/" + iqama, "", nakheel_).status, 200);
  EXPECT_EQ(call("GET", "/api/v1/residents/" + iqama, "", golden_).status, 404);
  EXPECT_EQ(balance(nakheel_), kNakheelBalance - 200000);
  EXPECT_EQ(balance(golden_), kGoldenBalance);
  EXPECT_EQ(count("SELECT previous_transfers FROM resident WHERE iqama_number = '" + iqama + "'"), 1);
  EXPECT_EQ(count("SELECT count(*) FROM payment WHERE establishment_id = 2 AND service_code = '07' AND "
                  "reference = '" +
                  number + "' AND amount_halalas = 200000"),
            1);
  EXPECT_EQ(count("SELECT count(*) FROM service_transfer WHERE request_number = '" + number +
                  "' AND requested_by = 1 AND decided_by = 2 AND fee_halalas = 200000"),
            1);
  EXPECT_EQ(count("SELECT count(*) FROM audit_log WHERE operation = 'service-transfer-accept' AND outcome = "
                  "'accepted " +
                  number + "'"),
            1);
  // The one that asked sees how it ended.
  const auto outgoing =
      body(call("GET", "/api/v1/service-transfers", "", golden_, {{"direction", "outgoing"}}));
  EXPECT_EQ(outgoing["content"][0]["status"]["code"], "accepted");
  EXPECT_EQ(body(call("GET", "/api/v1/service-transfers/" + number, "", golden_))["to"]["unifiedNumber"],
            kNakheelNumber);
}

TEST_F(ServiceTransfer, TheFeeGrowsWithTheResidentsEarlierTransfers) {
  const std::string iqama = clean_resident();
  const std::vector<std::pair<int, int64_t>> expected = {{0, 200000}, {1, 400000}, {2, 600000}, {5, 600000}};
  for (const auto& [earlier, fee] : expected) {
    set_resident(iqama, "previous_transfers = " + std::to_string(earlier));
    const auto quoted = body(quote(request(iqama)));
    EXPECT_EQ(quoted["totalHalalas"], fee) << earlier;
    EXPECT_EQ(quoted["transferOrdinal"], earlier + 1);
  }
  set_resident(iqama, "previous_transfers = 1");
  portal_.db->execute("UPDATE establishment SET balance_halalas = 500000 WHERE id = 2");
  const std::string number = asked(iqama);
  EXPECT_EQ(body(decide(number, "accept", "second"))["feeHalalas"], 400000);  // a second transfer: SAR 4,000
  EXPECT_EQ(balance(nakheel_), 100000);
}

TEST_F(ServiceTransfer, EachRuleRefusesTheRequestWithItsProblem) {
  const auto before = stored();
  const std::string expired = clean_resident(0);
  set_resident(expired, "passport_expiry = '2025-12-31'");
  const std::string fined = clean_resident(1);
  portal_.db
      ->prepare(
          "INSERT INTO traffic_violation (resident_id, violation_number, issued_on, kind_ar, kind_en, "
          "amount_halalas) SELECT id, 'T-1', '2025-10-01', 'تجاوز السرعة', 'Speeding', 30000 FROM resident "
          "WHERE "
          "iqama_number = ?1")
      .bind(1, fined)
      .run();
  const std::string own = clean_resident(2);
  const std::vector<std::tuple<std::string, json, std::string, std::string>> cases = {
      {expired, request(expired), "passport-expired", "iqamaNumber"},
      {fined, request(fined), "unpaid-fines", "iqamaNumber"},
      {own, request(own, kGoldenNumber), "own-establishment", "newEstablishmentNumber"}};
  for (const auto& [iqama, body_of_request, problem, field] : cases) {
    const auto quoted = body(quote(body_of_request));
    EXPECT_EQ(codes(quoted["problems"], "code"), std::vector<std::string>{problem});
    const Response refused = ask(body_of_request, "refused-" + problem);
    EXPECT_EQ(refused.status, 422) << problem;
    EXPECT_EQ(body(refused)["errors"][0]["field"], field);
    EXPECT_EQ(body(refused)["errors"][0]["message"]["ar"], quoted["problems"][0]["ar"]);
  }
  EXPECT_NE(body(quote(request(fined)))["problems"][0]["en"].get<std::string>().find("SAR 300.00"),
            std::string::npos);
  EXPECT_EQ(stored(), before);
}

TEST_F(ServiceTransfer, OnePendingRequestPerResidentAndAnUnknownEstablishmentIsNotFound) {
  const std::string iqama = clean_resident();
  asked(iqama);
  EXPECT_EQ(codes(body(quote(request(iqama)))["problems"], "code"),
            std::vector<std::string>{"transfer-pending"});
  EXPECT_EQ(ask(request(iqama), "twice").status, 422);
  const Response unknown = quote(request(clean_resident(1), "7000000000"));
  EXPECT_EQ(unknown.status, 404);
  EXPECT_EQ(type_of(unknown), "establishment-not-found");
  EXPECT_EQ(body(unknown)["errors"][0]["field"], "newEstablishmentNumber");
  EXPECT_EQ(count("SELECT count(*) FROM service_transfer"), 1);
}

TEST_F(ServiceTransfer, DeclinedTheResidentStaysAndNothingIsCharged) {
  const std::string iqama = clean_resident();
  const std::string number = asked(iqama);
  const Response declined = decide(number, "decline", "no");
  ASSERT_EQ(declined.status, 200) << declined.body;
  EXPECT_EQ(body(declined)["status"]["code"], "declined");
  EXPECT_EQ(establishment_of(iqama), 1);
  EXPECT_EQ(balance(nakheel_), kNakheelBalance);
  const Response late = decide(number, "accept", "changed-mind");
  EXPECT_EQ(late.status, 409);
  EXPECT_EQ(type_of(late), "transfer-decided");
  EXPECT_EQ(establishment_of(iqama), 1);
  EXPECT_EQ(ask(request(iqama), "ask-again").status, 201);  // may be asked for again
}

TEST_F(ServiceTransfer, TheRulesAreCheckedAgainOnAcceptingAndTheFeeMustBeCovered) {
  const std::string iqama = clean_resident();
  const std::string number = asked(iqama);
  portal_.db
      ->prepare(
          "INSERT INTO traffic_violation (resident_id, violation_number, issued_on, kind_ar, kind_en, "
          "amount_halalas) SELECT id, 'T-2', '2025-12-30', 'قطع الإشارة', 'Red light', 300000 FROM resident "
          "WHERE "
          "iqama_number = ?1")
      .bind(1, iqama)
      .run();
  const Response fined = decide(number, "accept", "fined");
  EXPECT_EQ(fined.status, 422);
  EXPECT_EQ(body(fined)["errors"][0]["field"], "requestNumber");
  EXPECT_EQ(establishment_of(iqama), 1);
  portal_.db->execute("UPDATE traffic_violation SET paid = 1 WHERE violation_number = 'T-2'");
  portal_.db->execute("UPDATE establishment SET balance_halalas = 199999 WHERE id = 2");
  const Response poor = decide(number, "accept", "poor");
  EXPECT_EQ(poor.status, 402);
  EXPECT_EQ(establishment_of(iqama), 1);
  EXPECT_EQ(body(call("GET", "/api/v1/service-transfers/" + number, "", nakheel_))["status"]["code"],
            "pending");
}

TEST_F(ServiceTransfer, NoEstablishmentReachesAnothersResidentsOutsideTheRequest) {
  const std::string iqama = clean_resident();
  const std::string nakheel_resident = clean_resident(0, 2);
  // The new establishment cannot ask for a transfer of someone else's resident, to itself or anyone.
  EXPECT_EQ(quote(request(iqama), nakheel_).status, 404);
  EXPECT_EQ(ask(request(iqama, kNakheelNumber), "grab", nakheel_).status, 404);
  EXPECT_EQ(quote(request(nakheel_resident, kGoldenNumber)).status, 404);
  const std::string number = asked(iqama);
  // The establishment that asked cannot answer its own request.
  EXPECT_EQ(decide(number, "accept", "self", golden_).status, 404);
  // A third establishment sees nothing and can answer nothing.
  const std::string third = third_establishment();
  EXPECT_EQ(call("GET", "/api/v1/service-transfers/" + number, "", third).status, 404);
  EXPECT_EQ(body(call("GET", "/api/v1/service-transfers", "", third))["totalElements"], 0);
  EXPECT_EQ(
      body(call("GET", "/api/v1/service-transfers", "", third, {{"direction", "outgoing"}}))["totalElements"],
      0);
  EXPECT_EQ(decide(number, "accept", "third", third).status, 404);
  EXPECT_EQ(decide(number, "decline", "third-no", third).status, 404);
  EXPECT_EQ(call("GET", "/api/v1/residents/" + iqama, "", third).status, 404);
  EXPECT_EQ(establishment_of(iqama), 1);
  EXPECT_EQ(body(call("GET", "/api/v1/service-transfers/" + number, "", golden_))["status"]["code"],
            "pending");
}

TEST_F(ServiceTransfer, RepliesAreReplayedAndTheFeeIsChargedOnce) {
  const std::string iqama = clean_resident();
  json ask_body = request(iqama);
  ask_body["securityCode"] = security_code(golden_, "service-transfer");
  const Response first = post(golden_, "/api/v1/service-transfers", ask_body, "ask-once");
  EXPECT_EQ(post(golden_, "/api/v1/service-transfers", ask_body, "ask-once").body, first.body);
  EXPECT_EQ(count("SELECT count(*) FROM service_transfer"), 1);
  const std::string number = body(first)["requestNumber"];
  const json accept = {{"securityCode", security_code(nakheel_, "service-transfer-accept")}};
  const std::string path = "/api/v1/service-transfers/" + number + "/accept";
  const Response accepted = post(nakheel_, path, accept, "accept-once");
  const Response again = post(nakheel_, path, accept, "accept-once");
  ASSERT_EQ(accepted.status, 200);
  EXPECT_EQ(again.body, accepted.body);
  EXPECT_EQ(again.header("Idempotent-Replayed"), "true");
  EXPECT_EQ(balance(nakheel_), kNakheelBalance - 200000);
}

TEST_F(ServiceTransfer, AWrongSecurityCodeAsksAndAcceptsNothing) {
  const std::string iqama = clean_resident();
  json wrong = request(iqama);
  wrong["securityCode"] = wrong_code(golden_, "service-transfer");
  const Response refused = post(golden_, "/api/v1/service-transfers", wrong, "wrong-ask");
  EXPECT_EQ(type_of(refused), "wrong-security-code");
  EXPECT_EQ(count("SELECT count(*) FROM service_transfer"), 0);
  const std::string number = asked(iqama);
  const Response not_accepted =
      post(nakheel_, "/api/v1/service-transfers/" + number + "/accept",
           {{"securityCode", wrong_code(nakheel_, "service-transfer-accept")}}, "wrong-yes");
  EXPECT_EQ(type_of(not_accepted), "wrong-security-code");
  // A decline's code does not accept.
  const Response crossed =
      post(nakheel_, "/api/v1/service-transfers/" + number + "/accept",
           {{"securityCode", security_code(nakheel_, "service-transfer-decline")}}, "crossed");
  EXPECT_EQ(crossed.status, 400);
  EXPECT_EQ(establishment_of(iqama), 1);
  EXPECT_EQ(balance(nakheel_), kNakheelBalance);
}

TEST_F(ServiceTransfer, BadInputIsAProblemAndStoresNothing) {
  const std::string iqama = clean_resident();
  const auto before = stored();
  for (const std::string& attack : kInjections) {
    for (const char* field : {"iqamaNumber", "newEstablishmentNumber"}) {
      json bad = request(iqama);
      bad[field] = attack;
      const Response refused = ask(bad, std::string("sql-") + field);
      EXPECT_EQ(refused.status, 400) << field << ": " << attack;
      EXPECT_EQ(body(refused)["errors"][0]["field"], field);
    }
    EXPECT_EQ(call("GET", "/api/v1/service-transfers", "", golden_, {{"status", attack}}).status, 400);
    EXPECT_EQ(call("GET", "/api/v1/service-transfers", "", golden_, {{"direction", attack}}).status, 400);
    EXPECT_EQ(decide(attack, "accept", "sql-path").status, 404);
  }
  EXPECT_EQ(call("POST", "/api/v1/service-transfers/quote", "{", golden_).status, 400);
  EXPECT_EQ(post(nakheel_, "/api/v1/service-transfers/0700000001/accept", json::object(), "no-code").status,
            400);
  EXPECT_EQ(stored(), before);
  EXPECT_EQ(call("GET", "/api/v1/service-transfers").status, 401);
}

}  // namespace
}  // namespace muqeem::portal
