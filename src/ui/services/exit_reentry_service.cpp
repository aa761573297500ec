// An exit/re-entry visa (DOMAIN.md): the iqama number, single or multiple, and its length as days or
// as a date to return before (either calendar). The fee shows as the officer changes the type and
// length, from the rules data the portal charges by; "verify data" is the portal's quote (the
// passport's margin, the iqama's validity, inside the Kingdom, fines); the result is the visa number,
// with a link to the visa's page, and the printed visa.
#include "ui/services/services.h"

#include "ui/api_text.h"
#include "ui/dates.h"
#include "ui/flows/flow_parts.h"
#include "ui/number_format.h"
#include "ui/services/visa_fee_estimate.h"
#include "ui/services/visa_parts.h"
#include "ui/ui.h"
#include "ui/widgets/button.h"
#include "ui/widgets/choice.h"
#include "ui/widgets/date_field.h"
#include "ui/widgets/detail.h"
#include "ui/widgets/field.h"
#include "ui/widgets/text.h"

namespace muqeem::ui {
namespace {

class ExitReentryService : public TransactionService {
 public:
  std::string id() const override { return "exitReentry"; }
  std::string title_key() const override { return "services.exitReentry"; }
  std::string operation() const override { return "exit-reentry-visa"; }

  void clear() override {
    iqama_.clear();
    days_.clear();
    return_before_.clear();
    return_date_.reset();
    type_ = -1;
    by_date_ = 0;
    quote_.reset();
    result_.reset();
  }
  void prefill(const std::map<std::string, std::string>& params) override {
    take_param(params, "iqama", iqama_);
  }

  std::vector<FieldError> check(const Ui& ui, bool tried,
                                const std::optional<api::ApiError>& error) const override {
    std::vector<FieldError> errors;
    check_iqama(ui, errors, "exitReentry.iqama", error, tried, iqama_);
    check_field(ui, errors, "exitReentry.type.0", error, "type", tried, type_ < 0,
                ui.text("exitReentry.typeRequired"));
    if (by_date_ == 0)
      check_field(ui, errors, "exitReentry.days", error, "durationDays", tried, !days(),
                  ui.text("exitReentry.daysInvalid"));
    else
      check_field(ui, errors, "exitReentry.returnBefore", error, "returnBefore", tried, !return_date_,
                  ui.text("exitReentry.dateRequired"));
    return errors;
  }
  void fields(Ui& ui, const std::vector<FieldError>& errors) override {
    iqama_field(ui, "exitReentry.iqama", iqama_, errors);
    radio_group(ui,
                {"exitReentry.type",
                 ui.text("exitReentry.type"),
                 {ui.text("exitReentry.single"), ui.text("exitReentry.multiple")},
                 error_for(errors, "exitReentry.type.0"),
                 true},
                type_);
    radio_group(ui,
                {"exitReentry.lengthBy",
                 ui.text("exitReentry.lengthBy"),
                 {ui.text("exitReentry.byDays"), ui.text("exitReentry.byDate")}},
                by_date_);
    long length = 0;
    if (by_date_ == 0) {
      Field days_field{"exitReentry.days", ui.text("exitReentry.days"), ui.text("exitReentry.daysHint"),
                       error_for(errors, "exitReentry.days"), true};
      days_field.input = InputKind::Digits;
      days_field.max_length = 4;
      identifier_field(ui, days_field, days_);
      length = days().value_or(0);
    } else {
      Field date{"exitReentry.returnBefore",
                 ui.text("exitReentry.returnBefore"),
                 {},
                 error_for(errors, "exitReentry.returnBefore"),
                 true};
      date_field(ui, date, return_before_, return_date_);
      if (return_date_) length = return_date_->days_since_1970() - riyadh_today().days_since_1970();
    }
    // The fee as it stands, said as the choices change (a polite live region reads it).
    if (type_ >= 0 && length > 0)
      if (const auto fee = exit_reentry_fee_estimate(type_ == 1, length))
        detail(ui, ui.text("exitReentry.feeEstimate"), money_text(ui, fee->in_halalas()));
  }
  std::string first_field() const override { return "exitReentry.iqama"; }

  void quote(api::PortalClient& portal, Landing landing) override {
    portal.quote_exit_reentry(
        request(""), land<api::VisaQuote>(std::move(landing), [this](api::VisaQuote q) { quote_ = q; }));
  }
  QuoteOutcome verified(Ui& ui) override {
    visa_quote_details(ui, *quote_);
    fee_details(ui, quote_->fees, quote_->total_halalas);
    return {quote_->eligible, problem_texts(ui, quote_->problems)};
  }
  std::string confirm_text(const Ui& ui) const override {
    return ui.screen().strings.format(
        "exitReentry.confirmText",
        {{"name", in_language(ui.language(), quote_->name)},
         {"type", in_language(ui.language(), quote_->type)},
         {"date", both_calendars(ui, quote_->expires_on, quote_->expires_on_hijri)},
         {"total", money_text(ui, quote_->total_halalas)}});
  }

  void submit(api::PortalClient& portal, const std::string& code, const std::string& key,
              Landing landing) override {
    portal.issue_exit_reentry(
        request(code), key,
        land<api::VisaResult>(std::move(landing), [this](api::VisaResult r) { result_ = r; }));
  }
  std::string reference() const override { return result_->visa.visa_number; }
  std::string reference_key() const override { return "visa.number"; }
  void result(Ui& ui, const std::function<void(const std::string&)>& navigate) override {
    visa_result(ui, *result_, "exitReentry", navigate);
  }
  void document(api::PortalClient& portal, const Catalogue& strings, Language language,
                std::function<void(PrintDocument)> print, Landing landing) override {
    print_visa(portal, result_->visa.visa_number, strings, language, std::move(print), std::move(landing));
  }

 private:
  std::optional<int> days() const { return whole_days(days_); }
  api::ExitReentryRequest request(const std::string& code) const {
    api::ExitReentryRequest ask;
    ask.iqama_number = iqama_;
    ask.type = type_ == 1 ? "multiple" : "single";
    if (by_date_ == 0)
      ask.duration_days = days();
    else if (return_date_)
      ask.return_before = return_date_->iso();
    ask.security_code = code;
    return ask;
  }

  std::string iqama_, days_, return_before_;
  std::optional<domain::CivilDate> return_date_;
  int type_ = -1;    // 0 single, 1 multiple
  int by_date_ = 0;  // 0: a number of days; 1: a date to return before
  std::optional<api::VisaQuote> quote_;
  std::optional<api::VisaResult> result_;
};

}  // namespace

std::unique_ptr<TransactionService> exit_reentry_service(api::PortalClient&) {
  return std::make_unique<ExitReentryService>();
}

}  // namespace muqeem::ui
