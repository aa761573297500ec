#pragma once
// The whole app driven headless against a whole portal in memory (the real router and a seeded demo
// database, through the in-process transport): frames are rendered, events posted the way the
// overlay posts them, and what the person would see read from the semantic tree.
#include <gtest/gtest.h>

#include <functional>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <utility>
#include <vector>

#include "api/portal_client.h"
#include "app/app.h"
#include "portal/demo_portal.h"
#include "portal/in_process_transport.h"
#include "ui/fake_texture_sink.h"
#include "ui/imgui_headless.h"

namespace muqeem::test {

// Passes requests to the portal, except those the test tells it to lose.
class FaultyTransport : public api::Transport {
 public:
  explicit FaultyTransport(api::Transport& inner) : inner_(inner) {}
  void send(api::HttpRequest request, std::function<void(api::TransportResult)> done) override {
    ++sent;
    if (!hold_to.empty() && request.target.rfind(hold_to, 0) == 0) {
      // Half the body has gone when the test looks; the rest, and the answer, when it releases it.
      hold_to.clear();
      if (request.upload_progress)
        request.upload_progress(static_cast<int64_t>(request.body.size() / 2),
                                static_cast<int64_t>(request.body.size()));
      held_ = [this, request = std::move(request), done = std::move(done)]() mutable {
        inner_.send(std::move(request), std::move(done));
      };
      return;
    }
    if (replies_to_drop == 0 || request.target.rfind(drop_replies_to, 0) != 0) {
      inner_.send(std::move(request), std::move(done));
      return;
    }
    // The server does the work; its answer is lost on the way back (a dropped connection).
    --replies_to_drop;
    for (const auto& [name, value] : request.headers)
      if (name == "Idempotency-Key") dropped_keys.push_back(value);
    inner_.send(std::move(request),
                [done = std::move(done)](api::TransportResult) { done(api::TransportError::Network); });
  }
  // The next `count` answers to requests whose target starts with `target` are lost.
  void drop_replies(std::string target, int count) {
    drop_replies_to = std::move(target);
    replies_to_drop = count;
  }
  // The next request to `target` stays on its way (an upload in progress) until release().
  void hold(std::string target) { hold_to = std::move(target); }
  void release() { std::exchange(held_, nullptr)(); }
  int sent = 0;
  std::vector<std::string> dropped_keys;  // the Idempotency-Key of each request whose answer was lost

 private:
  api::Transport& inner_;
  std::string drop_replies_to;
  int replies_to_drop = 0;
  std::string hold_to;
  std::function<void()> held_;
};

class AppDriver {
 public:
  // `demo`: the static demo's app (its badge and demo panel, with the demo users' names).
  // `kiosk`: a kiosk's app (its start screen, idle reset and "Finish and sign out").
  explicit AppDriver(bool demo = false, app::KioskSettings kiosk = {}) {
    app::AppConfig config{font_dir(), source_path("assets/i18n"), &faulty, demo};
    if (demo) config.demo_accounts = {{"golden.admin", "Muqeem@2026"}};
    config.kiosk = kiosk;
    app_ = app::App::create(config, textures_, &error_);
    EXPECT_NE(app_, nullptr) << error_;
  }

  void go(const std::string& hash) {
    app_->set_route(hash);
    frames();
  }
  void frames(int count = 3) {
    for (int i = 0; i < count; ++i) {
      ImGuiHeadless imgui({1280, 800});
      ImGui::NewFrame();
      app_->frame({1280, 800}, 1.0f, 0, clock);
      ImGui::Render();
    }
  }
  const ui::SemanticNode* find(ui::Role role, const std::string& name) const {
    return app_->semantics().find(role, name);
  }
  bool shows(ui::Role role, const std::string& name) const { return find(role, name) != nullptr; }
  // A paragraph or alert that contains `text`.
  bool says(const std::string& text) const {
    for (const auto& node : app_->semantics().nodes())
      if ((node.name + " " + node.description).find(text) != std::string::npos) return true;
    return false;
  }
  const ui::SemanticNode& get(ui::Role role, const std::string& name) const {
    const ui::SemanticNode* node = find(role, name);
    if (!node) {
      ADD_FAILURE() << "no " << ui::role_name(role) << " named \"" << name << "\"";
      static const ui::SemanticNode none;
      return none;
    }
    return *node;
  }
  void click(ui::Role role, const std::string& name) {
    post({ui::UiEvent::Kind::Activate, get(role, name).id});
  }
  void type(const std::string& label, const std::string& text) {
    const ui::SemanticNode* field = find(ui::Role::TextBox, label);
    if (!field) field = &get(ui::Role::ComboBox, label);
    const std::string id = field->id;
    post({ui::UiEvent::Kind::Focus, id});
    post({ui::UiEvent::Kind::SetValue, id, text});
  }
  void post(ui::UiEvent event) {
    app_->post(std::move(event));
    frames();
  }

  // The demo outbox, as the browser tests read it.
  nlohmann::json outbox() {
    nlohmann::json body;
    portal_transport.send({"GET", "/api/v1/demo/outbox"}, [&](api::TransportResult result) {
      body = nlohmann::json::parse(result.value().body);
    });
    return body;
  }
  std::string latest_code() {
    const std::string text = outbox()["messages"][0]["text"];
    const size_t at = text.find_first_of("0123456789");
    return text.substr(at, 6);
  }

  void sign_in(const std::string& username = "golden.admin") {
    type("اسم المستخدم", username);
    type("كلمة المرور", "Muqeem@2026");
    type("الرمز الظاهر في الصورة", outbox()["captchas"][0]["answer"]);
    click(ui::Role::Button, "دخول");
    type("رمز التحقق", latest_code());
    click(ui::Role::Button, "تحقق");
  }

  // Signs `client` (the test's own, beside the app's) in as `username`, as an officer would.
  void sign_in_client(api::PortalClient& client, const std::string& username = "golden.admin") {
    std::string captcha_id;
    client.new_captcha([&](auto result) {
      ASSERT_TRUE(result) << "captcha: " << static_cast<int>(result.error().kind);
      captcha_id = result.value().captcha_id;
    });
    std::string answer;
    const nlohmann::json box = outbox();  // kept: the loop reads inside it
    for (const auto& captcha : box["captchas"])
      if (captcha["captchaId"] == captcha_id) answer = captcha["answer"];
    std::string challenge;
    client.sign_in({username, "Muqeem@2026", captcha_id, answer}, [&](auto result) {
      ASSERT_TRUE(result) << "sign-in: " << result.error().status;
      challenge = result.value().challenge_id;
    });
    client.verify_code({challenge, latest_code()},
                       [](auto result) { ASSERT_TRUE(result) << "code: " << result.error().status; });
  }

  // The first resident of `query`'s page that `fits` (asked with a client of the test's own, signed
  // in as golden.admin) says yes to, as an officer tries residents one by one; "" when none does.
  std::string first_resident(const api::ResidentsQuery& query,
                             const std::function<bool(api::PortalClient&, const std::string&)>& fits) {
    api::PortalClient client(portal_transport);
    sign_in_client(client);
    std::vector<std::string> candidates;
    client.residents(query, [&](auto result) {
      ASSERT_TRUE(result) << "residents: " << result.error().status;
      for (const auto& summary : result.value().content) candidates.push_back(summary.iqama_number);
    });
    std::string found;
    for (const auto& iqama : candidates)
      if (fits(client, iqama)) {
        found = iqama;
        break;
      }
    client.sign_out([] {});
    EXPECT_FALSE(found.empty()) << "no resident fits";
    return found;
  }

  app::App& app() { return *app_; }
  // Time passes, for the portal (sessions, codes) and for the app's clock (warnings, countdowns).
  void pass(int64_t seconds) {
    portal.now += seconds;
    clock = static_cast<double>(portal.now);
  }

  DemoPortal portal{300, 50};
  portal::InProcessTransport portal_transport{*portal.router};
  FaultyTransport faulty{portal_transport};
  double clock = 0;

 private:
  FakeTextureSink textures_;
  std::string error_;
  std::unique_ptr<app::App> app_;
};

}  // namespace muqeem::test
