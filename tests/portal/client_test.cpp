// The app's API client against the reference server: in-process (the static demo's path) and over
// real HTTP, and how every kind of failure reaches the caller.
#include "api/native_http_transport.h"
#include "portal/client_fixture.h"
#include "portal/in_process_transport.h"

namespace muqeem::portal {
namespace {

TEST_F(ClientTest, SignsInAndSearchesResidentsInProcess) {
  InProcessTransport transport(*portal_.router);
  api::PortalClient client(transport);
  sign_in(client);
  const auto page =
      await<api::ResidentPage>([&](auto reply) { client.residents({.text = "محمد", .size = 5}, reply); });
  ASSERT_TRUE(page);
  ASSERT_FALSE(page->content.empty());
  for (const auto& resident : page->content) EXPECT_EQ(resident.name.ar.rfind("محمد", 0), 0u);
}

TEST_F(ClientTest, TheServerDateComesInBothCalendars) {
  InProcessTransport transport(*portal_.router);
  api::PortalClient client(transport);
  const auto config = await<api::ConfigResponse>([&](auto reply) { client.config(reply); });
  ASSERT_TRUE(config);
  EXPECT_EQ(config->date, "2026-01-01");  // the test clock: 2026-01-01 00:00 UTC, 03:00 in Riyadh
  EXPECT_EQ(config->hijri_date, "1447-07-12");
}

TEST_F(ClientTest, AProblemArrivesWithItsFieldErrors) {
  InProcessTransport transport(*portal_.router);
  api::PortalClient client(transport);
  const auto result = await<api::CodeChallengeResponse>([&](auto reply) {
    client.sign_in({"golden.admin", "Muqeem@2026", "no-such-captcha", "ABCDE"}, reply);
  });
  ASSERT_FALSE(result);
  EXPECT_EQ(result.error().kind, api::ApiError::Kind::Problem);
  ASSERT_TRUE(result.error().problem);
  EXPECT_EQ(result.error().problem->errors.at(0).field, "captchaAnswer");
  EXPECT_FALSE(result.error().problem->title.ar.empty());
}

TEST_F(ClientTest, AnEndedSessionIsAnEventAndForgetsTheToken) {
  InProcessTransport transport(*portal_.router);
  api::PortalClient client(transport);
  sign_in(client);
  int expired = 0;
  client.on_session_expired = [&expired] { ++expired; };
  portal_.db->execute("DELETE FROM session");  // as if it had timed out on the server
  const auto page = await<api::ResidentPage>([&](auto reply) { client.residents({}, reply); });
  ASSERT_FALSE(page);
  EXPECT_EQ(page.error().kind, api::ApiError::Kind::SessionExpired);
  EXPECT_EQ(expired, 1);
  EXPECT_FALSE(client.signed_in());
}

// The app's session warning reads the client's session_expires_at(): set at sign-in, moved on by every
// signed-in answer's Session-Expires-At and by "stay signed in", forgotten at sign-out.
TEST_F(ClientTest, KnowsWhenTheSessionEndsAndCanExtendIt) {
  constexpr int64_t kIdle = 15 * 60;
  InProcessTransport transport(*portal_.router);
  api::PortalClient client(transport);
  EXPECT_FALSE(client.session_expires_at());
  const int64_t signed_in_at = portal_.now;
  sign_in(client);
  EXPECT_EQ(client.session_expires_at(), signed_in_at + kIdle);
  portal_.now += 5 * 60;
  ASSERT_TRUE(await<api::ResidentPage>([&](auto reply) { client.residents({.size = 1}, reply); }));
  EXPECT_EQ(client.session_expires_at(), portal_.now + kIdle);
  portal_.now += 13 * 60;
  const auto extended = await<api::SessionResponse>([&](auto reply) { client.extend_session(reply); });
  ASSERT_TRUE(extended);
  EXPECT_EQ(extended->expires_at, portal_.now + kIdle);
  EXPECT_EQ(extended->token.size(), 64u);  // the same session, still held
  EXPECT_EQ(client.session_expires_at(), portal_.now + kIdle);
  client.sign_out({});
  EXPECT_FALSE(client.session_expires_at());
}

TEST_F(ClientTest, ResendsTheSignInCodeOnceTheWaitIsOver) {
  InProcessTransport transport(*portal_.router);
  api::PortalClient client(transport);
  const auto captcha = await<api::CaptchaResponse>([&](auto reply) { client.new_captcha(reply); });
  ASSERT_TRUE(captcha);
  const std::string answer = outbox()["captchas"][0]["answer"];
  const auto challenge = await<api::CodeChallengeResponse>([&](auto reply) {
    client.sign_in({"golden.admin", "Muqeem@2026", captcha->captcha_id, answer}, reply);
  });
  ASSERT_TRUE(challenge);
  EXPECT_EQ(challenge->attempts_left, 3);
  EXPECT_EQ(challenge->resend_available_at, portal_.now + 60);
  const auto early = await<api::CodeChallengeResponse>(
      [&](auto reply) { client.resend_code({challenge->challenge_id}, reply); });
  ASSERT_FALSE(early);
  EXPECT_EQ(early.error().status, 429);
  ASSERT_TRUE(early.error().problem);
  EXPECT_EQ(early.error().problem->resend_available_at, challenge->resend_available_at);
  portal_.now = challenge->resend_available_at;
  const auto resent = await<api::CodeChallengeResponse>(
      [&](auto reply) { client.resend_code({challenge->challenge_id}, reply); });
  ASSERT_TRUE(resent);
  EXPECT_EQ(resent->resends_left, 2);
  const auto wrong = await<api::SessionResponse>([&](auto reply) {
    client.verify_code({challenge->challenge_id, "12345"}, reply);
  });
  ASSERT_FALSE(wrong);
  ASSERT_TRUE(wrong.error().problem);
  EXPECT_EQ(wrong.error().problem->attempts_left, 2);
}

// The residents screen's filters and the file's tabs, over real HTTP.
TEST_F(ClientTest, FiltersByIqamaStatusAndOpensAFileOverRealHttp) {
  HttpServing serving(*portal_.router);
  const int port = serving.port();
  ASSERT_GT(port, 0);
  api::NativeHttpTransport transport("127.0.0.1", port);
  api::PortalClient client(transport);
  sign_in(client);
  const auto dashboard = await<api::EstablishmentProfile>([&](auto reply) { client.establishment(reply); });
  const auto expired = await<api::ResidentPage>([&](auto reply) {
    client.residents({.status = "expired", .sort = "iqamaExpiry,desc", .size = 5}, reply);
  });
  const auto soon = await<api::ResidentPage>(
      [&](auto reply) { client.residents({.expiring_within_days = 30, .status = "valid"}, reply); });
  store::Statement abroad = portal_.db->prepare(
      "SELECT iqama_number FROM resident WHERE establishment_id = 1 AND inside_kingdom = 0 LIMIT 1");
  ASSERT_TRUE(abroad.step());
  const auto file =
      await<api::ResidentFile>([&](auto reply) { client.resident_file(abroad.text(0), reply); });
  const auto session_end = client.session_expires_at();

  ASSERT_TRUE(dashboard && expired && soon && file);
  EXPECT_EQ(expired->total_elements, dashboard->dashboard.iqamas_expired);
  EXPECT_LT(expired->content.at(0).iqama_expiry, "2026-01-01");  // before today
  EXPECT_EQ(soon->total_elements, dashboard->dashboard.expiring_within_30_days);
  EXPECT_FALSE(file->inside_kingdom);
  ASSERT_FALSE(file->visas.empty());  // abroad on an exit/re-entry visa
  EXPECT_EQ(file->visas[0].status.code, "issued");
  EXPECT_EQ(session_end, portal_.now + 15 * 60);  // the header came through cpp-httplib too
}

class ScriptedTransport : public api::Transport {
 public:
  explicit ScriptedTransport(api::TransportResult answer) : answer_(std::move(answer)) {}
  void send(api::HttpRequest, std::function<void(api::TransportResult)> done) override { done(answer_); }

 private:
  api::TransportResult answer_;
};

TEST(PortalClientFailures, EachKindOfFailureIsTyped) {
  const auto kind_for = [](api::TransportResult answer) {
    ScriptedTransport transport(std::move(answer));
    api::PortalClient client(transport);
    return await<api::CaptchaResponse>([&](auto reply) { client.new_captcha(reply); }).error().kind;
  };
  EXPECT_EQ(kind_for(api::TransportError::Network), api::ApiError::Kind::Network);
  EXPECT_EQ(kind_for(api::TransportError::Timeout), api::ApiError::Kind::Timeout);
  EXPECT_EQ(kind_for(api::HttpResponse{200, "text/html", "<html>maintenance</html>"}),
            api::ApiError::Kind::Decode);
  EXPECT_EQ(kind_for(api::HttpResponse{502, "text/html", "<html>Bad gateway</html>"}),
            api::ApiError::Kind::Decode);
  EXPECT_EQ(kind_for(api::HttpResponse{200, "application/json", R"({"captchaId": 5})"}),
            api::ApiError::Kind::Decode);
}

TEST_F(ClientTest, WorksOverRealHttp) {
  HttpServing serving(*portal_.router);
  const int port = serving.port();
  ASSERT_GT(port, 0);
  api::NativeHttpTransport transport("127.0.0.1", port);
  api::PortalClient client(transport);
  sign_in(client);
  const auto page = await<api::ResidentPage>([&](auto reply) {
    client.residents({.expiring_within_days = 30, .sort = "iqamaExpiry,desc", .size = 3}, reply);
  });
  ASSERT_TRUE(page);
  EXPECT_EQ(page->content.size(), 3u);
  EXPECT_LE(page->content[0].iqama_expiry, "2026-01-31");
  EXPECT_GE(page->content[0].iqama_expiry, page->content[1].iqama_expiry);
}

// The renewal journey as the app makes it, over real HTTP: establishment, security code, quote,
// renewal, and a retry with the same Idempotency-Key that returns the first result.
TEST_F(ClientTest, RenewsAnIqamaOverRealHttp) {
  store::Statement pick =
      portal_.db->prepare("SELECT iqama_number FROM resident WHERE establishment_id = 1 ORDER BY id LIMIT 1");
  ASSERT_TRUE(pick.step());
  const std::string iqama = pick.text(0);
  portal_.db
      ->prepare(
          "UPDATE resident SET iqama_expiry = '2026-03-01', passport_expiry = '2030-05-01', insurance_expiry "
          "= "
          "'2026-12-31', inside_kingdom = 1, absent_reported_on = NULL, late_renewals = 0, occupation_code = "
          "'ENG-CIV' WHERE iqama_number = ?1")
      .bind(1, iqama)
      .run();
  portal_.db->execute("UPDATE traffic_violation SET paid = 1");

  HttpServing serving(*portal_.router);
  const int port = serving.port();
  ASSERT_GT(port, 0);
  api::NativeHttpTransport transport("127.0.0.1", port);
  api::PortalClient client(transport);
  sign_in(client);

  const auto before = await<api::EstablishmentProfile>([&](auto reply) { client.establishment(reply); });
  const auto quote = await<api::RenewalQuote>([&](auto reply) { client.quote_renewal({iqama, 12}, reply); });
  const auto sent = await<api::SecurityCodeResponse>(
      [&](auto reply) { client.request_security_code({"iqama-renewal"}, reply); });
  const std::string sms = outbox()["messages"][0]["text"];
  const api::RenewalRequest renewal{iqama, 12, sms.substr(sms.size() - 6)};
  const auto first =
      await<api::RenewalResult>([&](auto reply) { client.renew_iqama(renewal, "client-key-1", reply); });
  const auto retry =
      await<api::RenewalResult>([&](auto reply) { client.renew_iqama(renewal, "client-key-1", reply); });
  const auto without_code = await<api::RenewalResult>([&](auto reply) {
    client.renew_iqama({iqama, 12, ""}, "client-key-2", reply);
  });
  const auto after = await<api::EstablishmentProfile>([&](auto reply) { client.establishment(reply); });

  ASSERT_TRUE(before && quote && sent && first && retry && after);
  EXPECT_EQ(before->name.en, "Golden Sands Contracting Co.");
  EXPECT_EQ(before->package.code, "comprehensive");
  EXPECT_TRUE(quote->eligible);
  EXPECT_EQ(quote->total_halalas, 65000);  // SAR 650 for a year
  EXPECT_EQ(sent->masked_mobile, "05******67");
  EXPECT_EQ(first->iqama_number, iqama);
  EXPECT_EQ(first->new_expiry, "2027-03-01");
  EXPECT_EQ(first->total_halalas, quote->total_halalas);
  EXPECT_EQ(retry->request_number, first->request_number);
  EXPECT_EQ(after->balance_halalas, before->balance_halalas - 65000);  // charged once
  ASSERT_FALSE(without_code);
  EXPECT_EQ(without_code.error().kind, api::ApiError::Kind::Problem);
  ASSERT_TRUE(without_code.error().problem);
  EXPECT_EQ(without_code.error().problem->errors.at(0).field, "securityCode");
}

// The print page's calls over real HTTP: the renewal's printed result with its QR code, and the check
// anyone can make of the paper's code with a client that never signed in.
TEST_F(ClientTest, PrintsARenewalAndVerifiesItsCodeOverRealHttp) {
  store::Statement pick =
      portal_.db->prepare("SELECT iqama_number FROM resident WHERE establishment_id = 1 ORDER BY id LIMIT 1");
  ASSERT_TRUE(pick.step());
  const std::string iqama = pick.text(0);
  portal_.db
      ->prepare(
          "UPDATE resident SET iqama_expiry = '2026-03-01', passport_expiry = '2030-05-01', insurance_expiry "
          "= '2026-12-31', inside_kingdom = 1, absent_reported_on = NULL, late_renewals = 0, occupation_code "
          "= 'ENG-CIV' WHERE iqama_number = ?1")
      .bind(1, iqama)
      .run();
  portal_.db->execute("UPDATE traffic_violation SET paid = 1");

  HttpServing serving(*portal_.router);
  const int port = serving.port();
  ASSERT_GT(port, 0);
  api::NativeHttpTransport transport("127.0.0.1", port);
  api::PortalClient officer(transport), passer_by(transport);
  sign_in(officer);
  const auto sent = await<api::SecurityCodeResponse>(
      [&](auto reply) { officer.request_security_code({"iqama-renewal"}, reply); });
  const std::string sms = outbox()["messages"][0]["text"];
  const auto renewed = await<api::RenewalResult>([&](auto reply) {
    officer.renew_iqama({iqama, 12, sms.substr(sms.size() - 6)}, "print-key", reply);
  });
  ASSERT_TRUE(sent && renewed);
  const auto printed = await<api::RenewalDocument>(
      [&](auto reply) { officer.renewal_document(renewed->request_number, reply); });
  ASSERT_TRUE(printed);
  const auto verified = await<api::VerifiedDocument>(
      [&](auto reply) { passer_by.verify_document(printed->verification.code, reply); });
  const auto unknown =
      await<api::VerifiedDocument>([&](auto reply) { passer_by.verify_document("0123456789ABCDEF", reply); });
  const auto unsigned_print = await<api::RenewalDocument>(
      [&](auto reply) { passer_by.renewal_document(renewed->request_number, reply); });

  EXPECT_EQ(printed->renewal.request_number, renewed->request_number);
  EXPECT_EQ(printed->renewal.new_expiry, "2027-03-01");
  EXPECT_EQ(printed->establishment.en, "Golden Sands Contracting Co.");
  EXPECT_EQ(printed->verification.url,
            "http://127.0.0.1:" + std::to_string(port) + "/#/verify?code=" + printed->verification.code);
  EXPECT_EQ(printed->verification.qr_svg.rfind("<svg", 0), 0u);
  ASSERT_TRUE(verified);
  EXPECT_EQ(verified->request_number, renewed->request_number);
  EXPECT_EQ(verified->iqama_number, "******" + iqama.substr(6));
  EXPECT_EQ(verified->issuer.en, "Golden Sands Contracting Co.");
  ASSERT_FALSE(unknown);
  EXPECT_EQ(unknown.error().kind, api::ApiError::Kind::Problem);
  EXPECT_EQ(unknown.error().status, 404);
  ASSERT_FALSE(unsigned_print);
  EXPECT_EQ(unsigned_print.error().kind, api::ApiError::Kind::SessionExpired);
}

}  // namespace
}  // namespace muqeem::portal
