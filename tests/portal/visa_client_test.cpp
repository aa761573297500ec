// The visa journeys as the app makes them with its client, over real HTTP: an exit/re-entry visa quoted,
// issued (a retry with the same Idempotency-Key returns the first visa and charges once), listed, found
// by number, extended, printed and checked by anyone, cancelled; a final exit; and the public validity
// check with and without the right cross-check.
#include "api/native_http_transport.h"
#include "portal/client_fixture.h"

namespace muqeem::portal {
namespace {

class VisaClient : public ClientTest {
 protected:
  // A resident of the demo establishment with nothing in the way of a visa (today is 2026-01-01).
  std::string ready(int nth) {
    store::Statement pick = portal_.db->prepare(
        "SELECT iqama_number, id FROM resident WHERE establishment_id = 1 ORDER BY id LIMIT 1 OFFSET ?1");
    pick.bind(1, int64_t{nth});
    EXPECT_TRUE(pick.step());
    portal_.db
        ->prepare(
            "UPDATE resident SET iqama_expiry = '2026-12-31', passport_expiry = '2030-05-01', inside_kingdom "
            "= 1 "
            "WHERE id = ?1")
        .bind(1, pick.integer(1))
        .run();
    for (const char* clear : {"UPDATE traffic_violation SET paid = 1 WHERE resident_id = ?1",
                              "UPDATE visa SET status = 'used' WHERE resident_id = ?1",
                              "DELETE FROM vehicle WHERE resident_id = ?1"})
      portal_.db->prepare(clear).bind(1, pick.integer(1)).run();
    return pick.text(0);
  }
  std::string code_for(api::PortalClient& client, const std::string& operation) {
    const auto sent = await<api::SecurityCodeResponse>(
        [&](auto reply) { client.request_security_code({operation}, reply); });
    EXPECT_TRUE(sent);
    return last_code();
  }
  int64_t balance(api::PortalClient& client) {
    const auto profile = await<api::EstablishmentProfile>([&](auto reply) { client.establishment(reply); });
    return profile ? profile->balance_halalas : -1;
  }
};

TEST_F(VisaClient, IssuesListsExtendsPrintsChecksAndCancelsAnExitReentryVisaOverRealHttp) {
  const std::string iqama = ready(0);
  HttpServing served(*portal_.router);
  api::NativeHttpTransport transport("127.0.0.1", served.port());
  api::PortalClient officer(transport), passer_by(transport);
  sign_in(officer);
  const int64_t before = balance(officer);

  api::ExitReentryRequest request{iqama, "single", 60, "", ""};
  const auto quote = await<api::VisaQuote>([&](auto reply) { officer.quote_exit_reentry(request, reply); });
  ASSERT_TRUE(quote);
  EXPECT_TRUE(quote->eligible);
  EXPECT_EQ(quote->total_halalas, 20000);  // SAR 200 for up to two months
  EXPECT_EQ(quote->expires_on, "2026-03-02");
  request.security_code = code_for(officer, "exit-reentry-visa");
  const auto issued =
      await<api::VisaResult>([&](auto reply) { officer.issue_exit_reentry(request, "client-erv-1", reply); });
  const auto retried =
      await<api::VisaResult>([&](auto reply) { officer.issue_exit_reentry(request, "client-erv-1", reply); });
  ASSERT_TRUE(issued && retried);
  const std::string visa = issued->visa.visa_number;
  EXPECT_EQ(retried->visa.visa_number, visa);
  EXPECT_EQ(issued->charged_halalas, 20000);
  EXPECT_EQ(balance(officer), before - 20000);  // charged once

  const auto listed =
      await<api::VisaPage>([&](auto reply) { officer.visas({.iqama_number = iqama}, reply); });
  ASSERT_TRUE(listed);
  ASSERT_FALSE(listed->content.empty());
  EXPECT_EQ(listed->content[0].visa_number, visa);
  const auto found = await<api::VisaDetails>([&](auto reply) { officer.visa(visa, reply); });
  ASSERT_TRUE(found);
  EXPECT_EQ(found->status.code, "issued");

  // 60 days to 90: a third month at SAR 100.
  api::ExtensionRequest longer{30, "", ""};
  const auto extension_quote =
      await<api::VisaQuote>([&](auto reply) { officer.quote_extension(visa, longer, reply); });
  ASSERT_TRUE(extension_quote);
  EXPECT_EQ(extension_quote->total_halalas, 10000);
  longer.security_code = code_for(officer, "exit-reentry-extension");
  const auto extended =
      await<api::VisaResult>([&](auto reply) { officer.extend_visa(visa, longer, "client-ext-1", reply); });
  ASSERT_TRUE(extended);
  EXPECT_EQ(extended->visa.expires_on, "2026-04-01");

  const auto printed = await<api::VisaDocument>([&](auto reply) { officer.visa_document(visa, reply); });
  ASSERT_TRUE(printed);
  EXPECT_EQ(printed->visa.expires_on, "2026-04-01");
  EXPECT_EQ(printed->establishment.en, "Golden Sands Contracting Co.");
  const auto checked = await<api::VerifiedDocument>(
      [&](auto reply) { passer_by.verify_document(printed->verification.code, reply); });
  ASSERT_TRUE(checked);
  EXPECT_EQ(checked->document_kind, "visa");
  ASSERT_TRUE(checked->visa);
  EXPECT_EQ(checked->visa->type.code, "exit-reentry-single");

  const auto valid = await<api::VisaValidity>([&](auto reply) {
    passer_by.visa_validity({"", visa, printed->passport_number, ""}, reply);
  });
  ASSERT_TRUE(valid);
  EXPECT_EQ(valid->visa.status.code, "valid");
  EXPECT_EQ(valid->visa.duration_days, 90);
  const auto wrong = await<api::VisaValidity>([&](auto reply) {
    passer_by.visa_validity({"", visa, "X0000000", ""}, reply);
  });
  ASSERT_FALSE(wrong);
  EXPECT_EQ(wrong.error().kind, api::ApiError::Kind::Problem);
  EXPECT_EQ(wrong.error().status, 404);

  const auto cancel_quote =
      await<api::VisaQuote>([&](auto reply) { officer.quote_cancellation(visa, reply); });
  ASSERT_TRUE(cancel_quote);
  EXPECT_TRUE(cancel_quote->eligible);
  const std::string cancel_code = code_for(officer, "visa-cancellation");
  const auto cancelled = await<api::VisaResult>(
      [&](auto reply) { officer.cancel_visa(visa, {cancel_code}, "client-cancel-1", reply); });
  ASSERT_TRUE(cancelled);
  EXPECT_EQ(cancelled->visa.status.code, "cancelled");
  EXPECT_EQ(balance(officer), before - 30000);  // nothing refunded
  const auto after = await<api::VisaValidity>([&](auto reply) {
    passer_by.visa_validity({iqama, "", printed->passport_number, ""}, reply);
  });
  ASSERT_TRUE(after);
  EXPECT_EQ(after->visa.status.code, "cancelled");
}

TEST_F(VisaClient, AFinalExitOverRealHttpAndTheVehicleRuleAsAProblem) {
  const std::string leaving = ready(1), owner = ready(2);
  portal_.db
      ->prepare(
          "INSERT INTO vehicle (resident_id, sequence_number, plate_ar, plate_en, make_ar, make_en, model, "
          "year, "
          "registration_expiry) SELECT id, '819999992', 'ا ب ح ١', 'A B J 1', 'كيا', 'Kia', 'Rio', 2018, "
          "'2026-05-01' FROM resident WHERE iqama_number = ?1")
      .bind(1, owner)
      .run();
  HttpServing served(*portal_.router);
  api::NativeHttpTransport transport("127.0.0.1", served.port());
  api::PortalClient officer(transport);
  sign_in(officer);
  const auto blocked = await<api::VisaQuote>([&](auto reply) {
    officer.quote_final_exit({owner, ""}, reply);
  });
  ASSERT_TRUE(blocked);
  EXPECT_FALSE(blocked->eligible);
  ASSERT_EQ(blocked->problems.size(), 1u);
  EXPECT_EQ(blocked->problems[0].code, "vehicle-registered");
  const std::string code = code_for(officer, "final-exit");
  const auto refused = await<api::VisaResult>([&](auto reply) {
    officer.issue_final_exit({owner, code}, "client-fe-0", reply);
  });
  ASSERT_FALSE(refused);
  EXPECT_EQ(refused.error().status, 422);
  const auto issued = await<api::VisaResult>([&](auto reply) {
    officer.issue_final_exit({leaving, code}, "client-fe-1", reply);
  });
  ASSERT_TRUE(issued);
  EXPECT_EQ(issued->visa.type.code, "final-exit");
  EXPECT_EQ(issued->visa.expires_on, "2026-03-02");
  EXPECT_EQ(issued->charged_halalas, 0);
}

}  // namespace
}  // namespace muqeem::portal
