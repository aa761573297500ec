// Extending an exit/re-entry visa (DOMAIN.md), opened from the visa's page (?visa=…): the days to add
// or the new date to return before. Allowed from abroad too, where the extra months' fee doubles, which
// "verify data" says. The result is the visa with its new date, reprinted from the visa's page.
#include "ui/services/services.h"

#include "ui/api_text.h"
#include "ui/flows/flow_parts.h"
#include "ui/services/visa_parts.h"
#include "ui/ui.h"
#include "ui/widgets/alert.h"
#include "ui/widgets/button.h"
#include "ui/widgets/choice.h"
#include "ui/widgets/date_field.h"
#include "ui/widgets/detail.h"
#include "ui/widgets/field.h"

namespace muqeem::ui {
namespace {

class VisaExtensionService : public TransactionService {
 public:
  std::string id() const override { return "extension"; }
  std::string title_key() const override { return "services.visaExtension"; }
  std::string operation() const override { return "exit-reentry-extension"; }

  void clear() override {
    visa_.clear();
    days_.clear();
    date_text_.clear();
    date_.reset();
    by_date_ = 0;
    quote_.reset();
    result_.reset();
  }
  void prefill(const std::map<std::string, std::string>& params) override {
    take_param(params, "visa", visa_);
  }

  std::vector<FieldError> check(const Ui& ui, bool tried,
                                const std::optional<api::ApiError>& error) const override {
    std::vector<FieldError> errors;
    check_field(ui, errors, "extension.visa", error, "visaNumber", tried, !valid_visa_number(visa_),
                ui.text("visa.numberInvalid"));
    if (by_date_ == 0)
      check_field(ui, errors, "extension.days", error, "additionalDays", tried, !days(),
                  ui.text("exitReentry.daysInvalid"));
    else
      check_field(ui, errors, "extension.returnBefore", error, "returnBefore", tried, !date_,
                  ui.text("exitReentry.dateRequired"));
    return errors;
  }
  void fields(Ui& ui, const std::vector<FieldError>& errors) override {
    Field visa{"extension.visa", ui.text("visa.number"), {}, error_for(errors, "extension.visa"), true};
    visa.max_length = 10;
    identifier_field(ui, visa, visa_);
    radio_group(ui,
                {"extension.lengthBy",
                 ui.text("exitReentry.lengthBy"),
                 {ui.text("extension.byDays"), ui.text("exitReentry.byDate")}},
                by_date_);
    if (by_date_ == 0) {
      Field days_field{"extension.days", ui.text("extension.days"), ui.text("exitReentry.daysHint"),
                       error_for(errors, "extension.days"), true};
      days_field.input = InputKind::Digits;
      days_field.max_length = 4;
      identifier_field(ui, days_field, days_);
    } else {
      date_field(ui,
                 {"extension.returnBefore",
                  ui.text("exitReentry.returnBefore"),
                  {},
                  error_for(errors, "extension.returnBefore"),
                  true},
                 date_text_, date_);
    }
  }
  std::string first_field() const override {
    return by_date_ == 0 ? "extension.days" : "extension.returnBefore";
  }

  void quote(api::PortalClient& portal, Landing landing) override {
    portal.quote_extension(
        visa_, request(""),
        land<api::VisaQuote>(std::move(landing), [this](api::VisaQuote q) { quote_ = q; }));
  }
  QuoteOutcome verified(Ui& ui) override {
    visa_quote_details(ui, *quote_);
    fee_details(ui, quote_->fees, quote_->total_halalas);
    if (!quote_->inside_kingdom) alert(ui, AlertKind::Info, ui.text("extension.abroad"));
    return {quote_->eligible, problem_texts(ui, quote_->problems)};
  }
  std::string confirm_text(const Ui& ui) const override {
    return ui.screen().strings.format(
        "extension.confirmText", {{"visa", visa_},
                                  {"date", both_calendars(ui, quote_->expires_on, quote_->expires_on_hijri)},
                                  {"total", money_text(ui, quote_->total_halalas)}});
  }

  void submit(api::PortalClient& portal, const std::string& code, const std::string& key,
              Landing landing) override {
    portal.extend_visa(visa_, request(code), key,
                       land<api::VisaResult>(std::move(landing), [this](api::VisaResult r) { result_ = r; }));
  }
  std::string reference() const override { return result_->visa.visa_number; }
  std::string reference_key() const override { return "visa.number"; }
  void result(Ui& ui, const std::function<void(const std::string&)>& navigate) override {
    visa_result(ui, *result_, "extension", navigate);
  }
  void document(api::PortalClient& portal, const Catalogue& strings, Language language,
                std::function<void(PrintDocument)> print, Landing landing) override {
    print_visa(portal, result_->visa.visa_number, strings, language, std::move(print), std::move(landing));
  }

 private:
  std::optional<int> days() const { return whole_days(days_); }
  api::ExtensionRequest request(const std::string& code) const {
    api::ExtensionRequest ask;
    if (by_date_ == 0)
      ask.additional_days = days();
    else if (date_)
      ask.return_before = date_->iso();
    ask.security_code = code;
    return ask;
  }

  std::string visa_, days_, date_text_;
  std::optional<domain::CivilDate> date_;
  int by_date_ = 0;
  std::optional<api::VisaQuote> quote_;
  std::optional<api::VisaResult> result_;
};

}  // namespace

std::unique_ptr<TransactionService> visa_extension_service(api::PortalClient&) {
  return std::make_unique<VisaExtensionService>();
}

}  // namespace muqeem::ui
