// A final exit visa (DOMAIN.md): the iqama number only; "verify data" is the portal's quote (free; a
// registered vehicle, another open visa, the passport's margin, inside the Kingdom); the result is the
// visa number, with a link to the visa's page (where it is cancelled), and the printed visa.
#include "ui/services/services.h"

#include "ui/api_text.h"
#include "ui/flows/flow_parts.h"
#include "ui/services/visa_parts.h"
#include "ui/ui.h"
#include "ui/widgets/button.h"
#include "ui/widgets/field.h"

namespace muqeem::ui {
namespace {

class FinalExitService : public TransactionService {
 public:
  std::string id() const override { return "finalExit"; }
  std::string title_key() const override { return "services.finalExit"; }
  std::string operation() const override { return "final-exit"; }

  void clear() override {
    iqama_.clear();
    quote_.reset();
    result_.reset();
  }
  void prefill(const std::map<std::string, std::string>& params) override {
    take_param(params, "iqama", iqama_);
  }

  std::vector<FieldError> check(const Ui& ui, bool tried,
                                const std::optional<api::ApiError>& error) const override {
    std::vector<FieldError> errors;
    check_iqama(ui, errors, "finalExit.iqama", error, tried, iqama_);
    return errors;
  }
  void fields(Ui& ui, const std::vector<FieldError>& errors) override {
    iqama_field(ui, "finalExit.iqama", iqama_, errors);
  }
  std::string first_field() const override { return "finalExit.iqama"; }

  void quote(api::PortalClient& portal, Landing landing) override {
    portal.quote_final_exit(
        {iqama_, ""}, land<api::VisaQuote>(std::move(landing), [this](api::VisaQuote q) { quote_ = q; }));
  }
  QuoteOutcome verified(Ui& ui) override {
    visa_quote_details(ui, *quote_);
    fee_details(ui, quote_->fees, quote_->total_halalas);
    return {quote_->eligible, problem_texts(ui, quote_->problems)};
  }
  std::string confirm_text(const Ui& ui) const override {
    return ui.screen().strings.format(
        "finalExit.confirmText",
        {{"name", in_language(ui.language(), quote_->name)},
         {"date", both_calendars(ui, quote_->expires_on, quote_->expires_on_hijri)}});
  }

  void submit(api::PortalClient& portal, const std::string& code, const std::string& key,
              Landing landing) override {
    portal.issue_final_exit(
        {iqama_, code}, key,
        land<api::VisaResult>(std::move(landing), [this](api::VisaResult r) { result_ = r; }));
  }
  std::string reference() const override { return result_->visa.visa_number; }
  std::string reference_key() const override { return "visa.number"; }
  void result(Ui& ui, const std::function<void(const std::string&)>& navigate) override {
    visa_result(ui, *result_, "finalExit", navigate);
  }
  void document(api::PortalClient& portal, const Catalogue& strings, Language language,
                std::function<void(PrintDocument)> print, Landing landing) override {
    print_visa(portal, result_->visa.visa_number, strings, language, std::move(print), std::move(landing));
  }

 private:
  std::string iqama_;
  std::optional<api::VisaQuote> quote_;
  std::optional<api::VisaResult> result_;
};

}  // namespace

std::unique_ptr<TransactionService> final_exit_service(api::PortalClient&) {
  return std::make_unique<FinalExitService>();
}

}  // namespace muqeem::ui
