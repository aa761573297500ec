#include "ui/screens/visa_validity_screen.h"

#include "ui/api_text.h"
#include "ui/flows/flow_parts.h"
#include "ui/screens/api_failure.h"
#include "ui/services/visa_parts.h"
#include "ui/widgets/alert.h"
#include "ui/widgets/button.h"
#include "ui/widgets/choice.h"
#include "ui/widgets/date_field.h"
#include "ui/widgets/detail.h"
#include "ui/widgets/field.h"
#include "ui/widgets/text.h"

namespace muqeem::ui {
namespace {

// A passport number as the portal takes it: 5 to 15 Latin letters or digits (spaces are ignored).
bool plausible_passport(const std::string& text) {
  size_t kept = 0;
  for (const char c : text) {
    if (c == ' ') continue;
    if (!((c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'))) return false;
    ++kept;
  }
  return kept >= 5 && kept <= 15;
}

// A Hijri date earlier than the Umm al-Qura table the app converts with (1420 AH): typed right, but
// only its Gregorian form can be checked.
bool hijri_before_table(const std::string& text) {
  const auto fields = domain::iso_fields(text);
  return fields && fields->year >= 1300 && fields->year < 1420;
}

}  // namespace

void VisaValidityScreen::reset() {
  key_ = 1;
  proof_ = 0;
  number_.clear();
  passport_.clear();
  birth_text_.clear();
  birth_.reset();
  tried_ = busy_ = false;
  result_.reset();
  error_.reset();
  ++generation_;
}

void VisaValidityScreen::check() {
  busy_ = true;
  error_.reset();
  result_.reset();
  api::VisaValidityRequest request;
  (key_ == 0 ? request.iqama_number : request.visa_number) = number_;
  if (proof_ == 0)
    request.passport_number = passport_;
  else
    request.birth_date = birth_ ? birth_->iso() : birth_text_;
  const int generation = ++generation_;
  portal_.visa_validity(request, [this, generation](domain::Result<api::VisaValidity, api::ApiError> result) {
    if (generation != generation_) return;
    busy_ = false;
    if (result)
      result_ = result.value();
    else
      error_ = result.error();
  });
}

PageActions VisaValidityScreen::draw(Ui& ui, ImVec2 size, bool signed_in) {
  const PageActions actions = begin_page(ui, size, {signed_in});
  begin_form_column(ui, kFormColumnWidth);
  heading(ui, ui.text("visaValidity.title"), 1);
  paragraph(ui, ui.text("visaValidity.intro"), theme::kTextSecondary);

  // The checks first: the officer's own (shown once they tried), then the portal's per field.
  const bool number_ok = key_ == 0 ? valid_iqama(number_) : valid_visa_number(number_);
  const bool proof_ok = proof_ == 0 ? plausible_passport(passport_) : birth_.has_value();
  std::vector<FieldError> errors;
  check_field(ui, errors, "visaValidity.number", error_, key_ == 0 ? "iqamaNumber" : "visaNumber", tried_,
              !number_ok, ui.text(key_ == 0 ? "renew.iqamaInvalid" : "visa.numberInvalid"));
  if (proof_ == 0)
    check_field(ui, errors, "visaValidity.passport", error_, "passportNumber", tried_, !proof_ok,
                ui.text("passport.numberInvalid"));
  else
    check_field(ui, errors, "visaValidity.birth", error_, "birthDate", tried_, !proof_ok,
                ui.text(hijri_before_table(birth_text_) ? "visaValidity.hijriTooEarly"
                                                        : "visaValidity.birthInvalid"));
  if (tried_) error_summary(ui, "visaValidity.errors", errors);

  radio_group(ui,
              {"visaValidity.key",
               ui.text("visaValidity.key"),
               {ui.text("visaInquiry.byIqama"), ui.text("visaInquiry.byNumber")}},
              key_);
  Field number{"visaValidity.number", ui.text(key_ == 0 ? "renew.iqama" : "file.visaNumber"),
               ui.text(key_ == 0 ? "renew.iqamaHint" : "visaInquiry.numberHint"),
               error_for(errors, "visaValidity.number"), true};
  number.max_length = 10;
  identifier_field(ui, number, number_);
  radio_group(ui,
              {"visaValidity.proof",
               ui.text("visaValidity.proof"),
               {ui.text("visaValidity.byPassport"), ui.text("visaValidity.byBirth")}},
              proof_);
  if (proof_ == 0) {
    Field passport{"visaValidity.passport", ui.text("visaValidity.byPassport"),
                   ui.text("passport.numberHint"), error_for(errors, "visaValidity.passport"), true};
    passport.max_length = 15;
    passport.autocomplete = "off";
    text_field(ui, passport, passport_);
  } else {
    date_field(ui,
               {"visaValidity.birth", ui.text("file.birthDate"), ui.text("visaValidity.birthHint"),
                error_for(errors, "visaValidity.birth"), true},
               birth_text_, birth_);
  }
  Button submit{"visaValidity.check", ui.text("visaValidity.check")};
  submit.default_action = true;
  submit.busy = busy_;
  if (button(ui, submit) && !busy_) {
    tried_ = true;
    error_.reset();
    if (number_ok && proof_ok) check();
  }

  if (error_ && error_->kind == api::ApiError::Kind::Problem && error_->status == 429) {
    alert(ui, AlertKind::Warning, ui.text("visaValidity.tooMany"), retry_after_text(ui, *error_));
  } else if (error_ && error_->kind == api::ApiError::Kind::Problem && error_->status == 404) {
    // The portal's one answer for an unknown number and a fact that does not match.
    alert(ui, AlertKind::Warning, ui.text("visaValidity.noMatch"), ui.text("visaValidity.noMatchHint"));
  } else if (error_ && errors.empty()) {
    if (failure_alert(ui, "visaValidity.failure", *error_, "visa-validity")) check();
  } else if (result_) {
    const api::VisaDetails& visa = result_->visa;
    const std::string& state = visa.status.code;
    const AlertKind kind = state == "valid" ? AlertKind::Success : AlertKind::Warning;
    alert(ui, kind,
          ui.screen().strings.format("visaValidity.state",
                                     {{"state", in_language(ui.language(), visa.status)}}));
    detail(ui, ui.text("file.visaNumber"), visa.visa_number);
    detail(ui, ui.text("file.visaType"), in_language(ui.language(), visa.type));
    detail(ui, ui.text("file.visaStatus"), in_language(ui.language(), visa.status));
    detail(ui, ui.text("visaValidity.duration"),
           ui.screen().strings.plural("visaValidity.days", visa.duration_days));
    detail(ui, ui.text("visaInquiry.issued"), both_calendars(ui, visa.issued_on, visa.issued_on_hijri));
    detail(ui, ui.text("visaInquiry.until"), both_calendars(ui, visa.expires_on, visa.expires_on_hijri));
  }
  end_form_column(ui);
  end_page(ui, size);
  return actions;
}

}  // namespace muqeem::ui
