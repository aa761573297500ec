#include "ui/flows/transaction_flow.h"

#include <utility>

#include "api/idempotency_key.h"
#include "ui/screens/api_failure.h"
#include "ui/widgets/button.h"
#include "ui/widgets/copyable.h"
#include "ui/widgets/dialog.h"
#include "ui/widgets/field.h"
#include "ui/widgets/stepper.h"
#include "ui/widgets/text.h"

namespace muqeem::ui {

TransactionFlow::TransactionFlow(api::PortalClient& portal, std::unique_ptr<TransactionService> service)
    : portal_(portal), service_(std::move(service)) {
  reset();
}

void TransactionFlow::reset() {
  step_ = service_->operation().empty() ? Step::Details : Step::SecurityCode;
  code_sent_ = busy_ = confirming_ = tried_ = false;
  masked_mobile_.clear();
  security_code_.clear();
  error_.reset();
  idempotency_key_.clear();
  service_->clear();
  ++generation_;
}

void TransactionFlow::open(const std::map<std::string, std::string>& params) {
  if (step_ == Step::Result) reset();
  service_->prefill(params);
}

bool TransactionFlow::slow(const Ui& ui) const {
  return busy_ && busy_since_ >= 0 && ui.now() - busy_since_ >= 0.3;
}

void TransactionFlow::waiting(Ui& ui) {
  if (!busy_) {
    busy_since_ = -1;
    return;
  }
  if (busy_since_ < 0) busy_since_ = ui.now();
  ui.keep_animating();  // the clock must move for the spinner to appear
  if (!slow(ui)) return;
  // Stopping the wait stops waiting, not the server: a transaction already sent keeps its
  // Idempotency-Key, so sending it again later can only return that same transaction.
  const Button cancel{id(".cancelWait"), ui.text("flow.cancelWait"), ButtonKind::Link};
  if (button(ui, cancel)) {
    ++generation_;
    busy_ = false;
    busy_since_ = -1;
    error_ = api::ApiError{api::ApiError::Kind::Cancelled};
  }
}

void TransactionFlow::begin(const std::string& operation) {
  busy_ = true;
  error_.reset();
  failed_operation_ = operation;
}

Landing TransactionFlow::landing(std::function<void()> then) {
  return [this, generation = generation_, then = std::move(then)](std::optional<api::ApiError> failure,
                                                                  std::function<void()> keep) {
    if (generation != generation_) return;
    busy_ = false;
    if (failure) {
      error_ = std::move(failure);
      return;
    }
    if (keep) keep();
    if (then) then();
  };
}

void TransactionFlow::request_code() {
  begin("security-code");
  portal_.request_security_code({service_->operation()},
                                land<api::SecurityCodeResponse>(landing([this] {
                                                                  code_sent_ = true;
                                                                  focus_next_ = id(".code");
                                                                }),
                                                                [this](api::SecurityCodeResponse sent) {
                                                                  masked_mobile_ = sent.masked_mobile;
                                                                }));
}

void TransactionFlow::quote() {
  begin(service_->operation() + "-quote");
  service_->quote(portal_, landing([this] {
                    idempotency_key_.clear();  // new details: a new transaction
                    step_ = Step::Verify;
                    focus_next_ = id(".submit");
                  }));
}

void TransactionFlow::submit() {
  // One key per transaction, kept through every retry until it succeeds.
  if (idempotency_key_.empty()) idempotency_key_ = api::new_idempotency_key();
  begin(service_->operation().empty() ? service_->id() : service_->operation());
  Landing done = landing([this] {
    step_ = Step::Result;
    focus_next_ = id(".print");
  });
  // A refused code or detail goes back to the step where it is fixed: every field but the code is
  // one of the details.
  Landing refused = [this, done = std::move(done)](std::optional<api::ApiError> failure,
                                                   std::function<void()> keep) {
    const bool code = has_field_error(failure, "securityCode");
    bool detail = false;
    if (failure && failure->problem)
      for (const auto& item : failure->problem->errors) detail = detail || item.field != "securityCode";
    const int generation = generation_;
    done(std::move(failure), std::move(keep));
    if (generation != generation_ || !error_) return;
    if (code && !service_->operation().empty()) step_ = Step::SecurityCode;
    if (detail) step_ = Step::Details;
  };
  service_->submit(portal_, security_code_, idempotency_key_, std::move(refused));
}

void TransactionFlow::print_result(const Catalogue& strings, Language language) {
  begin("print");
  service_->document(
      portal_, strings, language,
      [this](PrintDocument document) {
        if (print_) print_(document);
      },
      landing({}));
}

void TransactionFlow::security_code_step(Ui& ui) {
  paragraph(ui, ui.text("flow.codeIntro"));
  if (!code_sent_) {
    Button send{id(".sendCode"), ui.text("flow.sendCode")};
    send.busy = slow(ui);
    if (button(ui, send) && !busy_) request_code();
    return;
  }
  alert(ui, AlertKind::Info, ui.screen().strings.format("flow.codeSent", {{"mobile", masked_mobile_}}));
  std::string code_error = field_error(ui, error_, "securityCode");
  if (code_error.empty() && tried_ && security_code_.size() != 6) code_error = ui.text("flow.codeRequired");
  Field code{id(".code"), ui.text("flow.code"), ui.text("signin.codeHint"), code_error, true};
  code.autocomplete = "one-time-code";
  code.max_length = 6;
  identifier_field(ui, code, security_code_);
  Flow line(ui, ui.next(ui.target()));
  Button next{id(".next"), ui.text("flow.next")};
  next.default_action = true;
  if (button(ui, next, line.take(button_width(ui, next)))) {
    tried_ = true;
    if (security_code_.size() == 6) {
      tried_ = false;
      error_.reset();
      step_ = Step::Details;
      ui.input().request_focus(service_->first_field());
    }
  }
  Button again{id(".resendCode"), ui.text("flow.resendCode"), ButtonKind::Link};
  again.busy = slow(ui);
  if (button(ui, again, line.take(button_width(ui, again))) && !busy_) request_code();
}

void TransactionFlow::details_step(Ui& ui) {
  const std::vector<FieldError> errors = service_->check(ui, tried_, error_);
  error_summary(ui, id(".errors"), errors);
  service_->fields(ui, errors);
  Flow line(ui, ui.next(ui.target()));
  // Without a verify step the details' button is the transaction's own ("issue the report").
  const bool verifies = service_->verifies();
  Button go{id(verifies ? ".verify" : ".submit"),
            ui.text(verifies ? "flow.verify" : service_->id() + ".submit")};
  go.busy = slow(ui);
  go.default_action = true;
  if (button(ui, go, line.take(button_width(ui, go)))) {
    tried_ = true;
    if (service_->check(ui, true, std::nullopt).empty()) {
      tried_ = false;
      if (!busy_) verifies ? quote() : submit();
    } else {
      ui.input().request_focus(id(".errors.0"));
    }
  }
  if (service_->operation().empty()) return;
  const Button back{id(".back"), ui.text("common.back"), ButtonKind::Secondary};
  if (button(ui, back, line.take(button_width(ui, back)))) step_ = Step::SecurityCode;
}

void TransactionFlow::verify_step(Ui& ui) {
  const QuoteOutcome outcome = service_->verified(ui);
  if (!outcome.eligible) {
    std::string problems;
    for (const auto& problem : outcome.problems) problems += (problems.empty() ? "" : " · ") + problem;
    alert(ui, AlertKind::Error, ui.text(id(".notEligible")), problems);
  }
  Flow line(ui, ui.next(ui.target()));
  Button submit_button{id(".submit"), ui.text(id(".submit"))};
  submit_button.disabled = !outcome.eligible;
  submit_button.busy = slow(ui);
  if (button(ui, submit_button, line.take(button_width(ui, submit_button))) && !busy_) confirming_ = true;
  const Button back{id(".change"), ui.text("flow.change"), ButtonKind::Secondary};
  if (button(ui, back, line.take(button_width(ui, back)))) step_ = Step::Details;

  if (!confirming_) return;
  ModalDialog dialog(ui, id(".confirm"), ui.text(id(".confirmTitle")));
  paragraph(ui, service_->confirm_text(ui));
  Flow buttons(ui, ui.next(ui.target()));
  const Button yes{id(".confirmYes"), ui.text(id(".confirmYes"))};
  const Button no{id(".confirmNo"), ui.text("common.cancel"), ButtonKind::Secondary};
  if (button(ui, yes, buttons.take(button_width(ui, yes)))) {
    confirming_ = false;
    submit();
    ui.input().request_focus(id(".submit"));
  }
  if (button(ui, no, buttons.take(button_width(ui, no))) || dialog.escaped()) {
    confirming_ = false;
    ui.input().request_focus(id(".submit"));
  }
}

void TransactionFlow::result_step(Ui& ui, const std::function<void(const std::string&)>& navigate) {
  alert(ui, AlertKind::Success, ui.text(id(".done")));
  copyable_value(ui, id(".reference"), ui.text(service_->reference_key()), service_->reference());
  service_->result(ui, navigate);
  Flow line(ui, ui.next(ui.target()));
  Button print_button{id(".print"), ui.text("flow.print")};
  print_button.busy = slow(ui);
  if (ui.screen().printing && button(ui, print_button, line.take(button_width(ui, print_button))) && !busy_)
    print_result(ui.screen().strings, ui.language());
  Button home{id(".home"), ui.text("common.home"), ButtonKind::Secondary};
  home.navigates = true;
  if (button(ui, home, line.take(button_width(ui, home)))) navigate("#/");
  const Button another{id(".another"), ui.text(id(".another")), ButtonKind::Link};
  if (button(ui, another, line.take(button_width(ui, another)))) reset();
}

std::vector<std::string> TransactionFlow::step_names(const Ui& ui) const {
  std::vector<std::string> names;
  if (!service_->operation().empty()) names.push_back(ui.text("flow.stepCode"));
  names.push_back(ui.text("flow.stepDetails"));
  if (service_->verifies()) names.push_back(ui.text("flow.stepVerify"));
  names.push_back(ui.text("flow.stepResult"));
  return names;
}

int TransactionFlow::step_index() const {
  int index = static_cast<int>(step_);
  if (service_->operation().empty()) --index;
  if (!service_->verifies() && step_ == Step::Result) --index;
  return index;
}

PageActions TransactionFlow::draw(Ui& ui, ImVec2 size,
                                  const std::function<void(const std::string&)>& navigate,
                                  const std::function<void(const PrintDocument&)>& print) {
  print_ = print;
  const PageActions actions = begin_page(ui, size, {true});
  heading(ui, ui.text(service_->title_key()), 1);
  stepper(ui, id(".steps"), step_names(ui), step_index());
  // A failure that is not about one field: said at the top of the step, with a retry that repeats
  // exactly what failed (for the transaction itself, with the same Idempotency-Key).
  const bool field_failure = error_ && error_->problem && !error_->problem->errors.empty();
  if (error_ && !field_failure) {
    if (failure_alert(ui, id(".failure"), *error_, failed_operation_) && !busy_) {
      if (failed_operation_ == "security-code")
        request_code();
      else if (failed_operation_ == "print")
        print_result(ui.screen().strings, ui.language());
      else if (step_ == Step::Details && service_->verifies())
        quote();
      else
        submit();
    }
  }
  waiting(ui);
  if (!focus_next_.empty()) ui.input().request_focus(std::exchange(focus_next_, std::string()));
  switch (step_) {
    case Step::SecurityCode:
      security_code_step(ui);
      break;
    case Step::Details:
      details_step(ui);
      break;
    case Step::Verify:
      verify_step(ui);
      break;
    case Step::Result:
      result_step(ui, navigate);
      break;
  }
  end_page(ui, size);
  return actions;
}

}  // namespace muqeem::ui
