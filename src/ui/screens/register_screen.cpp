#include "ui/screens/register_screen.h"

#include "domain/identifiers.h"
#include "domain/mobile.h"
#include "ui/api_text.h"
#include "ui/flows/flow_parts.h"
#include "ui/screens/api_failure.h"
#include "ui/widgets/alert.h"
#include "ui/widgets/button.h"
#include "ui/widgets/choice.h"
#include "ui/widgets/date_field.h"
#include "ui/widgets/detail.h"
#include "ui/widgets/field.h"
#include "ui/widgets/text.h"

namespace muqeem::ui {
namespace {

constexpr const char* kIdTypes[] = {"national-id", "iqama"};

}  // namespace

RegisterScreen::RegisterScreen(api::PortalClient& portal)
    : portal_(portal),
      registration_types_([&portal](auto reply) { portal.lookup("registration-types", std::move(reply)); }),
      establishment_types_(
          [&portal](auto reply) { portal.lookup("establishment-types", std::move(reply)); }) {}

void RegisterScreen::reset() {
  registration_types_.clear();
  establishment_types_.clear();
  id_type_ = -1;
  id_number_.clear();
  birth_text_.clear();
  mobile_.clear();
  birth_.reset();
  challenge_.reset();
  code_.clear();
  captcha_id_.clear();
  captcha_svg_.clear();
  captcha_answer_.clear();
  tried_ = busy_ = false;
  receipt_.reset();
  error_.reset();
  ++generation_;
}

void RegisterScreen::load_captcha() {
  const int generation = generation_;
  portal_.new_captcha([this, generation](domain::Result<api::CaptchaResponse, api::ApiError> result) {
    if (generation != generation_) return;
    if (!result) {
      error_ = result.error();
      return;
    }
    captcha_id_ = result.value().captcha_id;
    captcha_svg_ = result.value().image_svg;
    captcha_answer_.clear();
  });
}

void RegisterScreen::start() {
  busy_ = true;
  error_.reset();
  api::RegistrationStart request{registration_types_.code(),           establishment_types_.code(),
                                 kIdTypes[id_type_ == 1 ? 1 : 0],      id_number_,
                                 birth_ ? birth_->iso() : birth_text_, mobile_};
  const int generation = ++generation_;
  portal_.start_registration(
      request, [this, generation](domain::Result<api::RegistrationChallenge, api::ApiError> result) {
        if (generation != generation_) return;
        busy_ = false;
        if (!result) {
          error_ = result.error();
          return;
        }
        challenge_ = result.value();
        tried_ = false;
        load_captcha();
      });
}

void RegisterScreen::confirm() {
  busy_ = true;
  error_.reset();
  const int generation = ++generation_;
  portal_.confirm_registration(
      challenge_->registration_id, {code_, captcha_id_, captcha_answer_},
      [this, generation](domain::Result<api::RegistrationReceipt, api::ApiError> result) {
        if (generation != generation_) return;
        busy_ = false;
        if (result) {
          receipt_ = result.value();
        } else {
          error_ = result.error();
          load_captcha();  // each visual code is good for one try
        }
      });
}

void RegisterScreen::request_step(Ui& ui) {
  const auto mobile = domain::SaudiMobile::parse(mobile_);
  std::vector<FieldError> errors;
  check_field(ui, errors, "register.type", error_, "registrationType", tried_,
              registration_types_.code().empty(), ui.text("register.typeRequired"));
  check_field(ui, errors, "register.establishment", error_, "establishmentType", tried_,
              establishment_types_.code().empty(), ui.text("register.establishmentRequired"));
  check_field(ui, errors, "register.idType", error_, "idType", tried_, id_type_ < 0,
              ui.text("register.idTypeRequired"));
  check_field(ui, errors, "register.id", error_, "idNumber", tried_, !domain::IqamaNumber::parse(id_number_),
              ui.text("users.idInvalid"));
  check_field(ui, errors, "register.birth", error_, "birthDate", tried_, !birth_,
              ui.text("users.birthRequired"));
  check_field(ui, errors, "register.mobile", error_, "mobile", tried_, !mobile,
              ui.text("issue.mobileInvalid"));
  if (tried_) error_summary(ui, "register.errors", errors);
  if (error_ && errors.empty()) {
    if (error_->status == 429)
      alert(ui, AlertKind::Warning, failure_title(ui, *error_), retry_after_text(ui, *error_));
    else if (failure_alert(ui, "register.failure", *error_, "registration"))
      start();
  }
  registration_types_.draw(ui, {"register.type", ui.text("register.type"), ui.text("subscribe.cityHint"),
                                error_for(errors, "register.type"), true});
  establishment_types_.draw(
      ui, {"register.establishment", ui.text("register.establishment"), ui.text("subscribe.cityHint"),
           error_for(errors, "register.establishment"), true});
  radio_group(ui,
              {"register.idType",
               ui.text("register.idType"),
               {ui.text("register.nationalId"), ui.text("register.iqama")},
               error_for(errors, "register.idType"),
               true},
              id_type_);
  Field id{"register.id", ui.text("users.id"), ui.text("users.idHint"), error_for(errors, "register.id"),
           true};
  id.max_length = 10;
  identifier_field(ui, id, id_number_);
  date_field(ui,
             {"register.birth", ui.text("file.birthDate"), ui.text("visaValidity.birthHint"),
              error_for(errors, "register.birth"), true},
             birth_text_, birth_);
  Field phone{"register.mobile", ui.text("subscribe.mobile"),
              mobile ? ui.screen().strings.format("subscribe.mobileAs", {{"mobile", mobile->display()}})
                     : ui.text("issue.mobileHint"),
              error_for(errors, "register.mobile"), true};
  phone.input = InputKind::Digits;
  phone.autocomplete = "tel";
  phone.max_length = 16;
  text_field(ui, phone, mobile_);
  Button submit{"register.submit", ui.text("register.submit")};
  submit.busy = busy_;
  submit.default_action = true;
  if (button(ui, submit) && !busy_) {
    tried_ = true;
    error_.reset();
    if (errors.empty() && !registration_types_.code().empty() && !establishment_types_.code().empty() &&
        id_type_ >= 0 && domain::IqamaNumber::parse(id_number_) && birth_ && mobile)
      start();
  }
}

void RegisterScreen::code_step(Ui& ui) {
  paragraph(ui, ui.screen().strings.format("signin.codeSent", {{"mobile", challenge_->masked_mobile}}));
  std::vector<FieldError> errors;
  check_field(ui, errors, "register.code", error_, "code", tried_, code_.empty(),
              ui.text("signin.codeRequired"));
  check_field(ui, errors, "register.captcha", error_, "captchaAnswer", tried_, captcha_answer_.empty(),
              ui.text("signin.captchaRequired"));
  if (tried_) error_summary(ui, "register.errors", errors);
  if (error_ && errors.empty() && failure_alert(ui, "register.failure", *error_, "registration-code"))
    confirm();
  Field code{"register.code", ui.text("signin.code"), ui.text("signin.codeHint"),
             error_for(errors, "register.code"), true};
  code.autocomplete = "one-time-code";
  code.max_length = 6;
  identifier_field(ui, code, code_);
  const Rect picture = ui.at_start(ui.next(64.0f, 8.0f), 200.0f);
  outline(ui, picture, theme::kDivider);
  SemanticNode image;
  image.id = "register.captchaImage";
  image.role = Role::Image;
  image.name = ui.text("signin.captchaImage");
  image.language = ui.language_code();
  image.value = captcha_svg_;
  image.rect = picture;
  ui.tree().add(std::move(image));
  Field captcha{"register.captcha", ui.text("signin.captcha"), ui.text("signin.captchaHint"),
                error_for(errors, "register.captcha"), true};
  captcha.autocomplete = "off";
  captcha.input = InputKind::Code;
  captcha.max_length = 12;
  text_field(ui, captcha, captcha_answer_);
  Button submit{"register.confirm", ui.text("register.confirm")};
  submit.busy = busy_;
  submit.default_action = true;
  if (button(ui, submit) && !busy_) {
    tried_ = true;
    error_.reset();
    if (!code_.empty() && !captcha_answer_.empty()) confirm();
  }
}

PageActions RegisterScreen::draw(Ui& ui, ImVec2 size,
                                 const std::function<void(const std::string&)>& navigate) {
  const PageActions actions = begin_page(ui, size, {false});
  begin_form_column(ui, kFormColumnWidth);
  heading(ui, ui.text("register.title"), 1);
  if (receipt_) {
    alert(ui, AlertKind::Success, ui.text("register.done"), ui.text("register.next"));
    detail(ui, ui.text("subscribe.number"), receipt_->request_number);
    detail(ui, ui.text("register.type"), in_language(ui.language(), receipt_->registration_type));
    detail(ui, ui.text("register.establishment"), in_language(ui.language(), receipt_->establishment_type));
    detail(ui, ui.text("users.id"), receipt_->masked_id_number);
    Button sign_in{"register.signIn", ui.text("signin.title"), ButtonKind::Secondary};
    sign_in.navigates = true;
    if (button(ui, sign_in)) navigate("#/sign-in");
  } else if (challenge_) {
    code_step(ui);
  } else {
    paragraph(ui, ui.text("register.intro"), theme::kTextSecondary);
    request_step(ui);
  }
  end_form_column(ui);
  end_page(ui, size);
  return actions;
}

}  // namespace muqeem::ui
