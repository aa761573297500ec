// The app's client for Tawasul, users and the public requests, over real HTTP against the reference
// server (cpp-httplib on a free port): attachments up and down, a request returned to the applicant
// answered, a user added and activated, permissions granted and refused, the public forms.
#include <arpa/inet.h>
#include <gtest/gtest.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <nlohmann/json.hpp>

#include "api/native_http_transport.h"
#include "api/portal_client.h"
#include "portal/client_fixture.h"
#include "portal/demo_portal.h"
#include "portal/http_server.h"

namespace muqeem::portal {
namespace {

class AccountsClient : public testing::Test {
 protected:
  void SetUp() override {
    ASSERT_GT(serving_.port(), 0);
    transport_ = std::make_unique<api::NativeHttpTransport>("127.0.0.1", serving_.port());
  }

  nlohmann::json outbox() {
    Request request;
    request.path = "/api/v1/demo/outbox";
    return nlohmann::json::parse(portal_.router->handle(request).body);
  }
  std::string last_code() {
    const std::string text = outbox()["messages"][0]["text"];
    return text.substr(text.size() - 6);
  }
  std::pair<std::string, std::string> captcha(api::PortalClient& client) {
    const auto made = await<api::CaptchaResponse>([&](auto reply) { client.new_captcha(reply); });
    const auto open_captchas = outbox()["captchas"];
    for (const auto& open : open_captchas)
      if (made && open["captchaId"] == made->captcha_id) return {made->captcha_id, open["answer"]};
    ADD_FAILURE() << "no captcha";
    return {};
  }
  void sign_in(api::PortalClient& client, const std::string& username) {
    const auto [id, answer] = captcha(client);
    const auto challenge = await<api::CodeChallengeResponse>([&](auto reply) {
      client.sign_in({username, "Muqeem@2026", id, answer}, reply);
    });
    ASSERT_TRUE(challenge);
    ASSERT_TRUE(await<api::SessionResponse>([&](auto reply) {
      client.verify_code({challenge->challenge_id, last_code()}, reply);
    }));
  }
  std::string security_code(api::PortalClient& client, const std::string& operation) {
    EXPECT_TRUE(await<api::SecurityCodeResponse>(
        [&](auto reply) { client.request_security_code({operation}, reply); }));
    return last_code();
  }

  test::DemoPortal portal_{100, 10};
  HttpServing serving_{*portal_.router};
  std::unique_ptr<api::NativeHttpTransport> transport_;
};

TEST_F(AccountsClient, RaisesATawasulRequestWithLargeAttachmentsAndAnswersAReturnedOne) {
  api::PortalClient client(*transport_);
  sign_in(client, "golden.admin");
  std::string scan = "%PDF-1.4\n";
  scan.resize(2 * 1024 * 1024, 'x');  // the largest file the rules allow
  const std::string png("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16);
  const api::NewTawasulRequest request{
      "transaction",
      "لم يظهر التجديد رغم خصم الرسوم",
      {"iqama-renewal", "https://muqeem.example/problems/store-failure", "تعذر إكمال الطلب"},
      {{"scan.pdf", scan}, {"screen.png", png}}};
  const auto raised = await<api::TawasulRequestDetail>(
      [&](auto reply) { client.raise_tawasul_request(request, "client-tawasul-1", reply); });
  ASSERT_TRUE(raised) << static_cast<int>(raised.error().kind) << " " << raised.error().status;
  EXPECT_EQ(raised->summary.status.code, "under-processing");
  EXPECT_EQ(raised->summary.due_on, "2026-01-08");
  EXPECT_EQ(raised->context.operation, "iqama-renewal");
  ASSERT_EQ(raised->attachments.size(), 2u);
  EXPECT_EQ(raised->attachments[0].size_bytes, static_cast<int64_t>(scan.size()));

  const auto file = await<api::DownloadedFile>([&](auto reply) {
    client.tawasul_attachment(raised->summary.request_number, raised->attachments[0].id, reply);
  });
  ASSERT_TRUE(file);
  EXPECT_EQ(file->media_type, "application/pdf");
  EXPECT_EQ(file->content, scan);

  const auto returned = await<api::TawasulPage>(
      [&](auto reply) { client.tawasul_requests({.status = "returned-to-applicant"}, reply); });
  ASSERT_TRUE(returned);
  ASSERT_EQ(returned->content.size(), 1u);
  const auto answered = await<api::TawasulRequestDetail>([&](auto reply) {
    client.reply_to_tawasul_request(returned->content[0].request_number,
                                    {"أرفقت الإيصال", {{"receipt.png", png}}}, "client-reply-1", reply);
  });
  ASSERT_TRUE(answered);
  EXPECT_EQ(answered->summary.status.code, "returned-by-applicant");
  EXPECT_EQ(answered->replies.back().attachments.at(0).media_type, "image/png");

  const auto all = await<api::TawasulPage>([&](auto reply) { client.tawasul_requests({}, reply); });
  ASSERT_TRUE(all);
  EXPECT_EQ(all->content.at(0).request_number, raised->summary.request_number);  // newest first
  const auto other =
      await<api::TawasulRequestDetail>([&](auto reply) { client.tawasul_request("TW00000005", reply); });
  ASSERT_FALSE(other);
  EXPECT_EQ(other.error().status, 404);

  const auto gif = await<api::TawasulRequestDetail>([&](auto reply) {
    client.raise_tawasul_request({"technical", "صورة", {}, {{"a.gif", "GIF89a"}}}, "client-tawasul-2", reply);
  });
  ASSERT_FALSE(gif);
  ASSERT_TRUE(gif.error().problem);
  EXPECT_EQ(gif.error().problem->errors.at(0).field, "attachments[0]");
}

// Sends only a request's head announcing a body of `length` bytes, and returns what the server answers
// without waiting for the body ("" if it waits).
std::string answer_to_head(int port, const std::string& path, size_t length) {
  const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_port = htons(static_cast<uint16_t>(port));
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  const timeval wait{2, 0};
  ::setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &wait, sizeof wait);
  std::string answer;
  if (::connect(fd, reinterpret_cast<const sockaddr*>(&address), sizeof address) == 0) {
    const std::string head = "POST " + path +
                             " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n" +
                             "Content-Length: " + std::to_string(length) + "\r\n\r\n";
    if (::send(fd, head.data(), head.size(), 0) == static_cast<ssize_t>(head.size())) {
      char buffer[4096];
      const ssize_t got = ::recv(fd, buffer, sizeof buffer, 0);
      if (got > 0) answer.assign(buffer, static_cast<size_t>(got));
    }
  }
  ::close(fd);
  return answer;
}

TEST_F(AccountsClient, TheServerRefusesALargeBodyBeforeReadingItExceptWhereAttachmentsGo) {
  const std::string refused = answer_to_head(serving_.port(), "/api/v1/auth/sign-in", 2 * 1024 * 1024);
  EXPECT_EQ(refused.rfind("HTTP/1.1 413", 0), 0u) << refused;
  EXPECT_NE(refused.find("application/problem+json"), std::string::npos);
  // Where attachments go the server waits for the body, and with it the portal answers (here, for
  // the session the request lacks).
  EXPECT_EQ(answer_to_head(serving_.port(), "/api/v1/tawasul/requests", 2 * 1024 * 1024), "");
  httplib::Client tawasul("127.0.0.1", serving_.port());
  const auto reached =
      tawasul.Post("/api/v1/tawasul/requests", std::string(2 * 1024 * 1024, ' '), "application/json");
  ASSERT_TRUE(reached);
  EXPECT_EQ(reached->status, 401);
  // Beyond what three of the largest files need, it is refused there too.
  EXPECT_EQ(
      answer_to_head(serving_.port(), "/api/v1/tawasul/requests", 9 * 1024 * 1024).rfind("HTTP/1.1 413", 0),
      0u);
}

TEST_F(AccountsClient, ThePrimaryUserAddsAUserWhoActivatesAndIsGrantedAPermission) {
  api::PortalClient admin(*transport_);
  sign_in(admin, "golden.admin");
  const auto person = await<api::VerifiedPerson>([&](auto reply) {
    admin.verify_person({"2500000019", "1985-11-02"}, reply);
  });
  ASSERT_TRUE(person);
  EXPECT_EQ(person->name.en, "Anil Kumar");
  const api::NewUser fields{
      "2500000019", "1985-11-02", "anil@golden-sands.sa", {"reports"}, security_code(admin, "user-add")};
  const auto added =
      await<api::UserSummary>([&](auto reply) { admin.add_user(fields, "client-user-1", reply); });
  ASSERT_TRUE(added);
  EXPECT_EQ(added->status.code, "pending-activation");
  const auto activated = await<api::ActivatedUser>([&](auto reply) {
    api::PortalClient(*transport_).activate_user({"2500000019", last_code(), "Anil2026pass"}, reply);
  });
  ASSERT_TRUE(activated);
  EXPECT_EQ(activated->username, "2500000019");

  const auto granted = await<api::UserSummary>([&](auto reply) {
    admin.set_user_permissions("2500000019",
                               {{"reports", "iqama-renewal"}, security_code(admin, "user-permissions")},
                               "client-permissions-1", reply);
  });
  ASSERT_TRUE(granted);
  ASSERT_EQ(granted->permissions.size(), 2u);
  EXPECT_EQ(granted->permissions[0].code, "iqama-renewal");  // in the permissions' own order
  const auto page = await<api::UserPage>([&](auto reply) { admin.users(0, 20, reply); });
  ASSERT_TRUE(page);
  EXPECT_EQ(page->total_elements, 3);

  api::PortalClient clerk(*transport_);
  sign_in(clerk, "golden.clerk");
  const auto refused = await<api::UserPage>([&](auto reply) { clerk.users(0, 20, reply); });
  ASSERT_FALSE(refused);
  EXPECT_EQ(refused.error().kind, api::ApiError::Kind::Problem);
  EXPECT_EQ(refused.error().status, 403);
}

TEST_F(AccountsClient, SubscribesAndRegistersWithoutSigningIn) {
  api::PortalClient client(*transport_);
  const auto cities = await<std::vector<api::Coded>>([&](auto reply) { client.cities(reply); });
  ASSERT_TRUE(cities);
  EXPECT_EQ(cities->size(), 24u);
  const auto receipt = await<api::SubscriptionReceipt>([&](auto reply) {
    client.request_subscription(
        {"مؤسسة النور للتجارة", "نورة الدوسري", "dammam", "0503334455", "noura@alnoor.sa", "comprehensive"},
        reply);
  });
  ASSERT_TRUE(receipt);
  EXPECT_EQ(receipt->request_number, "SR00000001");
  EXPECT_EQ(receipt->city.en, "Dammam");
  EXPECT_EQ(receipt->package.ar, "شامل");

  const auto challenge = await<api::RegistrationChallenge>([&](auto reply) {
    client.start_registration(
        {"new-primary-user", "sole-proprietorship", "iqama", "2512345675", "1988-07-09", "0504445566"},
        reply);
  });
  ASSERT_TRUE(challenge);
  const std::string code = last_code();
  const auto [id, answer] = captcha(client);
  const auto registered = await<api::RegistrationReceipt>([&](auto reply) {
    client.confirm_registration(challenge->registration_id, {code, id, answer}, reply);
  });
  ASSERT_TRUE(registered);
  EXPECT_EQ(registered->request_number, "UR00000001");
  EXPECT_EQ(registered->establishment_type.code, "sole-proprietorship");
  EXPECT_EQ(registered->masked_id_number, "******5675");
}

}  // namespace
}  // namespace muqeem::portal
