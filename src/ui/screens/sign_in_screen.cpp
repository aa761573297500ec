#include "ui/screens/sign_in_screen.h"

#include <cmath>
#include <utility>

#include "ui/screens/api_failure.h"
#include "ui/widgets/alert.h"
#include "ui/widgets/button.h"
#include "ui/widgets/field.h"
#include "ui/widgets/text.h"

namespace muqeem::ui {
namespace {

constexpr float kFormWidth = 480.0f;

// A required field's message: the server's when it sent one, ours when the field is empty.
std::string required(const Ui& ui, bool tried, const std::string& value, const std::string& server,
                     const std::string& key) {
  if (!server.empty()) return server;
  return tried && value.empty() ? ui.text(key) : std::string();
}

}  // namespace

void SignInScreen::reset() {
  step_ = Step::Credentials;
  for (std::string* text : {&username_, &password_, &captcha_answer_, &code_, &captcha_id_, &captcha_svg_,
                            &challenge_id_, &masked_mobile_})
    text->clear();
  busy_ = loading_captcha_ = tried_ = false;
  error_.reset();
  ++generation_;
}

void SignInScreen::take_over(const EarlySignIn& early) {
  if (step_ != Step::Credentials) return;
  username_ = early.username;
  password_ = early.password;
  captcha_answer_ = early.captcha_answer;
  if (!early.captcha_id.empty()) {
    captcha_id_ = early.captcha_id;
    captcha_svg_ = early.captcha_svg;
  } else {
    captcha_answer_.clear();  // typed for no picture
  }
  if (early.focused == "username" || early.focused == "password" || early.focused == "captcha")
    focus_next_ = "signin." + early.focused;
  submit_next_ = early.submitted;
}

void SignInScreen::load_captcha() {
  if (loading_captcha_) return;
  loading_captcha_ = true;
  const int generation = generation_;
  portal_.new_captcha([this, generation](domain::Result<api::CaptchaResponse, api::ApiError> result) {
    if (generation != generation_) return;
    loading_captcha_ = false;
    if (!result) {
      error_ = result.error();
      return;
    }
    captcha_id_ = result.value().captcha_id;
    captcha_svg_ = result.value().image_svg;
    captcha_answer_.clear();
  });
}

void SignInScreen::submit_credentials(Ui& ui) {
  tried_ = true;
  if (username_.empty() || password_.empty() || captcha_answer_.empty() || busy_) {
    ui.input().request_focus("signin.errors.0");
    return;
  }
  busy_ = true;
  error_.reset();
  const int generation = generation_;
  portal_.sign_in({username_, password_, captcha_id_, captcha_answer_},
                  [this, generation](domain::Result<api::CodeChallengeResponse, api::ApiError> result) {
                    if (generation != generation_) return;
                    busy_ = false;
                    if (!result) {
                      error_ = result.error();
                      tried_ = false;  // the emptied captcha is not the person's mistake
                      load_captcha();  // a captcha is good for one try
                      return;
                    }
                    take_challenge(result.value());
                    step_ = Step::Code;
                    tried_ = false;
                    focus_next_ = "signin.code";
                  });
}

void SignInScreen::take_challenge(const api::CodeChallengeResponse& challenge) {
  challenge_id_ = challenge.challenge_id;
  masked_mobile_ = challenge.masked_mobile;
  attempts_left_ = challenge.attempts_left;
  resend_available_at_ = challenge.resend_available_at;
  resends_left_ = challenge.resends_left;
}

void SignInScreen::resend_code() {
  busy_ = true;
  error_.reset();
  const int generation = generation_;
  portal_.resend_code({challenge_id_},
                      [this, generation](domain::Result<api::CodeChallengeResponse, api::ApiError> result) {
                        if (generation != generation_) return;
                        busy_ = false;
                        if (!result) {
                          error_ = result.error();
                          return;
                        }
                        take_challenge(result.value());
                        code_.clear();
                        focus_next_ = "signin.code";
                      });
}

void SignInScreen::submit_code(Ui& ui, const std::function<void()>& on_signed_in) {
  tried_ = true;
  if (code_.empty() || busy_) {
    ui.input().request_focus("signin.code");
    return;
  }
  busy_ = true;
  error_.reset();
  const int generation = generation_;
  portal_.verify_code(
      {challenge_id_, code_},
      [this, generation, on_signed_in](domain::Result<api::SessionResponse, api::ApiError> result) {
        if (generation != generation_) return;
        busy_ = false;
        if (!result) {
          error_ = result.error();
          if (error_->problem && error_->problem->attempts_left)
            attempts_left_ = *error_->problem->attempts_left;
          code_.clear();
          return;
        }
        on_signed_in();
      });
}

void SignInScreen::credentials_step(Ui& ui) {
  const std::string username_error =
      required(ui, tried_, username_, field_error(ui, error_, "username"), "signin.usernameRequired");
  const std::string password_error =
      required(ui, tried_, password_, field_error(ui, error_, "password"), "signin.passwordRequired");
  const std::string captcha_error = required(
      ui, tried_, captcha_answer_, field_error(ui, error_, "captchaAnswer"), "signin.captchaRequired");
  std::vector<FieldError> errors;
  if (!username_error.empty()) errors.push_back({"signin.username", username_error});
  if (!password_error.empty()) errors.push_back({"signin.password", password_error});
  if (!captcha_error.empty()) errors.push_back({"signin.captcha", captcha_error});
  error_summary(ui, "signin.errors", errors);
  if (error_) failure_alert(ui, "signin.failure", *error_, "sign-in");

  Field username{"signin.username", ui.text("signin.username"), {}, username_error, true};
  username.autocomplete = "username";
  text_field(ui, username, username_);
  Field password{"signin.password", ui.text("signin.password"), {}, password_error, true};
  password.autocomplete = "current-password";
  password_field(ui, password, password_);

  // The captcha: the server's picture (drawn by the browser from its SVG), and a new one on request.
  const Rect picture_row = ui.next(64.0f, 8.0f);
  const Rect picture = ui.at_start(picture_row, 200.0f);
  outline(ui, picture, theme::kDivider);
  SemanticNode image;
  image.id = "signin.captchaImage";
  image.role = Role::Image;
  image.name = ui.text("signin.captchaImage");
  image.language = ui.language_code();
  image.value = captcha_svg_;
  image.rect = picture;
  ui.tree().add(std::move(image));
  Flow after(ui, picture_row);
  after.take(picture.width);
  Button refresh{"signin.newCaptcha", ui.text("signin.newCaptcha"), ButtonKind::Link};
  refresh.busy = loading_captcha_;
  const Rect refresh_rect = after.take(button_width(ui, refresh));
  if (button(ui, refresh, {refresh_rect.x, picture_row.y + 10, refresh_rect.width, ui.target()}))
    load_captcha();
  Field captcha{"signin.captcha", ui.text("signin.captcha"), ui.text("signin.captchaHint"), captcha_error,
                true};
  captcha.autocomplete = "off";
  captcha.input = InputKind::Code;
  captcha.max_length = 12;
  text_field(ui, captcha, captcha_answer_);

  Button submit{"signin.submit", ui.text("signin.submit")};
  submit.busy = busy_;
  submit.default_action = true;
  if (button(ui, submit)) submit_credentials(ui);
}

void SignInScreen::code_step(Ui& ui, const std::function<void()>& on_signed_in) {
  paragraph(ui, ui.screen().strings.format("signin.codeSent", {{"mobile", masked_mobile_}}));
  paragraph(ui, ui.screen().strings.plural("signin.attemptsLeft", attempts_left_), theme::kTextSecondary);
  const std::string code_error =
      required(ui, tried_, code_, field_error(ui, error_, "code"), "signin.codeRequired");
  if (error_ && field_error(ui, error_, "code").empty())
    failure_alert(ui, "signin.failure", *error_, "sign-in-code");
  Field code{"signin.code", ui.text("signin.code"), ui.text("signin.codeHint"), code_error, true};
  code.autocomplete = "one-time-code";
  code.max_length = 6;
  identifier_field(ui, code, code_);
  Flow line(ui, ui.next(ui.target()));
  Button verify{"signin.verify", ui.text("signin.verify")};
  verify.busy = busy_;
  verify.default_action = true;
  if (button(ui, verify, line.take(button_width(ui, verify)))) submit_code(ui, on_signed_in);
  // A new code, once the wait is over (the server decides how long, and how many).
  const double wait = static_cast<double>(resend_available_at_) - ui.now();
  if (resends_left_ > 0 && wait > 0) {
    // The countdown shows whole seconds: drawn again when the next one begins, not every frame.
    const double shown = std::ceil(wait);
    ui.redraw_at(static_cast<double>(resend_available_at_) - (shown - 1));
    paragraph(ui, ui.screen().strings.plural("signin.resendIn", static_cast<long long>(shown)),
              theme::kTextSecondary);
  } else if (resends_left_ > 0) {
    Button resend{"signin.resend", ui.text("signin.resend"), ButtonKind::Link};
    resend.busy = busy_;
    if (button(ui, resend) && !busy_) resend_code();
  }
  const Button back{"signin.back", ui.text("signin.back"), ButtonKind::Secondary};
  if (button(ui, back, line.take(button_width(ui, back)))) {
    step_ = Step::Credentials;
    error_.reset();
    code_.clear();
    load_captcha();
  }
}

PageActions SignInScreen::draw(Ui& ui, ImVec2 size, const std::function<void(const std::string&)>& navigate,
                               const std::function<void()>& on_signed_in) {
  if (captcha_id_.empty() && !loading_captcha_ && !error_) load_captcha();
  const PageActions actions = begin_page(ui, size);
  begin_form_column(ui, kFormWidth);
  heading(ui, ui.text("signin.title"), 1);
  if (!focus_next_.empty()) ui.input().request_focus(std::exchange(focus_next_, std::string()));
  if (step_ == Step::Credentials && std::exchange(submit_next_, false)) submit_credentials(ui);
  if (step_ == Step::Credentials)
    credentials_step(ui);
  else
    code_step(ui, on_signed_in);
  // What a visitor without an account can do here.
  if (step_ == Step::Credentials) {
    Flow links(ui, ui.next(ui.target()));
    for (const auto& [id, route] :
         {std::pair{"signin.subscribe", "#/subscribe"}, std::pair{"signin.register", "#/register"},
          std::pair{"signin.activate", "#/activate"}, std::pair{"signin.visaValidity", "#/visa-validity"}}) {
      Button link{id, ui.text(id), ButtonKind::Link};
      link.navigates = true;
      if (button(ui, link, links.take(button_width(ui, link)))) navigate(route);
    }
  }
  end_form_column(ui);
  end_page(ui, size);
  return actions;
}

}  // namespace muqeem::ui
