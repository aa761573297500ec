#pragma once
// Signing in, as DOMAIN.md describes it: username, password and the server's captcha image (with a
// new one on request), then the six-digit code sent by SMS to the officer's registered mobile. Errors
// go under their fields and into a summary; a lock-out is explained; nothing typed is lost.
#include <functional>
#include <optional>
#include <string>

#include "api/portal_client.h"
#include "ui/widgets/page_frame.h"

namespace muqeem::ui {

// What the page's own sign-in form held when the app took over (shell/early_sign_in.js: usable
// while the app still downloads): the app carries on from it, with the same captcha.
struct EarlySignIn {
  std::string username, password, captcha_id, captcha_svg, captcha_answer;
  std::string focused;     // "username", "password", "captcha" or empty
  bool submitted = false;  // "sign in" was pressed before the app was ready
};

class SignInScreen {
 public:
  enum class Step { Credentials, Code };

  explicit SignInScreen(api::PortalClient& portal) : portal_(portal) {}

  // Draws the page; calls `on_signed_in` once the code is accepted.
  // `navigate` follows the page's links (the public visa check).
  PageActions draw(Ui& ui, ImVec2 size, const std::function<void(const std::string&)>& navigate,
                   const std::function<void()>& on_signed_in);
  // Back to the first step with nothing kept (signing out).
  void reset();
  // Carries on from the page's early form: its values, its captcha, its focus, its submission.
  void take_over(const EarlySignIn& early);

  Step step() const { return step_; }
  bool busy() const { return busy_; }

 private:
  void load_captcha();
  void submit_credentials(Ui& ui);
  void submit_code(Ui& ui, const std::function<void()>& on_signed_in);
  void resend_code();
  void take_challenge(const api::CodeChallengeResponse& challenge);
  void credentials_step(Ui& ui);
  void code_step(Ui& ui, const std::function<void()>& on_signed_in);

  api::PortalClient& portal_;
  Step step_ = Step::Credentials;
  std::string username_, password_, captcha_answer_, code_;
  std::string captcha_id_, captcha_svg_;
  std::string challenge_id_, masked_mobile_;
  int attempts_left_ = 0;
  int64_t resend_available_at_ = 0;  // epoch seconds
  int resends_left_ = 0;
  bool busy_ = false;
  bool loading_captcha_ = false;
  bool tried_ = false;  // the person pressed "sign in": empty fields are now errors
  std::optional<api::ApiError> error_;
  int generation_ = 0;        // replies to an abandoned attempt (after reset) are ignored
  std::string focus_next_;    // a step that just appeared puts focus on its first field
  bool submit_next_ = false;  // the early form was submitted: the first frame submits
};

}  // namespace muqeem::ui
