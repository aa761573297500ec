// The transactions beyond renewal as the app makes them, through its client over real HTTP: a new
// arrival's iqama, a change of occupation, a passport update, and a transfer of services asked by one
// establishment's officer and answered by the other's; each with its security code, and a retry with
// the same Idempotency-Key returning the first answer.
#include "api/native_http_transport.h"
#include "domain/identifiers.h"
#include "portal/client_fixture.h"

namespace muqeem::portal {
namespace {

class ClientTransactions : public ClientTest {
 protected:
  void SetUp() override {
    ASSERT_GT(serving_.port(), 0);
    sign_in(golden_, "golden.admin");
    sign_in(nakheel_, "nakheel.admin");
  }
  // A security code for `operation`, asked through the client and read from the SMS.
  std::string code_for(api::PortalClient& client, const std::string& operation) {
    const auto sent = await<api::SecurityCodeResponse>(
        [&](auto reply) { client.request_security_code({operation}, reply); });
    EXPECT_TRUE(sent);
    return last_code();
  }
  // The first resident of the demo establishment, clear for any transaction.
  std::string clean_resident(int nth) {
    store::Statement pick = portal_.db->prepare(
        "SELECT iqama_number FROM resident WHERE establishment_id = 1 ORDER BY id LIMIT 1 OFFSET ?1");
    pick.bind(1, int64_t{nth});
    EXPECT_TRUE(pick.step());
    const std::string iqama = pick.text(0);
    portal_.db
        ->prepare(
            "UPDATE resident SET passport_expiry = '2030-05-01', occupation_code = 'LAB', previous_transfers "
            "= 0, "
            "qiwa_approved_occupation = 'ELC' WHERE iqama_number = ?1")
        .bind(1, iqama)
        .run();
    portal_.db->execute("UPDATE traffic_violation SET paid = 1");
    return iqama;
  }
  int64_t balance(api::PortalClient& client) {
    const auto profile = await<api::EstablishmentProfile>([&](auto reply) { client.establishment(reply); });
    return profile ? profile->balance_halalas : -1;
  }

  HttpServing serving_{*portal_.router};
  api::NativeHttpTransport transport_{"127.0.0.1", serving_.port()};
  api::PortalClient golden_{transport_}, nakheel_{transport_};
};

TEST_F(ClientTransactions, IssuesANewArrivalsIqamaOnceThoughTheAnswerIsAskedForTwice) {
  const auto arrivals = await<api::NewArrivalPage>([&](auto reply) { golden_.new_arrivals(0, 200, reply); });
  ASSERT_TRUE(arrivals);
  ASSERT_FALSE(arrivals->content.empty());
  // One of the demo's arrivals with every step done (store/demo_transactions.cpp).
  store::Statement ready = portal_.db->prepare(
      "SELECT border_number FROM new_arrival WHERE establishment_id = 1 AND medical_exam_done = 1 AND "
      "fingerprint_taken = 1 AND inside_kingdom = 1 AND insurance_expiry IS NOT NULL AND passport_expiry > "
      "'2026-04-01' AND entry_date > '2025-10-02' ORDER BY id LIMIT 1");
  ASSERT_TRUE(ready.step());
  api::IssueRequest request{
      ready.text(0), {"خوسيه سانتوس", "Jose Santos"}, "0551234567", "TEC", "PHL", 12, ""};
  const auto quote = await<api::IssueQuote>([&](auto reply) { golden_.quote_iqama_issue(request, reply); });
  ASSERT_TRUE(quote);
  EXPECT_TRUE(quote->eligible);
  EXPECT_EQ(quote->total_halalas, 65000);  // SAR 650 for a year
  const int64_t before = balance(golden_);
  request.security_code = code_for(golden_, "iqama-issue");
  const auto issued =
      await<api::IssueResult>([&](auto reply) { golden_.issue_iqama(request, "client-issue", reply); });
  const auto retried =
      await<api::IssueResult>([&](auto reply) { golden_.issue_iqama(request, "client-issue", reply); });
  ASSERT_TRUE(issued && retried);
  EXPECT_TRUE(domain::IqamaNumber::parse(issued->iqama_number));
  EXPECT_EQ(retried->iqama_number, issued->iqama_number);
  EXPECT_EQ(issued->request_number.substr(0, 2), "02");
  EXPECT_EQ(balance(golden_), before - 65000);
  const auto file =
      await<api::ResidentFile>([&](auto reply) { golden_.resident_file(issued->iqama_number, reply); });
  ASSERT_TRUE(file);
  EXPECT_EQ(file->summary.name.en, "Jose Santos");
}

TEST_F(ClientTransactions, ChangesAnOccupationAndUpdatesAPassport) {
  const std::string iqama = clean_resident(0);
  const auto occupations = await<std::vector<api::Coded>>([&](auto reply) { golden_.occupations(reply); });
  ASSERT_TRUE(occupations);
  EXPECT_GT(occupations->size(), 5u);
  const auto quote = await<api::OccupationChangeQuote>([&](auto reply) {
    golden_.quote_occupation_change({iqama, "ELC", ""}, reply);
  });
  ASSERT_TRUE(quote);
  ASSERT_TRUE(quote->qiwa_approved_occupation);
  EXPECT_EQ(quote->qiwa_approved_occupation->en, "Electrician");
  EXPECT_EQ(quote->total_halalas, 200000);  // SAR 2,000
  const auto changed = await<api::OccupationChangeResult>([&](auto reply) {
    golden_.change_occupation({iqama, "ELC", code_for(golden_, "occupation-change")}, "client-change", reply);
  });
  ASSERT_TRUE(changed);
  EXPECT_EQ(changed->occupation.code, "ELC");

  const auto updated = await<api::PassportUpdateResult>([&](auto reply) {
    golden_.update_passport(
        {iqama, "P7654321", "2025-12-01", "2035-11-30", "PAK", code_for(golden_, "passport-update")},
        "client-passport", reply);
  });
  ASSERT_TRUE(updated);
  EXPECT_EQ(updated->previous_expiry, "2030-05-01");
  EXPECT_EQ(updated->issuing_country.en, "Pakistan");
  const auto refused = await<api::PassportUpdateResult>([&](auto reply) {
    golden_.update_passport(
        {iqama, "P7654321", "2025-12-01", "2025-11-30", "PAK", code_for(golden_, "passport-update")},
        "client-passport-2", reply);
  });
  ASSERT_FALSE(refused);
  ASSERT_TRUE(refused.error().problem);
  EXPECT_EQ(refused.error().problem->errors.at(0).field, "expiryDate");
}

TEST_F(ClientTransactions, TransfersAResidentAskedByOneEstablishmentAndAcceptedByTheOther) {
  const std::string iqama = clean_resident(0), declined_one = clean_resident(1);
  const auto quote = await<api::TransferQuote>([&](auto reply) {
    golden_.quote_service_transfer({iqama, "7009876543", ""}, reply);
  });
  ASSERT_TRUE(quote);
  EXPECT_EQ(quote->total_halalas, 200000);  // a first transfer: SAR 2,000, paid by the new establishment
  const auto asked = await<api::ServiceTransfer>([&](auto reply) {
    golden_.request_service_transfer({iqama, "7009876543", code_for(golden_, "service-transfer")},
                                     "client-ask", reply);
  });
  const auto asked_too = await<api::ServiceTransfer>([&](auto reply) {
    golden_.request_service_transfer({declined_one, "7009876543", code_for(golden_, "service-transfer")},
                                     "client-ask-2", reply);
  });
  ASSERT_TRUE(asked && asked_too);
  EXPECT_EQ(asked->status.code, "pending");

  const auto incoming = await<api::ServiceTransferPage>(
      [&](auto reply) { nakheel_.service_transfers({.direction = "incoming", .status = "pending"}, reply); });
  ASSERT_TRUE(incoming);
  EXPECT_EQ(incoming->total_elements, 2);
  const int64_t before = balance(nakheel_);
  const auto accepted = await<api::ServiceTransfer>([&](auto reply) {
    nakheel_.accept_service_transfer(asked->request_number, {code_for(nakheel_, "service-transfer-accept")},
                                     "client-yes", reply);
  });
  const auto declined = await<api::ServiceTransfer>([&](auto reply) {
    nakheel_.decline_service_transfer(asked_too->request_number,
                                      {code_for(nakheel_, "service-transfer-decline")}, "client-no", reply);
  });
  ASSERT_TRUE(accepted && declined);
  EXPECT_EQ(accepted->status.code, "accepted");
  EXPECT_EQ(declined->status.code, "declined");
  EXPECT_EQ(balance(nakheel_), before - 200000);
  EXPECT_TRUE(await<api::ResidentFile>([&](auto reply) { nakheel_.resident_file(iqama, reply); }));
  const auto gone = await<api::ResidentFile>([&](auto reply) { golden_.resident_file(iqama, reply); });
  ASSERT_FALSE(gone);
  EXPECT_EQ(gone.error().status, 404);
  const auto seen = await<api::ServiceTransfer>(
      [&](auto reply) { golden_.service_transfer(asked->request_number, reply); });
  ASSERT_TRUE(seen);
  EXPECT_EQ(seen->status.code, "accepted");
  EXPECT_TRUE(await<api::ResidentFile>([&](auto reply) { golden_.resident_file(declined_one, reply); }));
}

}  // namespace
}  // namespace muqeem::portal
