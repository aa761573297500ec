#include "ui/screens/renew_iqama_screen.h"

#include <utility>

#include "api/idempotency_key.h"
#include "domain/identifiers.h"
#include "ui/api_text.h"
#include "ui/dates.h"
#include "ui/number_format.h"
#include "ui/screens/api_failure.h"
#include "ui/widgets/alert.h"
#include "ui/widgets/button.h"
#include "ui/widgets/choice.h"
#include "ui/widgets/copyable.h"
#include "ui/widgets/detail.h"
#include "ui/widgets/dialog.h"
#include "ui/widgets/field.h"
#include "ui/widgets/stepper.h"
#include "ui/widgets/text.h"

namespace muqeem::ui {
namespace {

// DOMAIN.md: 3 to 24 months in steps of 3 (the server refuses 3 for domestic workers, and says so).
constexpr int kDurations[] = {3, 6, 9, 12, 15, 18, 21, 24};

std::string months(const Ui& ui, int count) {
  return ui.screen().strings.plural("common.months", count);
}

std::string both_calendars(const Ui& ui, const std::string& gregorian, const std::string& hijri) {
  return format_both_calendars(gregorian, hijri, ui.screen().strings);
}

}  // namespace

void RenewIqamaScreen::reset() {
  step_ = Step::SecurityCode;
  code_sent_ = busy_ = confirming_ = tried_ = false;
  masked_mobile_.clear();
  security_code_.clear();
  iqama_.clear();
  duration_ = -1;
  quote_.reset();
  result_.reset();
  error_.reset();
  idempotency_key_.clear();
  ++generation_;
}

void RenewIqamaScreen::start_with(const std::string& iqama_number) {
  if (step_ == Step::Result) reset();
  if (!iqama_number.empty()) iqama_ = iqama_number;
}

bool RenewIqamaScreen::slow(const Ui& ui) const {
  return busy_ && busy_since_ >= 0 && ui.now() - busy_since_ >= 0.3;
}

void RenewIqamaScreen::waiting(Ui& ui) {
  if (!busy_) {
    busy_since_ = -1;
    return;
  }
  if (busy_since_ < 0) busy_since_ = ui.now();
  ui.keep_animating();  // the clock must move for the spinner to appear
  if (!slow(ui)) return;
  // Cancelling stops waiting, not the server: a renewal already sent keeps its Idempotency-Key, so
  // sending it again later can only return that same renewal.
  Button cancel{"renew.cancelWait", ui.text("renew.cancelWait"), ButtonKind::Link};
  if (button(ui, cancel)) {
    ++generation_;
    busy_ = false;
    busy_since_ = -1;
    error_ = api::ApiError{api::ApiError::Kind::Cancelled};
  }
}

api::RenewalRequest RenewIqamaScreen::request() const {
  return {iqama_, duration_ >= 0 ? kDurations[duration_] : 0, security_code_};
}

void RenewIqamaScreen::request_code() {
  busy_ = true;
  error_.reset();
  failed_operation_ = "security-code";
  const int generation = generation_;
  portal_.request_security_code(
      {"iqama-renewal"}, [this, generation](domain::Result<api::SecurityCodeResponse, api::ApiError> result) {
        if (generation != generation_) return;
        busy_ = false;
        if (!result) {
          error_ = result.error();
          return;
        }
        code_sent_ = true;
        focus_next_ = "renew.code";
        masked_mobile_ = result.value().masked_mobile;
      });
}

void RenewIqamaScreen::quote() {
  busy_ = true;
  error_.reset();
  failed_operation_ = "iqama-renewal-quote";
  const int generation = generation_;
  api::RenewalRequest ask = request();
  ask.security_code.clear();
  portal_.quote_renewal(ask, [this, generation](domain::Result<api::RenewalQuote, api::ApiError> result) {
    if (generation != generation_) return;
    busy_ = false;
    if (!result) {
      error_ = result.error();
      return;
    }
    if (!result.value().eligible && result.value().problems.empty()) return;
    quote_ = result.value();
    idempotency_key_.clear();  // new details: a new transaction
    step_ = Step::Verify;
    focus_next_ = "renew.submit";
  });
}

void RenewIqamaScreen::submit() {
  // One key per renewal, kept through every retry until it succeeds.
  if (idempotency_key_.empty()) idempotency_key_ = api::new_idempotency_key();
  busy_ = true;
  error_.reset();
  failed_operation_ = "iqama-renewal";
  const int generation = generation_;
  portal_.renew_iqama(request(), idempotency_key_,
                      [this, generation](domain::Result<api::RenewalResult, api::ApiError> result) {
                        if (generation != generation_) return;
                        busy_ = false;
                        if (!result) {
                          error_ = result.error();
                          // A refused code or detail goes back to the step where it is fixed.
                          if (has_field_error(error_, "securityCode")) step_ = Step::SecurityCode;
                          if (has_field_error(error_, "iqamaNumber")) step_ = Step::Details;
                          return;
                        }
                        result_ = result.value();
                        step_ = Step::Result;
                        focus_next_ = "renew.print";
                      });
}

void RenewIqamaScreen::print_result(const Catalogue& strings, Language language) {
  busy_ = true;
  error_.reset();
  failed_operation_ = "print";
  const int generation = generation_;
  portal_.renewal_document(
      result_->request_number,
      [this, generation, &strings, language](domain::Result<api::RenewalDocument, api::ApiError> reply) {
        if (generation != generation_) return;
        busy_ = false;
        if (!reply) {
          error_ = reply.error();
          return;
        }
        const api::RenewalDocument& paper = reply.value();
        const auto both = [&strings](const std::string& gregorian, const std::string& hijri) {
          return format_both_calendars(gregorian, hijri, strings);
        };
        const api::RenewalResult& renewal = paper.renewal;
        const std::string total =
            format_money(renewal.total_halalas, language) + " " + strings.text("common.sar");
        PrintDocument document;
        document.language = language_code(language);
        document.title = strings.text("renew.printTitle");
        document.issuer = in_language(language, paper.establishment) + " · " + paper.establishment_number;
        document.date_line =
            strings.format("renew.printDate", {{"date", both(paper.requested_on, paper.requested_on_hijri)}});
        document.reference = strings.text("renew.requestNumber") + ": " + renewal.request_number;
        document.lines = {
            {strings.text("renew.iqama"), renewal.iqama_number},
            {strings.text("renew.name"), in_language(language, renewal.name)},
            {strings.text("renew.duration"), strings.plural("common.months", renewal.duration_months)},
            {strings.text("renew.newExpiry"), both(renewal.new_expiry, renewal.new_expiry_hijri)},
            {strings.text("renew.total"), total}};
        document.qr_svg = paper.verification.qr_svg;
        document.qr_caption = strings.format(
            "renew.printVerify",
            {{"code", paper.verification.code},
             {"date", both(paper.verification.expires_on, paper.verification.expires_on_hijri)}});
        document.footer = strings.text("renew.printFooter");
        if (print_) print_(document);
      });
}

void RenewIqamaScreen::security_code_step(Ui& ui) {
  paragraph(ui, ui.text("renew.codeIntro"));
  if (!code_sent_) {
    Button send{"renew.sendCode", ui.text("renew.sendCode")};
    send.busy = slow(ui);
    if (button(ui, send) && !busy_) request_code();
    return;
  }
  alert(ui, AlertKind::Info, ui.screen().strings.format("renew.codeSent", {{"mobile", masked_mobile_}}));
  std::string code_error = field_error(ui, error_, "securityCode");
  if (code_error.empty() && tried_ && security_code_.size() != 6) code_error = ui.text("renew.codeRequired");
  Field code{"renew.code", ui.text("renew.code"), ui.text("signin.codeHint"), code_error, true};
  code.autocomplete = "one-time-code";
  code.max_length = 6;
  identifier_field(ui, code, security_code_);
  Flow line(ui, ui.next(theme::kTarget));
  Button next{"renew.next", ui.text("renew.next")};
  next.default_action = true;
  if (button(ui, next, line.take(button_width(ui, next)))) {
    tried_ = true;
    if (security_code_.size() == 6) {
      tried_ = false;
      error_.reset();
      step_ = Step::Details;
      ui.input().request_focus("renew.iqama");
    }
  }
  Button again{"renew.resendCode", ui.text("renew.resendCode"), ButtonKind::Link};
  again.busy = slow(ui);
  if (button(ui, again, line.take(button_width(ui, again))) && !busy_) request_code();
}

void RenewIqamaScreen::details_step(Ui& ui) {
  std::string iqama_error = field_error(ui, error_, "iqamaNumber");
  if (iqama_error.empty() && tried_ && !domain::IqamaNumber::parse(iqama_))
    iqama_error = ui.text("renew.iqamaInvalid");
  std::string duration_error = field_error(ui, error_, "durationMonths");
  if (duration_error.empty() && tried_ && duration_ < 0) duration_error = ui.text("renew.durationRequired");
  std::vector<FieldError> errors;
  if (!iqama_error.empty()) errors.push_back({"renew.iqama", iqama_error});
  if (!duration_error.empty()) errors.push_back({"renew.duration.0", duration_error});
  error_summary(ui, "renew.errors", errors);

  Field iqama{"renew.iqama", ui.text("renew.iqama"), ui.text("renew.iqamaHint"), iqama_error, true};
  iqama.max_length = 10;
  identifier_field(ui, iqama, iqama_);
  std::vector<std::string> options;
  for (const int count : kDurations) options.push_back(months(ui, count));
  radio_group(ui, {"renew.duration", ui.text("renew.duration"), options, duration_error, true}, duration_);

  Flow line(ui, ui.next(theme::kTarget));
  Button verify{"renew.verify", ui.text("renew.verify")};
  verify.busy = slow(ui);
  verify.default_action = true;
  if (button(ui, verify, line.take(button_width(ui, verify)))) {
    tried_ = true;
    if (domain::IqamaNumber::parse(iqama_) && duration_ >= 0) {
      tried_ = false;
      if (!busy_) quote();
    } else {
      ui.input().request_focus("renew.errors.0");
    }
  }
  const Button back{"renew.back", ui.text("common.back"), ButtonKind::Secondary};
  if (button(ui, back, line.take(button_width(ui, back)))) step_ = Step::SecurityCode;
}

void RenewIqamaScreen::verify_step(Ui& ui) {
  const api::RenewalQuote& quote = *quote_;
  heading(ui, ui.text("renew.verifiedDetails"), 2);
  detail(ui, ui.text("renew.name"), in_language(ui.language(), quote.name));
  detail(ui, ui.text("renew.iqama"), quote.iqama_number);
  detail(ui, ui.text("renew.passport"), quote.passport_number);
  detail(ui, ui.text("renew.nationality"), in_language(ui.language(), quote.nationality));
  detail(ui, ui.text("renew.currentExpiry"),
         both_calendars(ui, quote.iqama_expiry, quote.iqama_expiry_hijri));
  detail(ui, ui.text("renew.sponsor"), in_language(ui.language(), quote.sponsor));
  detail(ui, ui.text("renew.duration"), months(ui, quote.duration_months));
  detail(ui, ui.text("renew.newExpiry"), both_calendars(ui, quote.new_expiry, quote.new_expiry_hijri));
  heading(ui, ui.text("renew.fees"), 2);
  for (const auto& fee : quote.fees)
    detail(ui, in_language(ui.language(), fee.label),
           format_money(fee.amount_halalas, ui.language()) + " " + ui.text("common.sar"));
  detail(ui, ui.text("renew.total"),
         format_money(quote.total_halalas, ui.language()) + " " + ui.text("common.sar"));

  if (!quote.eligible) {
    std::string problems;
    for (const auto& problem : quote.problems)
      problems += (problems.empty() ? "" : " · ") + in_language(ui.language(), problem);
    alert(ui, AlertKind::Error, ui.text("renew.notEligible"), problems);
  }
  Flow line(ui, ui.next(theme::kTarget));
  Button renew{"renew.submit", ui.text("renew.submit")};
  renew.disabled = !quote.eligible;
  renew.busy = slow(ui);
  if (button(ui, renew, line.take(button_width(ui, renew))) && !busy_) confirming_ = true;
  const Button back{"renew.change", ui.text("renew.change"), ButtonKind::Secondary};
  if (button(ui, back, line.take(button_width(ui, back)))) step_ = Step::Details;

  if (confirming_) {
    ModalDialog dialog(ui, "renew.confirm", ui.text("renew.confirmTitle"));
    paragraph(ui, ui.screen().strings.format("renew.confirmText",
                                             {{"name", in_language(ui.language(), quote.name)},
                                              {"duration", months(ui, quote.duration_months)},
                                              {"total", format_money(quote.total_halalas, ui.language())}}));
    Flow buttons(ui, ui.next(theme::kTarget));
    const Button yes{"renew.confirmYes", ui.text("renew.confirmYes")};
    const Button no{"renew.confirmNo", ui.text("common.cancel"), ButtonKind::Secondary};
    if (button(ui, yes, buttons.take(button_width(ui, yes)))) {
      confirming_ = false;
      submit();
      ui.input().request_focus("renew.submit");
    }
    if (button(ui, no, buttons.take(button_width(ui, no))) || dialog.escaped()) {
      confirming_ = false;
      ui.input().request_focus("renew.submit");
    }
  }
}

void RenewIqamaScreen::result_step(Ui& ui, const std::function<void(const std::string&)>& navigate,
                                   const std::function<void(const PrintDocument&)>& print) {
  const api::RenewalResult& result = *result_;
  alert(ui, AlertKind::Success, ui.text("renew.done"));
  copyable_value(ui, "renew.requestNumber", ui.text("renew.requestNumber"), result.request_number);
  detail(ui, ui.text("renew.iqama"), result.iqama_number);
  detail(ui, ui.text("renew.name"), in_language(ui.language(), result.name));
  detail(ui, ui.text("renew.duration"), months(ui, result.duration_months));
  detail(ui, ui.text("renew.newExpiry"), both_calendars(ui, result.new_expiry, result.new_expiry_hijri));
  detail(ui, ui.text("renew.total"),
         format_money(result.total_halalas, ui.language()) + " " + ui.text("common.sar"));
  Flow line(ui, ui.next(theme::kTarget));
  Button print_button{"renew.print", ui.text("renew.print")};
  print_button.busy = slow(ui);
  print_ = print;
  if (button(ui, print_button, line.take(button_width(ui, print_button))) && !busy_)
    print_result(ui.screen().strings, ui.language());
  Button home{"renew.home", ui.text("common.home"), ButtonKind::Secondary};
  home.navigates = true;
  if (button(ui, home, line.take(button_width(ui, home)))) navigate("#/");
  Button another{"renew.another", ui.text("renew.another"), ButtonKind::Link};
  if (button(ui, another, line.take(button_width(ui, another)))) reset();
}

PageActions RenewIqamaScreen::draw(Ui& ui, ImVec2 size,
                                   const std::function<void(const std::string&)>& navigate,
                                   const std::function<void(const PrintDocument&)>& print) {
  const PageActions actions = begin_page(ui, size, {true});
  heading(ui, ui.text("services.renewIqama"), 1);
  stepper(ui, "renew.steps",
          {ui.text("renew.stepCode"), ui.text("renew.stepDetails"), ui.text("renew.stepVerify"),
           ui.text("renew.stepResult")},
          static_cast<int>(step_));
  // A failure that is not about one field: said at the top of the step, with a retry that repeats
  // exactly what failed (for the renewal itself, with the same Idempotency-Key).
  const bool field_failure = error_ && error_->problem && !error_->problem->errors.empty();
  if (error_ && !field_failure) {
    if (failure_alert(ui, "renew.failure", *error_, failed_operation_) && !busy_) {
      if (failed_operation_ == "security-code") request_code();
      if (failed_operation_ == "iqama-renewal-quote") quote();
      if (failed_operation_ == "iqama-renewal") submit();
      if (failed_operation_ == "print") print_result(ui.screen().strings, ui.language());
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
      result_step(ui, navigate, print);
      break;
  }
  end_page(ui, size);
  return actions;
}

}  // namespace muqeem::ui
