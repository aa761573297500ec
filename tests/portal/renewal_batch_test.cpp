// Renewing many iqamas in one decision (issue 18): the batch's quote is each resident's single quote,
// the batch renews exactly the eligible ones, each with its own request number, payment and audit
// entry, charging their sum; the balance running out stops cleanly; a replayed key is the same batch;
// a resident cannot be renewed twice by two batches; another establishment's iqama is refused for
// its row without a word about it; more than the rules allow is refused whole.
#include <map>
#include <set>
#include <string>
#include <vector>

#include "domain/identifiers.h"
#include "portal/renewal_fixture.h"

namespace muqeem::portal {
namespace {

using nlohmann::json;

class RenewalBatch : public RenewalTest {
 protected:
  static std::string batch(const std::vector<std::string>& iqamas, int months, const std::string& code = "") {
    json body = {{"durationMonths", months}, {"items", json::array()}};
    for (const auto& iqama : iqamas) body["items"].push_back({{"iqamaNumber", iqama}});
    if (!code.empty()) body["securityCode"] = code;
    return body.dump();
  }
  Response quote_batch(const std::vector<std::string>& iqamas, int months = 12) {
    return call("POST", "/api/v1/iqama-renewals/batches/quote", batch(iqamas, months), token_);
  }
  Response create(const std::vector<std::string>& iqamas, const std::string& key, int months = 12) {
    return call("POST", "/api/v1/iqama-renewals/batches",
                batch(iqamas, months, security_code(token_, "iqama-renewal-batch")), token_, {},
                {{"Idempotency-Key", key}});
  }
  // Carries the batch on until nothing is pending, as the app does; returns its final state.
  json finish(int64_t id) {
    json state;
    for (int calls = 0; calls < 100; ++calls) {
      const Response step =
          call("POST", "/api/v1/iqama-renewals/batches/" + std::to_string(id) + "/continue", "", token_);
      EXPECT_EQ(step.status, 200) << step.body;
      state = body(step);
      if (state["done"]) break;
    }
    return state;
  }
  static std::map<std::string, json> by_iqama(const json& items) {
    std::map<std::string, json> out;
    for (const auto& item : items) out[item["iqamaNumber"]] = item;
    return out;
  }
  void set_balance(int64_t halalas) {
    portal_.db->prepare("UPDATE establishment SET balance_halalas = ?1 WHERE id = 1").bind(1, halalas).run();
  }
  // A well-formed iqama number no resident holds.
  static std::string unheld_iqama() {
    for (int last = 0; last <= 9; ++last) {
      const std::string candidate = "299999999" + std::to_string(last);
      if (domain::IqamaNumber::parse(candidate)) return candidate;
    }
    return {};
  }
};

TEST_F(RenewalBatch, FiftyWithProblemsMixedInRenewExactlyTheEligibleOnesAndChargeTheirSum) {
  std::vector<std::string> iqamas;
  for (int i = 0; i < 50; ++i) iqamas.push_back(eligible(i));
  set(iqamas[5], "passport_expiry = '2025-01-01'");
  set(iqamas[10], "inside_kingdom = 0");
  set(iqamas[15], "insurance_expiry = NULL");
  add_unpaid_violation(iqamas[20], 30000);
  set(iqamas[25], "iqama_expiry = '2029-01-01'");  // years of validity left: not due
  const std::set<std::string> refused = {iqamas[5], iqamas[10], iqamas[15], iqamas[20], iqamas[25]};

  const json quoted = body(quote_batch(iqamas));
  EXPECT_EQ(quoted["eligibleCount"], 45);
  EXPECT_EQ(quoted["totalHalalas"], 45 * 65000);
  EXPECT_EQ(quoted["balanceHalalas"], kGoldenBalance);
  EXPECT_TRUE(quoted["balanceCovers"]);
  for (const auto& [iqama, item] : by_iqama(quoted["items"])) {
    EXPECT_EQ(item["status"] == "eligible", !refused.count(iqama)) << iqama;
    // Each resident as the single quote gives it, problems in words included.
    const json single = body(quote(iqama, 12));
    EXPECT_EQ(item["quote"], single) << iqama;
    if (refused.count(iqama)) {
      EXPECT_EQ(item["problems"], single["problems"]);
    }
  }

  const Response created = create(iqamas, "batch-50");
  ASSERT_EQ(created.status, 201) << created.body;
  const json start = body(created);
  EXPECT_EQ(start["pending"], 45);
  EXPECT_EQ(start["notRenewed"], 5);
  EXPECT_EQ(created.header("Location"),
            "/api/v1/iqama-renewals/batches/" + std::to_string(start["batchId"].get<int64_t>()));
  EXPECT_EQ(renewals(), 0);  // the decision is recorded; renewals come as the batch goes on

  const json done = finish(start["batchId"]);
  EXPECT_TRUE(done["done"]);
  EXPECT_EQ(done["renewed"], 45);
  EXPECT_EQ(done["chargedHalalas"], 45 * 65000);
  EXPECT_EQ(balance(), kGoldenBalance - 45 * 65000);
  EXPECT_EQ(renewals(), 45);
  std::set<std::string> numbers;
  for (const auto& [iqama, item] : by_iqama(done["items"])) {
    if (refused.count(iqama)) {
      EXPECT_EQ(item["outcome"], "not-eligible") << iqama;
      EXPECT_FALSE(item["problems"].empty());
      EXPECT_NE(expiry_of(iqama), "2027-03-01");
      continue;
    }
    EXPECT_EQ(item["outcome"], "renewed") << iqama;
    EXPECT_EQ(item["newExpiry"], "2027-03-01");
    EXPECT_EQ(expiry_of(iqama), "2027-03-01");
    numbers.insert(item["requestNumber"].get<std::string>());
    EXPECT_EQ(
        count("SELECT count(*) FROM audit_log WHERE operation = 'iqama-renewal' AND subject = '" + iqama +
              "' AND outcome LIKE 'renewed " + item["requestNumber"].get<std::string>() + " in batch %'"),
        1);
  }
  EXPECT_EQ(numbers.size(), 45u);  // a request number each
  EXPECT_EQ(count("SELECT count(*) FROM payment WHERE amount_halalas = 65000 AND reference IN (SELECT "
                  "request_number FROM iqama_renewal)"),
            45);
}

TEST_F(RenewalBatch, WhenTheBalanceRunsOutTheRestAreReportedAndNothingIsHalfDone) {
  std::vector<std::string> iqamas;
  for (int i = 0; i < 6; ++i) iqamas.push_back(eligible(i));
  set_balance(3 * 65000 + 30000);
  const json quoted = body(quote_batch(iqamas));
  EXPECT_FALSE(quoted["balanceCovers"]);
  const json done = finish(body(create(iqamas, "short"))["batchId"]);
  EXPECT_TRUE(done["done"]);
  EXPECT_EQ(done["renewed"], 3);
  EXPECT_EQ(done["notRenewed"], 3);
  EXPECT_EQ(balance(), 30000);
  EXPECT_EQ(renewals(), 3);
  int balance_outcomes = 0;
  for (const auto& item : done["items"]) {
    if (item["outcome"] == "balance") {
      ++balance_outcomes;
      EXPECT_EQ(expiry_of(item["iqamaNumber"]), "2026-03-01");  // untouched
      EXPECT_FALSE(item.contains("requestNumber"));
    }
  }
  EXPECT_EQ(balance_outcomes, 3);
}

TEST_F(RenewalBatch, ReplayingTheKeyReturnsTheSameBatchAndNeverChargesTwice) {
  const std::vector<std::string> iqamas = {eligible(0), eligible(1), eligible(2)};
  const std::string code = security_code(token_, "iqama-renewal-batch");
  const auto send = [&] {
    return call("POST", "/api/v1/iqama-renewals/batches", batch(iqamas, 12, code), token_, {},
                {{"Idempotency-Key", "same-batch"}});
  };
  const Response first = send();
  ASSERT_EQ(first.status, 201) << first.body;
  finish(body(first)["batchId"]);
  const Response again = send();  // the first answer was lost; the app sends it again
  EXPECT_EQ(again.status, 201);
  EXPECT_EQ(again.body, first.body);
  EXPECT_EQ(again.header("Idempotent-Replayed"), "true");
  EXPECT_EQ(count("SELECT count(*) FROM renewal_batch"), 1);
  EXPECT_EQ(renewals(), 3);
  EXPECT_EQ(balance(), kGoldenBalance - 3 * 65000);
  // The same key for other residents is another request, refused.
  const Response other = call("POST", "/api/v1/iqama-renewals/batches", batch({eligible(3)}, 12, code),
                              token_, {}, {{"Idempotency-Key", "same-batch"}});
  EXPECT_EQ(other.status, 422);
  EXPECT_EQ(body(other)["type"].get<std::string>().find("idempotency-key-reused") != std::string::npos, true);
}

TEST_F(RenewalBatch, TwoBatchesWithTheSameResidentCannotRenewItTwice) {
  const std::string shared = eligible(0), a_only = eligible(1), b_only = eligible(2);
  const json a = body(create({shared, a_only}, "batch-a"));
  const json b = body(create({shared, b_only}, "batch-b"));
  EXPECT_EQ(by_iqama(b["items"])[shared]["outcome"], "in-another-batch");
  finish(b["batchId"]);
  finish(a["batchId"]);
  EXPECT_EQ(count("SELECT count(*) FROM iqama_renewal n JOIN resident r ON r.id = n.resident_id WHERE "
                  "r.iqama_number = '" +
                  shared + "'"),
            1);
  EXPECT_EQ(expiry_of(shared), "2027-03-01");
  // Renewed since: a third batch finds it no longer due.
  const json c = body(quote_batch({shared}));
  EXPECT_EQ(c["items"][0]["status"], "not-eligible");
  EXPECT_EQ(balance(), kGoldenBalance - 3 * 65000);
}

TEST_F(RenewalBatch, AResidentChangedAfterTheBatchWasMadeIsNotRenewedOnStaleFacts) {
  const std::string iqama = eligible(0);
  const json made = body(create({iqama, eligible(1)}, "stale"));
  ASSERT_EQ(submit(iqama, 12, security_code(token_), "single").status, 201);  // renewed alone meanwhile
  const json done = finish(made["batchId"]);
  EXPECT_EQ(by_iqama(done["items"])[iqama]["outcome"], "changed");
  EXPECT_EQ(renewals(), 2);  // the single one and the other resident, nothing twice
  EXPECT_EQ(expiry_of(iqama), "2027-03-01");
}

TEST_F(RenewalBatch, AnotherEstablishmentsIqamaIsRefusedForItsRowRevealingNothing) {
  const std::string theirs = nth_resident(2, 0);
  const std::string nobody = unheld_iqama();
  ASSERT_FALSE(nobody.empty());
  const json quoted = body(quote_batch({eligible(0), theirs, nobody}));
  auto items = by_iqama(quoted["items"]);
  EXPECT_EQ(items[theirs]["status"], "not-found");
  EXPECT_FALSE(items[theirs].contains("quote"));
  // Word for word what a number nobody holds gets: nothing tells the two apart.
  items[theirs].erase("iqamaNumber");
  items[nobody].erase("iqamaNumber");
  EXPECT_EQ(items[theirs], items[nobody]);
  EXPECT_EQ(quoted["eligibleCount"], 1);

  const json done = finish(body(create({eligible(0), theirs}, "mixed"))["batchId"]);
  EXPECT_EQ(by_iqama(done["items"])[theirs]["outcome"], "not-found");
  EXPECT_FALSE(by_iqama(done["items"])[theirs].contains("name"));
  EXPECT_EQ(done["renewed"], 1);
  // Nor can the other establishment read this batch.
  const std::string other = sign_in("nakheel.admin");
  const std::string path = "/api/v1/iqama-renewals/batches/" + std::to_string(done["batchId"].get<int64_t>());
  EXPECT_EQ(call("GET", path, "", other).status, 404);
  EXPECT_EQ(call("POST", path + "/continue", "", other).status, 404);
}

TEST_F(RenewalBatch, MoreThanTheRulesAllowIsRefusedWholeAndNothingIsStored) {
  std::vector<std::string> many(501, eligible(0));
  const Response quoted = quote_batch(many);
  EXPECT_EQ(quoted.status, 422);
  EXPECT_NE(body(quoted)["type"].get<std::string>().find("batch-too-large"), std::string::npos);
  EXPECT_NE(quoted.body.find("At most 500 iqamas"), std::string::npos);
  const Response created = create(many, "too-many");
  EXPECT_EQ(created.status, 422);
  EXPECT_EQ(count("SELECT count(*) FROM renewal_batch"), 0);
  // 500 is within the limit (the same resident 500 times: one to renew, the rest duplicates).
  many.pop_back();
  const json within = body(quote_batch(many));
  EXPECT_EQ(within["eligibleCount"], 1);
  EXPECT_EQ(within["items"][499]["status"], "duplicate");
}

TEST_F(RenewalBatch, AWrongCodeOrNothingToRenewStoresNothing) {
  const std::string iqama = eligible(0);
  security_code(token_, "iqama-renewal-batch");
  const Response wrong = call("POST", "/api/v1/iqama-renewals/batches", batch({iqama}, 12, "000000"), token_,
                              {}, {{"Idempotency-Key", "wrong"}});
  EXPECT_EQ(wrong.status, 400);
  set(iqama, "inside_kingdom = 0");
  const Response nothing = create({iqama}, "nothing");
  EXPECT_EQ(nothing.status, 422);
  EXPECT_NE(body(nothing)["type"].get<std::string>().find("nothing-to-renew"), std::string::npos);
  EXPECT_EQ(count("SELECT count(*) FROM renewal_batch"), 0);
  EXPECT_EQ(renewals(), 0);
}

TEST_F(RenewalBatch, OnlyHoldersOfTheRenewalPermissionMayQuoteOrRenewInBulk) {
  const std::string clerk = sign_in("golden.clerk");
  const Response refused =
      call("POST", "/api/v1/iqama-renewals/batches/quote", batch({eligible(0)}, 12), clerk);
  EXPECT_EQ(refused.status, 403);
}

}  // namespace
}  // namespace muqeem::portal
