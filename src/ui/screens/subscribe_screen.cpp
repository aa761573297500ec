#include "ui/screens/subscribe_screen.h"

#include "domain/mobile.h"
#include "domain/text_checks.h"
#include "ui/api_text.h"
#include "ui/flows/flow_parts.h"
#include "ui/screens/api_failure.h"
#include "ui/widgets/alert.h"
#include "ui/widgets/button.h"
#include "ui/widgets/choice.h"
#include "ui/widgets/detail.h"
#include "ui/widgets/field.h"
#include "ui/widgets/text.h"

namespace muqeem::ui {
namespace {

constexpr const char* kPackages[] = {"comprehensive", "transactions"};

}  // namespace

SubscribeScreen::SubscribeScreen(api::PortalClient& portal)
    : portal_(portal),
      cities_([&portal](api::Reply<std::vector<api::Coded>> reply) { portal.cities(reply); }) {}

void SubscribeScreen::reset() {
  company_.clear();
  applicant_.clear();
  mobile_.clear();
  email_.clear();
  cities_.clear();
  package_ = -1;
  tried_ = busy_ = false;
  receipt_.reset();
  error_.reset();
  ++generation_;
}

void SubscribeScreen::send() {
  busy_ = true;
  error_.reset();
  api::SubscriptionRequest request{company_, applicant_, cities_.code(),
                                   mobile_,  email_,     kPackages[package_ == 1 ? 1 : 0]};
  const int generation = ++generation_;
  portal_.request_subscription(
      request, [this, generation](domain::Result<api::SubscriptionReceipt, api::ApiError> result) {
        if (generation != generation_) return;
        busy_ = false;
        if (result)
          receipt_ = result.value();
        else
          error_ = result.error();
      });
}

PageActions SubscribeScreen::draw(Ui& ui, ImVec2 size,
                                  const std::function<void(const std::string&)>& navigate) {
  const PageActions actions = begin_page(ui, size, {false});
  begin_form_column(ui, kFormColumnWidth);
  heading(ui, ui.text("subscribe.title"), 1);
  if (receipt_) {
    alert(ui, AlertKind::Success, ui.text("subscribe.done"), ui.text("subscribe.next"));
    detail(ui, ui.text("subscribe.number"), receipt_->request_number);
    detail(ui, ui.text("subscribe.company"), receipt_->company_name);
    detail(ui, ui.text("subscribe.city"), in_language(ui.language(), receipt_->city));
    detail(ui, ui.text("subscribe.package"), in_language(ui.language(), receipt_->package));
    detail(ui, ui.text("subscribe.mobile"), receipt_->masked_mobile);
    Button home{"subscribe.signIn", ui.text("signin.title"), ButtonKind::Secondary};
    home.navigates = true;
    if (button(ui, home)) navigate("#/sign-in");
    end_form_column(ui);
    end_page(ui, size);
    return actions;
  }
  paragraph(ui, ui.text("subscribe.intro"), theme::kTextSecondary);
  const auto mobile = domain::SaudiMobile::parse(mobile_);
  std::vector<FieldError> errors;
  check_field(ui, errors, "subscribe.company", error_, "companyName", tried_, company_.empty(),
              ui.text("subscribe.companyRequired"));
  check_field(ui, errors, "subscribe.applicant", error_, "applicantName", tried_, applicant_.empty(),
              ui.text("subscribe.applicantRequired"));
  check_field(ui, errors, "subscribe.city", error_, "city", tried_, cities_.code().empty(),
              ui.text("subscribe.cityRequired"));
  check_field(ui, errors, "subscribe.mobile", error_, "mobile", tried_, !mobile,
              ui.text("issue.mobileInvalid"));
  check_field(ui, errors, "subscribe.email", error_, "email", tried_, !domain::is_email_address(email_),
              ui.text("subscribe.emailInvalid"));
  check_field(ui, errors, "subscribe.package", error_, "package", tried_, package_ < 0,
              ui.text("subscribe.packageRequired"));
  if (tried_) error_summary(ui, "subscribe.errors", errors);
  if (error_ && errors.empty() && failure_alert(ui, "subscribe.failure", *error_, "subscription")) send();

  Field company{
      "subscribe.company", ui.text("subscribe.company"), {}, error_for(errors, "subscribe.company"), true};
  company.max_length = 200;
  company.autocomplete = "organization";
  text_field(ui, company, company_);
  Field applicant{"subscribe.applicant",
                  ui.text("subscribe.applicant"),
                  {},
                  error_for(errors, "subscribe.applicant"),
                  true};
  applicant.max_length = 100;
  applicant.autocomplete = "name";
  text_field(ui, applicant, applicant_);
  cities_.draw(ui, {"subscribe.city", ui.text("subscribe.city"), ui.text("subscribe.cityHint"),
                    error_for(errors, "subscribe.city"), true});
  // The number as it will be used, once it reads as a Saudi mobile.
  Field phone{"subscribe.mobile", ui.text("subscribe.mobile"),
              mobile ? ui.screen().strings.format("subscribe.mobileAs", {{"mobile", mobile->display()}})
                     : ui.text("issue.mobileHint"),
              error_for(errors, "subscribe.mobile"), true};
  phone.input = InputKind::Digits;
  phone.autocomplete = "tel";
  phone.max_length = 16;
  text_field(ui, phone, mobile_);
  Field email{"subscribe.email", ui.text("subscribe.email"), {}, error_for(errors, "subscribe.email"), true};
  email.autocomplete = "email";
  email.max_length = 254;
  text_field(ui, email, email_);
  radio_group(ui,
              {"subscribe.package",
               ui.text("subscribe.package"),
               {ui.text("subscribe.comprehensive"), ui.text("subscribe.transactions")},
               error_for(errors, "subscribe.package"),
               true},
              package_);
  Button submit{"subscribe.submit", ui.text("subscribe.submit")};
  submit.busy = busy_;
  submit.default_action = true;
  if (button(ui, submit) && !busy_) {
    tried_ = true;
    error_.reset();
    if (!company_.empty() && !applicant_.empty() && !cities_.code().empty() && mobile &&
        domain::is_email_address(email_) && package_ >= 0)
      send();
  }
  end_form_column(ui);
  end_page(ui, size);
  return actions;
}

}  // namespace muqeem::ui
