// Cancelling a visa (DOMAIN.md), opened from the visa's page (?visa=…): an unused exit/re-entry visa
// within its window, or a final exit. "Verify data" and the confirmation both say that nothing paid is
// refunded. The result is the visa, cancelled.
#include "ui/services/services.h"

#include "ui/flows/flow_parts.h"
#include "ui/services/visa_parts.h"
#include "ui/ui.h"
#include "ui/widgets/alert.h"
#include "ui/widgets/button.h"
#include "ui/widgets/field.h"

namespace muqeem::ui {
namespace {

class VisaCancellationService : public TransactionService {
 public:
  std::string id() const override { return "cancellation"; }
  std::string title_key() const override { return "services.visaCancellation"; }
  std::string operation() const override { return "visa-cancellation"; }

  void clear() override {
    visa_.clear();
    quote_.reset();
    result_.reset();
  }
  void prefill(const std::map<std::string, std::string>& params) override {
    take_param(params, "visa", visa_);
  }

  std::vector<FieldError> check(const Ui& ui, bool tried,
                                const std::optional<api::ApiError>& error) const override {
    std::vector<FieldError> errors;
    check_field(ui, errors, "cancellation.visa", error, "visaNumber", tried, !valid_visa_number(visa_),
                ui.text("visa.numberInvalid"));
    return errors;
  }
  void fields(Ui& ui, const std::vector<FieldError>& errors) override {
    Field visa{"cancellation.visa", ui.text("visa.number"), {}, error_for(errors, "cancellation.visa"), true};
    visa.max_length = 10;
    identifier_field(ui, visa, visa_);
  }
  std::string first_field() const override { return "cancellation.visa"; }

  void quote(api::PortalClient& portal, Landing landing) override {
    portal.quote_cancellation(
        visa_, land<api::VisaQuote>(std::move(landing), [this](api::VisaQuote q) { quote_ = q; }));
  }
  QuoteOutcome verified(Ui& ui) override {
    visa_quote_details(ui, *quote_);
    alert(ui, AlertKind::Warning, ui.text("cancellation.noRefund"));
    return {quote_->eligible, problem_texts(ui, quote_->problems)};
  }
  std::string confirm_text(const Ui& ui) const override {
    return ui.screen().strings.format("cancellation.confirmText", {{"visa", visa_}});
  }

  void submit(api::PortalClient& portal, const std::string& code, const std::string& key,
              Landing landing) override {
    portal.cancel_visa(visa_, {code}, key,
                       land<api::VisaResult>(std::move(landing), [this](api::VisaResult r) { result_ = r; }));
  }
  std::string reference() const override { return result_->visa.visa_number; }
  std::string reference_key() const override { return "visa.number"; }
  void result(Ui& ui, const std::function<void(const std::string&)>& navigate) override {
    visa_result(ui, *result_, "cancellation", navigate);
  }
  void document(api::PortalClient& portal, const Catalogue& strings, Language language,
                std::function<void(PrintDocument)> print, Landing landing) override {
    print_visa(portal, result_->visa.visa_number, strings, language, std::move(print), std::move(landing));
  }

 private:
  std::string visa_;
  std::optional<api::VisaQuote> quote_;
  std::optional<api::VisaResult> result_;
};

}  // namespace

std::unique_ptr<TransactionService> visa_cancellation_service(api::PortalClient&) {
  return std::make_unique<VisaCancellationService>();
}

}  // namespace muqeem::ui
