#include "ui/screens/activate_screen.h"

#include "domain/password_rules.h"
#include "ui/flows/flow_parts.h"
#include "ui/screens/api_failure.h"
#include "ui/widgets/alert.h"
#include "ui/widgets/button.h"
#include "ui/widgets/field.h"
#include "ui/widgets/text.h"

namespace muqeem::ui {
namespace {

// One rule and whether it is met, said in words (never by colour alone).
void rule(Ui& ui, bool met, const std::string& text) {
  paragraph(ui, ui.screen().strings.format(met ? "activate.met" : "activate.notMet", {{"rule", text}}),
            met ? theme::kPrimaryDark : theme::kTextSecondary);
}

}  // namespace

void ActivateScreen::reset() {
  username_.clear();
  code_.clear();
  password_.clear();
  tried_ = busy_ = done_ = false;
  error_.reset();
  ++generation_;
}

void ActivateScreen::open(const std::map<std::string, std::string>& params) {
  take_param(params, "username", username_);
}

void ActivateScreen::activate() {
  busy_ = true;
  error_.reset();
  const int generation = ++generation_;
  portal_.activate_user({username_, code_, password_},
                        [this, generation](domain::Result<api::ActivatedUser, api::ApiError> result) {
                          if (generation != generation_) return;
                          busy_ = false;
                          if (result)
                            done_ = true;
                          else
                            error_ = result.error();
                        });
}

PageActions ActivateScreen::draw(Ui& ui, ImVec2 size,
                                 const std::function<void(const std::string&)>& navigate) {
  const PageActions actions = begin_page(ui, size, {false});
  begin_form_column(ui, kFormColumnWidth);
  heading(ui, ui.text("activate.title"), 1);
  if (done_) {
    alert(ui, AlertKind::Success, ui.text("activate.done"), ui.text("activate.doneText"));
    Button sign_in{"activate.signIn", ui.text("signin.title")};
    sign_in.navigates = true;
    if (button(ui, sign_in)) navigate("#/sign-in");
    end_form_column(ui);
    end_page(ui, size);
    return actions;
  }
  paragraph(ui, ui.text("activate.intro"), theme::kTextSecondary);
  const domain::PasswordChecks checks = domain::check_password(password_, username_);
  std::vector<FieldError> errors;
  check_field(ui, errors, "activate.username", error_, "username", tried_, username_.empty(),
              ui.text("activate.usernameRequired"));
  check_field(ui, errors, "activate.code", error_, "activationCode", tried_, code_.empty(),
              ui.text("activate.codeRequired"));
  check_field(ui, errors, "activate.password", error_, "password", tried_, !checks.all(),
              ui.text("activate.passwordWeak"));
  if (tried_) error_summary(ui, "activate.errors", errors);
  if (error_ && errors.empty() && failure_alert(ui, "activate.failure", *error_, "user-activation"))
    activate();

  Field username{
      "activate.username", ui.text("signin.username"), {}, error_for(errors, "activate.username"), true};
  username.autocomplete = "username";
  text_field(ui, username, username_);
  Field code{"activate.code", ui.text("activate.code"), ui.text("activate.codeHint"),
             error_for(errors, "activate.code"), true};
  code.autocomplete = "one-time-code";
  code.max_length = 8;
  identifier_field(ui, code, code_);
  Field password{
      "activate.password", ui.text("activate.password"), {}, error_for(errors, "activate.password"), true};
  password.autocomplete = "new-password";
  password_field(ui, password, password_);
  // The rules as the person types: each says whether it is met.
  heading(ui, ui.text("activate.rules"), 2);
  rule(ui, checks.length, ui.text("activate.ruleLength"));
  rule(ui, checks.letter, ui.text("activate.ruleLetter"));
  rule(ui, checks.digit, ui.text("activate.ruleDigit"));
  rule(ui, checks.no_username && !password_.empty(), ui.text("activate.ruleUsername"));

  Button submit{"activate.submit", ui.text("activate.submit")};
  submit.busy = busy_;
  submit.default_action = true;
  if (button(ui, submit) && !busy_) {
    tried_ = true;
    error_.reset();
    if (!username_.empty() && !code_.empty() && checks.all()) activate();
  }
  end_form_column(ui);
  end_page(ui, size);
  return actions;
}

}  // namespace muqeem::ui
